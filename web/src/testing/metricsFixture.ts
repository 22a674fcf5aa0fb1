import type { MetricsQuery } from '@/generated/graphql';

type Value = MetricsQuery['metrics']['rows'][number]['values'][number];

/** A caseCount value as the API sends it; null + suppressed for a withheld count. */
export function caseCountValue(value: number | null, extra: Partial<Value> = {}): Value {
  return {
    measure: 'caseCount',
    value,
    suppressed: value === null,
    previousValue: null,
    previousSuppressed: false,
    change: null,
    changePercentage: null,
    changePercentagePoints: null,
    smallNumbers: null,
    ...extra,
  };
}

/** A `metrics` answer with one row per theme (no time buckets). */
export function themeBreakdownFixture(themes: { code: string; label: string; value: Value }[]): MetricsQuery {
  return {
    metrics: {
      disclosureControl: true,
      rows: themes.map(({ code, label, value }) => ({
        period: null,
        complete: true,
        dimensions: [{ dimension: 'theme', code, label }],
        values: [value],
      })),
      totals: [],
    },
  };
}
