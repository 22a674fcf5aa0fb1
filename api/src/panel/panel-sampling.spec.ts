import { createHash } from 'node:crypto';
import { allocate, drawSample, requiredSampleSize, RankedDecision } from './panel-sampling';

function frame(strata: Record<string, number>, seed: string): RankedDecision[] {
  return Object.entries(strata).flatMap(([stratum, count]) =>
    Array.from({ length: count }, (_, index) => {
      const decisionId = `${stratum}-${index}`;
      return {
        decisionId,
        stratum,
        rankKey: createHash('md5').update(`${seed}:${decisionId}`).digest('hex'),
      };
    }),
  );
}

describe('panel sampling', () => {
  it('should allocate proportionally with the largest remainders', () => {
    const counts = allocate(
      new Map([
        ['a', 600],
        ['b', 300],
        ['c', 100],
      ]),
      50,
      'proportioneel',
    );
    expect(Object.fromEntries(counts)).toEqual({ a: 30, b: 15, c: 5 });
  });

  it('should allocate equally and give a small stratum share back to the others', () => {
    const counts = allocate(
      new Map([
        ['a', 600],
        ['b', 300],
        ['c', 4],
      ]),
      30,
      'gelijk',
    );
    expect(Object.fromEntries(counts)).toEqual({ a: 13, b: 13, c: 4 });
  });

  it('should keep the proportions of the strata and weights that add up to the frame', () => {
    const decisions = frame({ wmo: 400, jeugdwet: 100, participatiewet: 500 }, 'x');
    const drawn = drawSample(decisions, 100, 'proportioneel');
    const per = (stratum: string): number => drawn.filter((d) => d.stratum === stratum).length;
    expect([per('wmo'), per('jeugdwet'), per('participatiewet')]).toEqual([40, 10, 50]);
    expect(drawn.reduce((sum, d) => sum + d.weight, 0)).toBeCloseTo(1000, 6);
  });

  it('should draw the same decisions for the same seed and others for another seed', () => {
    const ids = (seed: string): string[] =>
      drawSample(frame({ alle: 300 }, seed), 20, 'proportioneel').map((d) => d.decisionId);
    expect(ids('seed-1')).toEqual(ids('seed-1'));
    expect(ids('seed-1')).not.toEqual(ids('seed-2'));
  });

  it('should need 139 decisions for 10 % within 5 points in a frame of 1000', () => {
    expect(requiredSampleSize(0.1, 0.05, null)).toBe(139);
    expect(requiredSampleSize(0.1, 0.05, 1000)).toBe(122);
  });
});
