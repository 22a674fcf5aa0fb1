import type { ChartAnnotation } from '@/ui/charts/chartTypes';

interface AnnotatedMeasure {
  title: string;
  themeLabel: string;
  effectiveOn: string | null;
}

/**
 * Each measure that took effect within the chart's buckets, placed on the bucket that contains its
 * effect date (the last bucket start on or before it).
 */
export function measureAnnotations(
  measures: readonly AnnotatedMeasure[],
  bucketStarts: readonly string[],
): ChartAnnotation[] {
  const first = bucketStarts[0];
  if (first === undefined) return [];
  return measures.flatMap((measure) => {
    const date = measure.effectiveOn;
    if (date === null || date < first) return [];
    const bucket = [...bucketStarts].reverse().find((start) => start <= date);
    const last = bucketStarts[bucketStarts.length - 1];
    if (bucket === undefined || (bucket === last && date > addYear(last))) return [];
    return [{ x: bucket, label: `Maatregel: ${measure.title} (${measure.themeLabel})` }];
  });
}

/** A generous upper bound for "within the last bucket" (buckets are at most a year long). */
function addYear(iso: string): string {
  return `${Number(iso.slice(0, 4)) + 1}${iso.slice(4)}`;
}
