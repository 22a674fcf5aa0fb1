import type { MetricsQuery } from '@/generated/graphql';
import { computeFunnel, type Funnel, type FunnelInput } from '@/modules/providers/utils/computeFunnel';
import { funnelPositionLabels } from '@/modules/providers/utils/funnelPositionLabels';
import type { TableData } from '@/ui/table/tableData';

/** Records about the municipality itself are not a provider; they stay out of the comparison. */
const isProvider = (code: string) => !code.startsWith('gemeente-') && code !== 'onbekend' && code !== 'geen';

export interface ProviderFunnel {
  funnel: Funnel;
  table: TableData;
}

/** Complaints per provider (metrics by subjectOrganisation) → funnel and its table. */
export function buildFunnelTable(data: MetricsQuery, caption: string): ProviderFunnel {
  const inputs: FunnelInput[] = data.metrics.rows.flatMap((row) => {
    const member = row.dimensions.find((dimension) => dimension.dimension === 'subjectOrganisation');
    const value = row.values.find((item) => item.measure === 'caseCount');
    if (!member || !isProvider(member.code)) return [];
    return [
      { code: member.code, label: member.label, count: value?.suppressed ? null : (value?.value ?? null) },
    ];
  });
  const funnel = computeFunnel(inputs);
  const byCode = new Map(funnel.points.map((point) => [point.code, point]));
  const ordered = [...inputs].sort(
    (a, b) => (b.count ?? -1) - (a.count ?? -1) || a.label.localeCompare(b.label, 'nl'),
  );
  return {
    funnel,
    table: {
      caption,
      rowHeaderLabel: 'Aanbieder',
      columns: [
        { key: 'count', label: 'Klachten en signalen' },
        { key: 'centre', label: 'Gemiddelde per aanbieder' },
        { key: 'lower3', label: 'Ondergrens (3 SD)' },
        { key: 'upper3', label: 'Bovengrens (3 SD)' },
        { key: 'position', label: 'Ten opzichte van de grenzen' },
      ],
      rows: ordered.map((input) => {
        const point = byCode.get(input.code);
        const value = (number: number | undefined) =>
          ({
            kind: 'value',
            value: number === undefined ? null : Math.round(number * 10) / 10,
            suppressed: false,
            format: 'number',
          }) as const;
        return {
          key: input.code,
          header: input.label,
          cells: [
            { kind: 'value', value: input.count, suppressed: input.count === null, format: 'number' },
            value(funnel.centre),
            value(point?.lower3),
            value(point?.upper3),
            {
              kind: 'text',
              text: point ? funnelPositionLabels[point.position] : 'Niet getoond (klein aantal)',
            },
          ],
        };
      }),
    },
  };
}
