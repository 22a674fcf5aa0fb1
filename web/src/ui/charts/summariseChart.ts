import { formatNumber } from '@/lib/format';
import type { ChartPoint } from '@/ui/charts/chartTypes';

interface SummariseChartInput {
  kind: 'Lijndiagram' | 'Staafdiagram';
  /** What the values are, e.g. "Aantal klachten en signalen per maand". */
  label: string;
  points: readonly ChartPoint[];
  formatX?: (x: string) => string;
}

/**
 * The text alternative of a chart (WCAG 1.1.1): what it shows, its range, lowest and highest value,
 * and where the exact figures are. Screen-reader users get the same first impression as a glance.
 */
export function summariseChart({ kind, label, points, formatX = (x) => x }: SummariseChartInput): string {
  const parts = [`${kind}: ${label}.`];
  if (points.length === 0) return `${parts[0]} Er zijn geen gegevens.`;
  if (kind === 'Lijndiagram') {
    parts.push(`Van ${formatX(points[0]!.x)} tot en met ${formatX(points[points.length - 1]!.x)}.`);
  } else {
    parts.push(`${points.length} ${points.length === 1 ? 'categorie' : 'categorieën'}.`);
  }
  const shown = points.filter((point): point is ChartPoint & { y: number } => point.y !== null);
  if (shown.length > 0) {
    const lowest = shown.reduce((min, point) => (point.y < min.y ? point : min));
    const highest = shown.reduce((max, point) => (point.y > max.y ? point : max));
    parts.push(
      `Hoogste waarde ${formatNumber(highest.y)} (${formatX(highest.x)}), laagste waarde ${formatNumber(lowest.y)} (${formatX(lowest.x)}).`,
    );
  }
  const suppressed = points.filter((point) => point.suppressed).length;
  if (suppressed > 0) {
    const values = suppressed === 1 ? 'waarde is' : 'waarden zijn';
    parts.push(`${suppressed} ${values} niet getoond om privacy te beschermen.`);
  }
  parts.push('De exacte cijfers staan in de tabel.');
  return parts.join(' ');
}
