import { Thermometer } from '../thermometer/models/thermometer.model';
import {
  IndicatorParamError,
  QueryValue,
  RANGE_PARAMS,
  refuseUnknownParams,
  single,
} from './indicator-api.params';
import { csvDocument, dutchNumber, yesNo } from './indicator-csv';

/** The file name (without .csv), the GraphQL query's name. */
export const THERMOMETER_FILE = 'thermometer';

/** The numbers of a thermometer indicator written, GraphQL field names and column names alike. */
export const THERMOMETER_COLUMNS = [
  'reading',
  'current',
  'previous',
  'changePercentage',
  'baseCount',
  'previousBaseCount',
  'amberFrom',
  'redFrom',
] as const;

/**
 * The thermometer's `period` argument from `periode=2025-K2` (the quarter as in the other endpoints);
 * null without it (the last complete quarter, as GraphQL).
 */
export function parseThermometerPeriod(query: Record<string, QueryValue>): string | null {
  refuseUnknownParams(query, [RANGE_PARAMS.period]);
  const period = single(query, RANGE_PARAMS.period);
  if (period === null) return null;
  const match = /^(\d{4})-[Kk]([1-4])$/.exec(period);
  if (!match) throw new IndicatorParamError('periode is hier een kwartaal, zoals 2025-K2.');
  return `${match[1]}-Q${match[2]}`;
}

/**
 * The thermometer as CSV (convention of indicatorCsv): one line per domain and indicator, as GraphQL
 * `domains { indicators }`; the figures are empty and `onderdrukt` is `ja` when withheld.
 */
export function thermometerCsv(thermometer: Thermometer): string {
  const { period } = thermometer;
  const header = [
    'indicator',
    'kwartaal',
    'periode_van',
    'periode_tot',
    'vergelijkingskwartaal',
    'volledigheid',
    'domein_code',
    'domein',
    'domein_kleur',
    'thermometer_indicator',
    'label',
    'kleur',
    ...THERMOMETER_COLUMNS,
    'onderdrukt',
  ];
  const lines = thermometer.domains.flatMap((domain) =>
    domain.indicators.map((indicator) => [
      THERMOMETER_FILE,
      period.quarter,
      period.start,
      period.end,
      period.comparisonQuarter,
      period.completeness,
      domain.domain,
      domain.label,
      domain.colour,
      indicator.indicator,
      indicator.label,
      indicator.colour,
      ...THERMOMETER_COLUMNS.map((column) => dutchNumber(indicator[column])),
      yesNo(indicator.suppressed),
    ]),
  );
  return csvDocument([header, ...lines]);
}
