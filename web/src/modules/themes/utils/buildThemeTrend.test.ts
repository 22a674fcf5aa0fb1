import type { MetricsQuery } from '@/generated/graphql';
import { parseDashboardState } from '@/modules/dashboard/dashboardState';
import { buildThemeTrend } from '@/modules/themes/utils/buildThemeTrend';
import { caseCountValue } from '@/testing/metricsFixture';
import { cellText } from '@/ui/table/cellText';

type Total = MetricsQuery['metrics']['totals'][number];

const total = (period: string, value: number | null, coverage: Total['coverage']): Total => ({
  period,
  complete: true,
  comparable: true,
  coverage,
  values: [caseCountValue(value, { suppressed: false })],
});

/** The last 12 months of a municipality whose provider delivers half-yearly and whose own export is late. */
const data: MetricsQuery = {
  metrics: {
    disclosureControl: false,
    rows: [],
    totals: [
      total('2026-07-01', 12, {
        completeness: 'definitief',
        sourcesDelivered: 3,
        sourcesExpected: 3,
        notDelivered: [],
      }),
      total('2026-09-01', 8, {
        completeness: 'voorlopig',
        sourcesDelivered: 2,
        sourcesExpected: 3,
        notDelivered: ['Zorg BV'],
      }),
      total('2026-10-01', null, {
        completeness: 'nog_niet_geleverd',
        sourcesDelivered: 0,
        sourcesExpected: 3,
        notDelivered: ['Gemeente Leerstad', 'Ombudsman', 'Zorg BV'],
      }),
    ],
  },
};

describe(buildThemeTrend.name, () => {
  it('should show a month no source delivered as "nog niet geleverd", never as 0, and mark provisional months', () => {
    const state = parseDashboardState(new URLSearchParams());
    const { table, series, axisLabels } = buildThemeTrend(data, state, 'caption');

    expect(series[0]?.points.map((point) => point.y)).toEqual([12, 8, null]);
    expect(table.rows.map((row) => row.cells.map(cellText))).toEqual([
      ['12', 'Definitief'],
      ['8', 'Voorlopig: nog niet (helemaal) geleverd door Zorg BV'],
      ['nog niet geleverd', 'Nog niet geleverd door de bronnen'],
    ]);
    expect(Object.values(axisLabels).map((label) => label.replace(/^.*?(\(|$)/, '$1'))).toEqual([
      '',
      '(voorlopig)',
      '(nog niet geleverd)',
    ]);
  });
});
