// Benchmarks: `npx jest --config test/bench/jest.config.js --runInBand <name>`. Not part of `npm test`.
const preset = require('../../jest.preset.js');

module.exports = {
  ...preset,
  rootDir: '.',
  globalSetup: '../support/globalSetup.ts',
  globalTeardown: '../support/globalTeardown.ts',
  testMatch: ['**/*.bench.ts'],
  testTimeout: 3_600_000,
};
