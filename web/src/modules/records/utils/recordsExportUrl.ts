import type { CaseRecordFilterInput } from '@/generated/graphql';

/** Most records one download holds (the API refuses a larger selection). */
export const MAX_EXPORT_RECORDS = 100_000;

/** The CSV download of every record matching `filter`: the page's filter as a query string. */
export function recordsExportUrl(filter: CaseRecordFilterInput): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filter)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (typeof item === 'string') params.append(name, item);
    }
  }
  const query = params.toString();
  return `/api/records/export.csv${query ? `?${query}` : ''}`;
}
