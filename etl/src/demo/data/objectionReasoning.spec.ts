import { objectionReasoning } from './objectionReasoning';
import { Random } from './random';
import { objectionSummary } from './texts';

describe('objection reasoning (demo)', () => {
  it('should give what was asked and reasoning that fits the outcome, the same for the same key', () => {
    const sentences = objectionReasoning('wmo', 'ongegrond', 'a');
    expect(sentences).toHaveLength(2);
    expect(sentences[0]).toMatch(/^Gevraagd: /);
    expect(sentences[1]).toMatch(/^Overwegingen: /);
    expect(objectionReasoning('wmo', 'ongegrond', 'a')).toEqual(sentences);
  });

  it('should put the reasoning in the summary before the decision', () => {
    const summary = objectionSummary(new Random(1), 'Afwijzing bijstand', 'Gegrond', {
      reasoning: { law: 'participatiewet', outcome: 'gegrond', key: 'x' },
    });
    expect(summary).toMatch(
      /^Bezwaar tegen: afwijzing bijstand\. Gevraagd: .+ Overwegingen: .+ (Gegrond|Het bezwaar is gegrond|De commissie)/,
    );
  });
});
