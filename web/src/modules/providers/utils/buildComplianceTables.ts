import type { ProviderComplianceQuery } from '@/generated/graphql';
import { formatDate } from '@/lib/format';
import { completenessLabels, coverageSuffix } from '@/modules/dashboard/utils/describeCoverage';
import { complianceStatusLabels } from '@/modules/providers/utils/complianceStatusLabels';
import type { ChartPoint } from '@/ui/charts/chartTypes';
import type { TableCell, TableData } from '@/ui/table/tableData';

type Result = ProviderComplianceQuery['providerCompliance'];
type Indicator = { value?: number | null; suppressed: boolean };

/** "1e halfjaar 2025" for a half year starting on 1 January, else "2e halfjaar". */
export function halfYearLabel(periodStart: string): string {
  const year = periodStart.slice(0, 4);
  return `${periodStart.slice(5, 7) === '01' ? '1e' : '2e'} halfjaar ${year}`;
}

const count = (indicator: Indicator): TableCell => ({
  kind: 'value',
  value: indicator.value ?? null,
  suppressed: indicator.suppressed,
  format: 'number',
});

/** Per half year: how many providers had to report, and how many did so on time, late or not at all. */
export function buildHalfYearTable(
  result: Result,
  caption: string,
): { table: TableData; bars: ChartPoint[] } {
  const halfYears = [...result.halfYears].sort((a, b) => a.periodStart.localeCompare(b.periodStart));
  return {
    bars: halfYears.map((half) => ({
      x: `${halfYearLabel(half.periodStart)}${coverageSuffix({ completeness: half.completeness, notDelivered: [] })}`,
      y: half.onTimePercentage.value ?? null,
      suppressed: half.onTimePercentage.suppressed,
    })),
    table: {
      caption,
      rowHeaderLabel: 'Halfjaar',
      columns: [
        { key: 'due', label: 'Uiterste datum' },
        { key: 'required', label: 'Moesten rapporteren' },
        { key: 'onTime', label: 'Op tijd' },
        { key: 'late', label: 'Te laat' },
        { key: 'missing', label: 'Ontbreekt' },
        { key: 'notYetDue', label: 'Nog niet verschuldigd' },
        { key: 'share', label: 'Op tijd (%)' },
        { key: 'completeness', label: 'Cijfers' },
      ],
      rows: halfYears.map((half) => ({
        key: half.periodStart,
        header: halfYearLabel(half.periodStart),
        cells: [
          { kind: 'text', text: formatDate(half.dueOn) },
          count(half.required),
          count(half.onTime),
          count(half.late),
          count(half.missing),
          count(half.notYetDue),
          {
            kind: 'value',
            value:
              half.onTimePercentage.value === null || half.onTimePercentage.value === undefined
                ? null
                : half.onTimePercentage.value / 100,
            suppressed: half.onTimePercentage.suppressed,
            format: 'percent',
          },
          { kind: 'text', text: completenessLabels[half.completeness] },
        ],
      })),
    },
  };
}

/** Per provider and half year, newest half year first, problems first within it. */
export function buildProviderStatusTable(result: Result, caption: string): TableData {
  const order = { ontbreekt: 0, te_laat: 1, nog_niet_verschuldigd: 2, op_tijd: 3 } as const;
  const providers = [...result.providers].sort(
    (a, b) =>
      b.periodStart.localeCompare(a.periodStart) ||
      order[a.status] - order[b.status] ||
      a.organisationName.localeCompare(b.organisationName, 'nl'),
  );
  return {
    caption,
    rowHeaderLabel: 'Aanbieder',
    columns: [
      { key: 'half', label: 'Halfjaar' },
      { key: 'status', label: 'Status' },
      { key: 'due', label: 'Uiterste datum' },
      { key: 'submitted', label: 'Ingediend op' },
      { key: 'daysLate', label: 'Dagen te laat' },
    ],
    rows: providers.map((provider) => {
      const label = complianceStatusLabels[provider.status];
      return {
        key: `${provider.municipalityCode}:${provider.organisationCode}:${provider.periodStart}`,
        header: provider.organisationName,
        cells: [
          { kind: 'text', text: halfYearLabel(provider.periodStart) },
          { kind: 'text', text: `${label.icon} ${label.text}` },
          { kind: 'text', text: formatDate(provider.dueOn) },
          { kind: 'text', text: formatDate(provider.submittedOn) },
          { kind: 'value', value: provider.daysLate ?? null, suppressed: false, format: 'number' },
        ],
      };
    }),
  };
}
