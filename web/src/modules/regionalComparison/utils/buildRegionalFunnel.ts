import type { RegionalComparisonQuery } from '@/generated/graphql';
import { funnelPositionText } from '@/modules/regionalComparison/utils/funnelPositionText';
import type { FunnelChartPoint, FunnelCurvePoint } from '@/ui/charts/FunnelChart';
import type { TableCell, TableData } from '@/ui/table/tableData';

type Group = RegionalComparisonQuery['regionalComparison']['groups'][number];

export interface RegionalFunnel {
  points: FunnelChartPoint[];
  curve: FunnelCurvePoint[];
  /** Municipalities outside the 95% limits (for the chart's text alternative). */
  outside: number;
  table: TableData;
}

const rounded = (value: number | null | undefined, suppressed = false, decimals = 2): TableCell => ({
  kind: 'value',
  value: value === null || value === undefined ? null : Math.round(value * 10 ** decimals) / 10 ** decimals,
  suppressed,
  format: 'number',
});

/**
 * One group of the comparison → funnel plot (rate against inhabitants, limits from the API) and its
 * table. Rows stay in the API's order, by municipality name: the comparison is never a ranking.
 */
export function buildRegionalFunnel(group: Group, caption: string): RegionalFunnel {
  const points = group.rows.flatMap((row) =>
    row.rate !== null && row.inhabitants !== null && row.limits
      ? [
          {
            label: row.own ? `${row.municipalityName} (uw gemeente)` : row.municipalityName,
            x: row.inhabitants,
            y: row.rate,
            lower2: row.limits.lower95,
            upper2: row.limits.upper95,
            lower3: row.limits.lower998,
            upper3: row.limits.upper998,
          },
        ]
      : [],
  );
  return {
    points,
    curve: group.curve.map((limit) => ({
      x: limit.inhabitants,
      lower2: limit.lower95,
      upper2: limit.upper95,
      lower3: limit.lower998,
      upper3: limit.upper998,
    })),
    outside: group.rows.filter((row) => row.position !== null && row.position !== 'BINNEN').length,
    table: {
      caption,
      rowHeaderLabel: 'Gemeente',
      columns: [
        { key: 'inhabitants', label: 'Inwoners' },
        { key: 'complaints', label: 'Klachten' },
        { key: 'rate', label: 'Per 1.000 inwoners' },
        { key: 'lower95', label: '95%-grens: onder' },
        { key: 'upper95', label: '95%-grens: boven' },
        { key: 'lower998', label: '99,8%-grens: onder' },
        { key: 'upper998', label: '99,8%-grens: boven' },
        { key: 'position', label: 'Ten opzichte van de grenzen' },
      ],
      rows: group.rows.map((row) => ({
        key: row.municipalityCode,
        header: row.own ? `${row.municipalityName} (uw gemeente)` : row.municipalityName,
        cells: [
          rounded(row.inhabitants, false, 0),
          rounded(row.complaints, row.suppressed, 0),
          rounded(row.rate, row.suppressed),
          rounded(row.limits?.lower95),
          rounded(row.limits?.upper95),
          rounded(row.limits?.lower998),
          rounded(row.limits?.upper998),
          {
            kind: 'text',
            text: row.position
              ? funnelPositionText[row.position]
              : row.suppressed
                ? 'Niet getoond (klein aantal)'
                : 'Geen inwonertal bekend',
          },
        ],
      })),
    },
  };
}
