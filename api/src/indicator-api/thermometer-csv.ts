import {
  Thermometer,
  ThermometerDomain,
  ThermometerIndicator,
  ThermometerPeriod,
} from '../thermometer/models/thermometer.model';
import { CsvColumn, csvColumns, csvTable } from './csv-columns';
import {
  IndicatorParamError,
  QueryValue,
  RANGE_PARAMS,
  refuseUnknownParams,
  single,
} from './indicator-api.params';

/** The file name (without .csv), the GraphQL query's name. */
export const THERMOMETER_FILE = 'thermometer';

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

interface ThermometerLine {
  period: ThermometerPeriod;
  domain: ThermometerDomain;
  indicator: ThermometerIndicator;
}

const column = csvColumns<ThermometerLine>();
export const THERMOMETER_COLUMNS: readonly CsvColumn<ThermometerLine>[] = [
  column.text('indicator', 'de naam van het bestand: thermometer', () => THERMOMETER_FILE),
  column.text('kwartaal', 'het kwartaal, bv. 2025-Q2', (line) => line.period.quarter),
  column.text('periode_van', 'eerste dag van het kwartaal', (line) => line.period.start),
  column.text('periode_tot', 'laatste dag van het kwartaal', (line) => line.period.end),
  column.text(
    'vergelijkingskwartaal',
    'hetzelfde kwartaal een jaar eerder, bv. 2024-Q2',
    (line) => line.period.comparisonQuarter,
  ),
  column.text(
    'volledigheid',
    'definitief, voorlopig of nog_niet_geleverd',
    (line) => line.period.completeness,
  ),
  column.text('domein_code', 'code van het domein, bv. wmo', (line) => line.domain.domain),
  column.text('domein', 'naam van het domein', (line) => line.domain.label),
  column.text(
    'domein_kleur',
    'de kleur van het domein: de slechtste van zijn indicatoren',
    (line) => line.domain.colour,
  ),
  column.text(
    'thermometer_indicator',
    'code van de indicator: complaintsTrend, withinTerm, waitingShare of upholdRate',
    (line) => line.indicator.indicator,
  ),
  column.text('naam', 'naam van de indicator', (line) => line.indicator.label),
  column.text('kleur', 'groen, oranje, rood of onvoldoende_gegevens', (line) => line.indicator.colour),
  column.number(
    'meetwaarde',
    'het hele percentage dat met de drempels wordt vergeleken',
    (line) => line.indicator.reading,
  ),
  column.number(
    'niveau',
    'niveau dit kwartaal: klachten per 1.000 inwoners (complaintsTrend) of aandeel in %',
    (line) => line.indicator.current,
  ),
  column.number(
    'niveau_vorig_jaar',
    'het niveau in het vergelijkingskwartaal',
    (line) => line.indicator.previous,
  ),
  column.number(
    'verandering_percentage',
    'relatieve verandering van niveau tegen niveau_vorig_jaar, in %',
    (line) => line.indicator.changePercentage,
  ),
  column.number(
    'basis_aantal',
    'het aantal zaken waarop de indicator rust',
    (line) => line.indicator.baseCount,
  ),
  column.number(
    'basis_aantal_vorig_jaar',
    'hetzelfde in het vergelijkingskwartaal',
    (line) => line.indicator.previousBaseCount,
  ),
  column.number('oranje_vanaf', 'drempel voor oranje', (line) => line.indicator.amberFrom),
  column.number('rood_vanaf', 'drempel voor rood', (line) => line.indicator.redFrom),
  column.flag(
    'onderdrukt',
    'ja: de cijfers van deze indicator zijn afgeschermd (dan leeg, nooit 0); de kleur blijft',
    (line) => line.indicator.suppressed,
  ),
];

/** The thermometer as CSV: one line per domain and indicator, as GraphQL `domains { indicators }`. */
export function thermometerCsv(thermometer: Thermometer): string {
  return csvTable(
    THERMOMETER_COLUMNS,
    thermometer.domains.flatMap((domain) =>
      domain.indicators.map((indicator) => ({ period: thermometer.period, domain, indicator })),
    ),
  );
}
