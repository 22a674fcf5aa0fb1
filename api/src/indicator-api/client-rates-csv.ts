import { ClientRatesInput } from '../clients/dto/client-rates.input';
import { ClientRate, ClientRates } from '../clients/models/client-rates.model';
import { CsvColumn, csvColumns, csvTable } from './csv-columns';
import {
  DIMENSION_PARAMS,
  FILTER_PARAMS,
  IndicatorParamError,
  oneCode,
  QueryValue,
  RANGE_PARAMS,
  refuseUnknownParams,
  single,
} from './indicator-api.params';

/** The file name (without .csv), the GraphQL query's name. */
export const CLIENT_RATES_FILE = 'clientRates';

/** `uitsplitsing` picks GraphQL's table: per domain or per provider. */
export const CLIENT_RATE_TABLES = {
  [DIMENSION_PARAMS.domain]: 'byDomain',
  [DIMENSION_PARAMS.subjectOrganisation]: 'byProvider',
} as const;
type ClientRateBreakdown = keyof typeof CLIENT_RATE_TABLES;

export interface ClientRatesQuery {
  input: ClientRatesInput;
  breakdown: ClientRateBreakdown;
}

function isBreakdown(value: string | null): value is ClientRateBreakdown {
  return value !== null && Object.hasOwn(CLIENT_RATE_TABLES, value);
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
      // GraphQL takes one municipality and one domain here.
      municipalityCode: oneCode(query, FILTER_PARAMS.municipality),
      domain: oneCode(query, FILTER_PARAMS.domain),
    },
    breakdown,
  };
}

interface ClientRateLine {
  year: number;
  rate: ClientRate;
}

const column = csvColumns<ClientRateLine>();

/** The columns of the file; `breakdown` names the code and label columns (domein or organisatie). */
export function clientRateColumns(breakdown: string): CsvColumn<ClientRateLine>[] {
  return [
    column.text('indicator', 'de naam van het bestand: clientRates', () => CLIENT_RATES_FILE),
    column.number('jaar', 'het jaar van de klachten en de cliëntaantallen', (line) => line.year),
    column.text(`${breakdown}_code`, 'code van het domein of de aanbieder', (line) => line.rate.code),
    column.text(breakdown, 'naam van het domein of de aanbieder', (line) => line.rate.label),
    column.number(
      'aantal_clienten',
      'cliënten in het jaar (referentiegegevens)',
      (line) => line.rate.clients,
    ),
    column.disclosed('aantal_klachten', 'klachten en signalen in het jaar', (line) => ({
      value: line.rate.complaints,
      suppressed: line.rate.suppressed,
    })),
    column.number(
      'per_1000_clienten',
      'aantal_klachten per 1.000 cliënten (leeg als het aantal is afgeschermd)',
      (line) => line.rate.ratePer1000,
    ),
    column.number(
      'ondergrens_95',
      'ondergrens van het 95%-interval (Poisson), per 1.000 cliënten',
      (line) => line.rate.lower,
    ),
    column.number(
      'bovengrens_95',
      'bovengrens van het 95%-interval (Poisson), per 1.000 cliënten',
      (line) => line.rate.upper,
    ),
  ];
}

/** Complaints per 1,000 clients as CSV: one line per row of the table `uitsplitsing` picks. */
export function clientRatesCsv(rates: ClientRates, breakdown: ClientRateBreakdown): string {
  return csvTable(
    clientRateColumns(breakdown),
    rates[CLIENT_RATE_TABLES[breakdown]].map((rate) => ({ year: rates.year, rate })),
  );
}
