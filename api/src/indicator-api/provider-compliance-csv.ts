import { ProviderComplianceQueryInput } from '../provider-compliance/dto/provider-compliance-query.input';
import { ProviderComplianceResult } from '../provider-compliance/models/provider-compliance.model';
import {
  codesOf,
  FILTER_PARAMS,
  parseDateRange,
  QueryValue,
  RANGE_PARAMS,
  refuseUnknownParams,
} from './indicator-api.params';
import { csvDocument, valueCells } from './indicator-csv';

/** The file name (without .csv), the GraphQL query's name. */
export const PROVIDER_COMPLIANCE_FILE = 'providerCompliance';

/** The figures of a half year written, GraphQL field names and column names alike. */
export const PROVIDER_COMPLIANCE_COLUMNS = [
  'required',
  'onTime',
  'late',
  'missing',
  'notYetDue',
  'onTimePercentage',
] as const;

/** GraphQL `providerCompliance`'s input: the period and `gemeente`. */
export function parseProviderComplianceQuery(
  query: Record<string, QueryValue>,
): ProviderComplianceQueryInput {
  refuseUnknownParams(query, [
    RANGE_PARAMS.from,
    RANGE_PARAMS.to,
    RANGE_PARAMS.period,
    FILTER_PARAMS.municipality,
  ]);
  const municipality = codesOf(query, FILTER_PARAMS.municipality);
  return { dateRange: parseDateRange(query), ...(municipality.length > 0 ? { municipality } : {}) };
}

/**
 * Provider reporting compliance as CSV (convention of indicatorCsv): one line per half year, as
 * GraphQL `halfYears` (the per-provider table stays in GraphQL, for beleid and beheer only).
 */
export function providerComplianceCsv(compliance: ProviderComplianceResult): string {
  return csvDocument([
    [
      'indicator',
      'periode_van',
      'periode_tot',
      'uiterste_datum',
      'volledigheid',
      ...PROVIDER_COMPLIANCE_COLUMNS.flatMap((column) => [column, `${column}_onderdrukt`]),
    ],
    ...compliance.halfYears.map((half) => [
      PROVIDER_COMPLIANCE_FILE,
      half.periodStart,
      half.periodEnd,
      half.dueOn,
      half.completeness,
      ...PROVIDER_COMPLIANCE_COLUMNS.flatMap((column) => valueCells(half[column])),
    ]),
  ]);
}
