import { ClientRatesInput } from '../clients/dto/client-rates.input';
import { ClientRates } from '../clients/models/client-rates.model';
import {
  codesOf,
  DIMENSION_PARAMS,
  FILTER_PARAMS,
  IndicatorParamError,
  QueryValue,
  RANGE_PARAMS,
  refuseUnknownParams,
  single,
} from './indicator-api.params';
import { csvDocument, dutchNumber, yesNo } from './indicator-csv';

/** The file name (without .csv), the GraphQL query's name. */
export const CLIENT_RATES_FILE = 'clientRates';

/** `uitsplitsing` picks GraphQL's table: per domain or per provider. */
export const CLIENT_RATE_TABLES = {
  [DIMENSION_PARAMS.domain]: 'byDomain',
  [DIMENSION_PARAMS.subjectOrganisation]: 'byProvider',
} as const;
type ClientRateBreakdown = keyof typeof CLIENT_RATE_TABLES;

/** The numbers of a rate written, GraphQL field names and column names alike. */
export const CLIENT_RATE_COLUMNS = ['clients', 'complaints', 'ratePer1000', 'lower', 'upper'] as const;

export interface ClientRatesQuery {
  input: ClientRatesInput;
  breakdown: ClientRateBreakdown;
}

function isBreakdown(value: string | null): value is ClientRateBreakdown {
  return value !== null && Object.hasOwn(CLIENT_RATE_TABLES, value);
}

/** At most one code: GraphQL takes one municipality and one domain here. */
function oneCode(query: Record<string, QueryValue>, param: string): string | null {
  const codes = codesOf(query, param);
  if (codes.length > 1) throw new IndicatorParamError(`Geef hier één ${param}.`);
  return codes[0] ?? null;
}

/** GraphQL `clientRates`'s input: `periode` (a year), `uitsplitsing` (the table), `gemeente`, `domein`. */
export function parseClientRatesQuery(query: Record<string, QueryValue>): ClientRatesQuery {
  refuseUnknownParams(query, [
    RANGE_PARAMS.period,
    RANGE_PARAMS.breakdown,
    FILTER_PARAMS.municipality,
    FILTER_PARAMS.domain,
  ]);
  const period = single(query, RANGE_PARAMS.period);
  if (period === null || !/^\d{4}$/.test(period)) {
    throw new IndicatorParamError(`${RANGE_PARAMS.period} is hier een jaar, zoals 2025.`);
  }
  const breakdown = single(query, RANGE_PARAMS.breakdown);
  if (!isBreakdown(breakdown)) {
    throw new IndicatorParamError(
      `Geef ${RANGE_PARAMS.breakdown}: ${Object.keys(CLIENT_RATE_TABLES).join(' of ')}.`,
    );
  }
  return {
    input: {
      year: Number(period),
      municipalityCode: oneCode(query, FILTER_PARAMS.municipality),
      domain: oneCode(query, FILTER_PARAMS.domain),
    },
    breakdown,
  };
}

/**
 * Complaints per 1,000 clients as CSV (convention of indicatorCsv): one line per row of the table
 * `uitsplitsing` picks; the count and rates are empty and `onderdrukt` is `ja` when withheld.
 */
export function clientRatesCsv(rates: ClientRates, breakdown: ClientRateBreakdown): string {
  return csvDocument([
    ['indicator', 'jaar', `${breakdown}_code`, breakdown, ...CLIENT_RATE_COLUMNS, 'onderdrukt'],
    ...rates[CLIENT_RATE_TABLES[breakdown]].map((rate) => [
      CLIENT_RATES_FILE,
      String(rates.year),
      rate.code,
      rate.label,
      ...CLIENT_RATE_COLUMNS.map((column) => dutchNumber(rate[column])),
      yesNo(rate.suppressed),
    ]),
  ]);
}
