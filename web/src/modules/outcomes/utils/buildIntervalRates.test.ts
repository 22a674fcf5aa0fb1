import { buildIntervalRates } from '@/modules/outcomes/utils/buildIntervalRates';
import {
  recommendationsSpec,
  type OutcomeRow,
  upholdRateSpec,
} from '@/modules/outcomes/utils/outcomeRateSpecs';
import { cellText } from '@/ui/table/cellText';

const v = (value: number | null, suppressed = false) => ({ value, suppressed });
const hidden = v(null, true);

function row(code: string, overrides: Partial<OutcomeRow>): OutcomeRow {
  return {
    code,
    label: code.toUpperCase(),
    decided: v(0),
    gegrond: v(0),
    deelsGegrond: v(0),
    ongegrond: v(0),
    upholdRate: v(null),
    upholdRateLower: v(null),
    upholdRateUpper: v(null),
    recommendationsMade: v(0),
    recommendationsFollowed: v(0),
    recommendationsNotFollowed: v(0),
    recommendationFollowedRate: v(null),
    recommendationFollowedRateLower: v(null),
    recommendationFollowedRateUpper: v(null),
    ...overrides,
  };
}

const rows = [
  row('wmo', {
    decided: v(20),
    gegrond: v(5),
    ongegrond: v(15),
    upholdRate: v(25),
    upholdRateLower: v(11.19),
    upholdRateUpper: v(46.87),
    recommendationsMade: v(3),
    recommendationsFollowed: v(2),
    recommendationsNotFollowed: v(1),
  }),
  row('jeugd', { decided: v(5), upholdRate: hidden, upholdRateLower: hidden, upholdRateUpper: hidden }),
  row('schuldhulp', {
    decided: v(10),
    upholdRate: v(30),
    upholdRateLower: v(10.8),
    upholdRateUpper: v(60.3),
  }),
];

describe(buildIntervalRates.name, () => {
  it('should sort by rate, draw the interval around each shown bar and never around a withheld one', () => {
    const result = buildIntervalRates(rows, upholdRateSpec, 'Gegrond', 'Domein');
    expect(result.bars.map((bar) => bar.x)).toEqual(['SCHULDHULP', 'WMO', 'JEUGD']);
    expect(result.bars[1]).toEqual({
      x: 'WMO',
      y: 25,
      suppressed: false,
      interval: { lower: 11.19, upper: 46.87 },
    });
    expect(result.bars[2]).toEqual({ x: 'JEUGD', y: null, suppressed: true });
    expect(result.hasHidden).toBe(true);
  });

  it('should put the counts, the rate and both bounds in the table, withheld ones in words', () => {
    const { table } = buildIntervalRates(rows, upholdRateSpec, 'Gegrond', 'Domein');
    expect(table.columns.map((column) => column.label)).toEqual([
      'Inhoudelijk beslist',
      'Gegrond',
      'Deels gegrond',
      'Ongegrond',
      'Percentage (deels) gegrond',
      'Ondergrens (95%)',
      'Bovengrens (95%)',
    ]);
    const wmo = table.rows.find((r) => r.key === 'wmo');
    expect(wmo?.cells.map(cellText)).toEqual(['20', '5', '0', '15', '25%', '11,2%', '46,9%']);
    expect(cellText(table.rows.find((r) => r.key === 'jeugd')!.cells[4]!)).toBe('niet getoond');
  });

  it('should list only members with ombudsman recommendations in the recommendations table', () => {
    const { table } = buildIntervalRates(rows, recommendationsSpec, 'Aanbevelingen', 'Domein');
    expect(table.rows.map((r) => r.key)).toEqual(['wmo']);
  });
});
