import type { MetricsQuery } from '@/generated/graphql';
import { buildFunnelTable } from '@/modules/providers/utils/buildFunnelTable';
import { cellText } from '@/ui/table/cellText';

function row(code: string, label: string, value: number | null): MetricsQuery['metrics']['rows'][number] {
  return {
    period: null,
    complete: true,
    dimensions: [{ dimension: 'subjectOrganisation', code, label }],
    values: [
      {
        measure: 'caseCount',
        value,
        suppressed: value === null,
        previousValue: null,
        previousSuppressed: false,
        change: null,
        changePercentage: null,
        changePercentagePoints: null,
        smallNumbers: null,
      },
    ],
  };
}

describe(buildFunnelTable.name, () => {
  it('should leave the municipality out, keep withheld providers as "×" and exclude them from the mean', () => {
    const data: MetricsQuery = {
      metrics: {
        disclosureControl: true,
        totals: [],
        rows: [
          row('gemeente-lusdonk', 'Gemeente Lusdonk', 1359),
          row('a', 'Aanbieder A', 100),
          row('b', 'Aanbieder B', 130),
          row('c', 'Aanbieder C', 70),
          row('d', 'Aanbieder D', null),
        ],
      },
    };
    const { funnel, table } = buildFunnelTable(data, 'Klachten per aanbieder');
    expect(funnel.centre).toBeCloseTo(100);
    expect(funnel.excluded).toBe(1);
    expect(table.rows.map((item) => item.header)).toEqual([
      'Aanbieder B',
      'Aanbieder A',
      'Aanbieder C',
      'Aanbieder D',
    ]);
    expect(table.rows[0]!.cells.map(cellText)).toEqual([
      '130',
      '100',
      '70',
      '130',
      'Boven de 2 SD-grens: vraag ernaar',
    ]);
    expect(table.rows[3]!.cells.map(cellText)[0]).toBe('×');
    expect(table.rows[3]!.cells.map(cellText)[4]).toBe('Niet getoond (klein aantal)');
  });
});
