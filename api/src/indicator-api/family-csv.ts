import { GranularityName } from '../metrics/catalog';
import { bucketOf } from '../metrics/periods';
import { IndicatorValue } from '../handling-times/models/indicator-value.model';
import { CsvColumn, csvColumns, csvTable } from './csv-columns';

/** What every family's GraphQL row has besides its values. */
export interface FamilyRow {
  period: string | null;
  complete: boolean;
  /** Absent for families whose GraphQL rows have no coverage (the column stays empty). */
  coverage?: { completeness: string };
  code: string | null;
  label: string | null;
}

/** The GraphQL fields of a row that are an IndicatorValue. */
export type ValueField<Row> = {
  [K in keyof Row]: Row[K] extends IndicatorValue ? K : never;
}[keyof Row] &
  string;

/** A value column of a family: its Dutch name, its meaning and the GraphQL field it writes. */
export interface FamilyValueColumn<Row> {
  name: string;
  meaning: string;
  field: ValueField<Row>;
}

/** How the rows were asked for: written in the fixed columns. */
export interface FamilyCsvContext {
  indicator: string;
  /** klacht or bezwaar. */
  family: string;
  granularity: GranularityName | null;
  /** The range the figures cover (widened to whole months for the aggregate-only roles). */
  range: { from: string; to: string };
  /** The filters as one text, e.g. `domein=wmo`. */
  filters: string;
}

interface FamilyLine<Row> {
  context: FamilyCsvContext;
  row: Row;
  period: { start: string; end: string };
}

/** Stands for the breakdown's parameter in the documented column names (`<uitsplitsing>_code`). */
export const BREAKDOWN_PLACEHOLDER = '<uitsplitsing>';

/** The columns of a family's file, in order; `breakdown` adds its code and label after the period. */
export function familyColumns<Row extends FamilyRow>(
  breakdown: string | null,
  valueColumns: readonly FamilyValueColumn<Row>[],
): CsvColumn<FamilyLine<Row>>[] {
  const column = csvColumns<FamilyLine<Row>>();
  return [
    column.text('indicator', 'de naam van het bestand, bv. handlingTimes', (line) => line.context.indicator),
    column.text('soort', 'klacht of bezwaar', (line) => line.context.family),
    column.text(
      'periode_van',
      'eerste dag van de periode van de rij (het vak van de indeling, of de hele periode)',
      (line) => line.period.start,
    ),
    column.text('periode_tot', 'laatste dag van de periode van de rij', (line) => line.period.end),
    column.flag(
      'periode_volledig',
      'ja: de periode ligt helemaal in de gevraagde periode en is voorbij',
      (line) => line.row.complete,
    ),
    column.text(
      'volledigheid',
      'definitief, voorlopig of nog_niet_geleverd (leeg bij klachten over wachttijd)',
      (line) => line.row.coverage?.completeness ?? null,
    ),
    ...(breakdown === null
      ? []
      : [
          column.text(
            `${breakdown}_code`,
            'code van het onderdeel van de uitsplitsing, bv. wmo (alleen met uitsplitsing)',
            (line) => line.row.code,
          ),
          column.text(
            breakdown,
            'naam van het onderdeel van de uitsplitsing, bv. Wmo (alleen met uitsplitsing)',
            (line) => line.row.label,
          ),
        ]),
    ...valueColumns.map(({ name, meaning, field }) =>
      column.disclosed(name, meaning, (line) => line.row[field] as IndicatorValue),
    ),
    column.text(
      'filters',
      'de filters van de vraag, bv. domein=wmo&lijn=eerste_lijn',
      (line) => line.context.filters,
    ),
  ];
}

/** A family's table as CSV: one line per GraphQL row, each value with its `_onderdrukt` column. */
export function familyCsv<Row extends FamilyRow>(
  context: FamilyCsvContext,
  breakdown: string | null,
  valueColumns: readonly FamilyValueColumn<Row>[],
  rows: readonly Row[],
): string {
  const lines = rows.map((row): FamilyLine<Row> => {
    const bucket =
      row.period !== null && context.granularity !== null ? bucketOf(row.period, context.granularity) : null;
    return {
      context,
      row,
      period: { start: bucket?.start ?? context.range.from, end: bucket?.end ?? context.range.to },
    };
  });
  return csvTable(familyColumns(breakdown, valueColumns), lines);
}
