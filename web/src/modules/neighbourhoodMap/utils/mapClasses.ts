import { formatNumber } from '@/lib/format';

/** One class of the choropleth: a range of values, its fill and its label in the legend. */
export interface MapClass {
  from: number;
  to: number;
  fill: string;
  label: string;
}

/** Light to dark: also readable in grey print, and the legend names every range in words. */
const FILLS = ['#e8f1f8', '#b3cde3', '#6f9fc9', '#2f6aa3', '#123e6b'] as const;

/**
 * Up to five classes with about as many areas in each (quantiles of the shown values, suppressed
 * areas excluded: their values are not known to the dashboard). Fewer distinct values, fewer classes.
 */
export function buildMapClasses(values: readonly number[]): MapClass[] {
  const sorted = [...values].sort((a, b) => a - b);
  const distinct = [...new Set(sorted)];
  const count = Math.min(FILLS.length, distinct.length);
  if (count === 0) return [];
  const bounds: number[] = [];
  for (let i = 1; i < count; i++) bounds.push(sorted[Math.floor((i * sorted.length) / count)] as number);
  const edges = [...new Set([sorted[0] as number, ...bounds, sorted[sorted.length - 1] as number])];
  const ranges = edges.length === 1 ? [[edges[0], edges[0]]] : edges.slice(1).map((to, i) => [edges[i], to]);
  const offset = FILLS.length - ranges.length;
  return ranges.map(([from = 0, to = 0], i) => ({
    from,
    to,
    fill: FILLS[Math.min(FILLS.length - 1, offset + i)] as string,
    // A class holds the values above the previous class's upper bound, up to and including its own.
    label:
      from === to
        ? formatNumber(from)
        : `${i === 0 ? '' : 'meer dan '}${formatNumber(from)} tot en met ${formatNumber(to)}`,
  }));
}

/** The class a value falls in: the first whose upper bound it does not exceed. */
export function classOf(classes: readonly MapClass[], value: number): MapClass | undefined {
  return classes.find((mapClass) => value <= mapClass.to) ?? classes[classes.length - 1];
}
