import { FreshnessQueryInput } from '../freshness/dto/freshness-query.input';
import { FreshnessResult } from '../freshness/models/freshness.model';
import { codesOf, FILTER_PARAMS, QueryValue, refuseUnknownParams } from './indicator-api.params';
import { csvDocument, dutchNumber, valueCells, yesNo } from './indicator-csv';

/** The file name (without .csv), the GraphQL query's name. */
export const FRESHNESS_FILE = 'dataFreshness';

/** The columns of a source written after its code, name and kind (GraphQL field names). */
export const FRESHNESS_COLUMNS = [
  'rows',
  'latestBusinessDate',
  'lastImportAt',
  'daysSinceLatestData',
  'daysSinceLastImport',
  'expectedWithinDays',
  'stale',
] as const;

/** GraphQL `dataFreshness`'s input: only `gemeente`. */
export function parseFreshnessQuery(query: Record<string, QueryValue>): FreshnessQueryInput {
  refuseUnknownParams(query, [FILTER_PARAMS.municipality]);
  const municipality = codesOf(query, FILTER_PARAMS.municipality);
  return municipality.length > 0 ? { municipality } : {};
}

/** Data freshness as CSV (convention of indicatorCsv): one line per source, as GraphQL `sources`. */
export function freshnessCsv(freshness: FreshnessResult): string {
  return csvDocument([
    [
      'indicator',
      'vandaag',
      'bron_code',
      'bron',
      'soort_bron',
      'rows',
      'rows_onderdrukt',
      ...FRESHNESS_COLUMNS.slice(1),
    ],
    ...freshness.sources.map((source) => [
      FRESHNESS_FILE,
      freshness.today,
      source.organisationCode,
      source.organisationName,
      source.kind,
      ...valueCells(source.rows),
      source.latestBusinessDate ?? '',
      source.lastImportAt ?? '',
      dutchNumber(source.daysSinceLatestData),
      dutchNumber(source.daysSinceLastImport),
      dutchNumber(source.expectedWithinDays),
      yesNo(source.stale),
    ]),
  ]);
}
