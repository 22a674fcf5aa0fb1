import { ProviderComplianceQueryInput } from '../provider-compliance/dto/provider-compliance-query.input';
import {
  HalfYearComplianceModel,
  ProviderComplianceModel,
  ProviderComplianceResult,
} from '../provider-compliance/models/provider-compliance.model';
import { CsvColumn, csvColumns, csvTable } from './csv-columns';
import {
  codesOf,
  FILTER_PARAMS,
  parseDateRange,
  QueryValue,
  RANGE_PARAMS,
  refuseUnknownParams,
} from './indicator-api.params';

/** The files (without .csv): per half year (GraphQL `halfYears`) and per provider (`providers`). */
export const PROVIDER_COMPLIANCE_FILES = {
  halfYears: 'providerCompliance',
  providers: 'providerComplianceProviders',
} as const;
export type ProviderComplianceTable = keyof typeof PROVIDER_COMPLIANCE_FILES;

export function providerComplianceTableOf(name: string): ProviderComplianceTable | null {
  if (name === PROVIDER_COMPLIANCE_FILES.halfYears) return 'halfYears';
  return name === PROVIDER_COMPLIANCE_FILES.providers ? 'providers' : null;
}

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

const half = csvColumns<HalfYearComplianceModel>();
export const HALF_YEAR_COLUMNS: readonly CsvColumn<HalfYearComplianceModel>[] = [
  half.text(
    'indicator',
    'de naam van het bestand: providerCompliance',
    () => PROVIDER_COMPLIANCE_FILES.halfYears,
  ),
  half.text('periode_van', 'eerste dag van het halfjaar', (line) => line.periodStart),
  half.text('periode_tot', 'laatste dag van het halfjaar', (line) => line.periodEnd),
  half.text(
    'uiterste_datum',
    'de uiterste datum voor de rapportage (1 juli of 1 december)',
    (line) => line.dueOn,
  ),
  half.text(
    'volledigheid',
    'definitief (alle rapportages binnen), voorlopig (een deel) of nog_niet_geleverd (geen)',
    (line) => line.completeness,
  ),
  half.disclosed('verplicht', 'aanbieders die moesten rapporteren', (line) => line.required),
  half.disclosed('op_tijd', 'ingediend op of voor de uiterste datum', (line) => line.onTime),
  half.disclosed('te_laat', 'ingediend na de uiterste datum', (line) => line.late),
  half.disclosed('ontbreekt', 'niet ingediend en de uiterste datum is voorbij', (line) => line.missing),
  half.disclosed(
    'nog_niet_verschuldigd',
    'niet ingediend, de uiterste datum is nog niet voorbij',
    (line) => line.notYetDue,
  ),
  half.disclosed(
    'percentage_op_tijd',
    'op_tijd ÷ (verplicht − nog_niet_verschuldigd) × 100',
    (line) => line.onTimePercentage,
  ),
];

const provider = csvColumns<ProviderComplianceModel>();
export const PROVIDER_COLUMNS: readonly CsvColumn<ProviderComplianceModel>[] = [
  provider.text(
    'indicator',
    'de naam van het bestand: providerComplianceProviders',
    () => PROVIDER_COMPLIANCE_FILES.providers,
  ),
  provider.text(
    'gemeente_code',
    'CBS-code van de gemeente van het contract',
    (line) => line.municipalityCode,
  ),
  provider.text('aanbieder_code', 'code van de aanbieder', (line) => line.organisationCode),
  provider.text('aanbieder', 'naam van de aanbieder', (line) => line.organisationName),
  provider.text('periode_van', 'eerste dag van het halfjaar', (line) => line.periodStart),
  provider.text('uiterste_datum', 'de uiterste datum van deze rapportage', (line) => line.dueOn),
  provider.text('ingediend_op', 'de datum van indienen; leeg als die er niet is', (line) => line.submittedOn),
  provider.text('status', 'op_tijd, te_laat, ontbreekt of nog_niet_verschuldigd', (line) => line.status),
  provider.number('dagen_te_laat', 'dagen na de uiterste datum; alleen bij te_laat', (line) => line.daysLate),
];

/**
 * Provider reporting compliance as CSV: a line per half year (GraphQL `halfYears`), or a line per
 * provider and half year (`providers`: empty for raad, panel and college, as in GraphQL).
 */
export function providerComplianceCsv(
  table: ProviderComplianceTable,
  compliance: ProviderComplianceResult,
): string {
  return table === 'halfYears'
    ? csvTable(HALF_YEAR_COLUMNS, compliance.halfYears)
    : csvTable(PROVIDER_COLUMNS, compliance.providers);
}
