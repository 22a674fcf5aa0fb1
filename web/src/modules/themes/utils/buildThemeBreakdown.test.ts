import { parseDashboardState } from '@/modules/dashboard/dashboardState';
import { buildThemeBreakdown } from '@/modules/themes/utils/buildThemeBreakdown';
import { caseCountValue, themeBreakdownFixture } from '@/testing/metricsFixture';
import { cellText } from '@/ui/table/cellText';

const data = themeBreakdownFixture([
  { code: 'geen', label: 'Geen thema', value: caseCountValue(null, { previousValue: 7 }) },
  {
    code: 'wachttijd',
    label: 'Wachttijd',
    value: caseCountValue(40, {
      previousValue: 30,
      change: 10,
      changePercentage: 33.3333,
      smallNumbers: false,
    }),
  },
  {
    code: 'bejegening',
    label: 'Bejegening',
    value: caseCountValue(8, { previousValue: 4, change: 4, changePercentage: 100, smallNumbers: true }),
  },
]);

describe(buildThemeBreakdown.name, () => {
  it('should sort by count, put suppressed themes last and show them as "×"', () => {
    const state = parseDashboardState(new URLSearchParams());
    const { table, bars } = buildThemeBreakdown(data, state, 'caption');

    expect(bars.map((bar) => [bar.x, bar.y])).toEqual([
      ['Wachttijd', 40],
      ['Bejegening', 8],
      ['Geen thema', null],
    ]);
    expect(table.columns.map((column) => column.label)).toEqual(['Aantal']);
    expect(table.rows.map((row) => cellText(row.cells[0]!))).toEqual(['40', '8', '×']);
  });

  it('should add the comparison columns with the small-numbers warning', () => {
    const state = parseDashboardState(new URLSearchParams('vergelijk=vorige-periode'));
    const { table, hasSmallNumbers } = buildThemeBreakdown(data, state, 'caption');

    expect(table.columns.map((column) => column.label)).toEqual([
      'Aantal',
      'Vorige periode',
      'Verschil',
      'Verschil in %',
      'Opmerking',
    ]);
    expect(table.rows[0]!.cells.map(cellText)).toEqual(['40', '30', '+10', '+33,3%', '']);
    expect(table.rows[1]!.cells.map(cellText)).toEqual(['8', '4', '+4', '+100%', 'Let op: kleine aantallen']);
    expect(hasSmallNumbers).toBe(true);
  });
});
