// Jest runs the files that took longest in earlier runs first, so no long file is left to run alone at
// the end; without those times (a fresh clone, as in CI) it runs the largest files first. File size says
// little about the end-to-end specs: each waits for a Leerlus instance and a browser and takes a minute
// or more. So without any times, they go first (in jest's order), then everything else.
const Sequencer = require('@jest/test-sequencer').default;

const isEndToEnd = (test) => /[\\/]test[\\/]e2e[\\/]/.test(test.path);

class EndToEndFirstOnAFreshClone extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests);
    if (sorted.some((test) => test.duration != null)) return sorted;
    return [...sorted.filter(isEndToEnd), ...sorted.filter((test) => !isEndToEnd(test))];
  }
}

module.exports = EndToEndFirstOnAFreshClone;
