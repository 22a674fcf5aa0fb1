import type { ClientRatesQuery } from '@/generated/graphql';
import { computeFunnel, type Funnel } from '@/modules/providers/utils/computeFunnel';
import { funnelPositionLabels } from '@/modules/providers/utils/funnelPositionLabels';
import type { TableCell, TableData } from '@/ui/table/tableData';

export interface ClientRateFunnel {
  funnel: Funnel;
  table: TableData;
}

const number = (value: number | null | undefined, suppressed = false): TableCell => ({
  kind: 'value',
  value: value === null || value === undefined ? null : Math.round(value * 10) / 10,
  suppressed,
  format: 'number',
});

/**
 * Providers' complaints per 1,000 clients → funnel plot (rate against clients, with control limits
 * around the overall rate) and its table, with each provider's own 95% interval from the API.
 */
export function buildClientRateFunnel(data: ClientRatesQuery, caption: string): ClientRateFunnel {
  const rates = data.clientRates.byProvider.filter((rate) => rate.clients > 0);
  const funnel = computeFunnel(
    rates.map((rate) => ({
      code: rate.code,
      label: rate.label,
      count: rate.suppressed ? null : rate.complaints,
      denominator: rate.clients,
    })),
  );
  const byCode = new Map(funnel.points.map((point) => [point.code, point]));
  return {
    funnel,
    table: {
      caption,
      rowHeaderLabel: 'Aanbieder',
      columns: [
        { key: 'clients', label: 'Cliënten' },
        { key: 'complaints', label: 'Klachten en signalen' },
        { key: 'rate', label: 'Per 1.000 cliënten' },
        { key: 'lower', label: 'Interval: ondergrens' },
        { key: 'upper', label: 'Interval: bovengrens' },
        { key: 'limit', label: 'Bovengrens trechter (3 SD)' },
        { key: 'position', label: 'Ten opzichte van de grenzen' },
      ],
      rows: [...rates]
        .sort((a, b) => b.clients - a.clients || a.label.localeCompare(b.label, 'nl'))
        .map((rate) => {
          const point = byCode.get(rate.code);
          return {
            key: rate.code,
            header: rate.label,
            cells: [
              number(rate.clients),
              number(rate.complaints, rate.suppressed),
              number(rate.ratePer1000, rate.suppressed),
              number(rate.lower, rate.suppressed),
              number(rate.upper, rate.suppressed),
              number(point?.upper3),
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
