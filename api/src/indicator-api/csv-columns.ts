import { csvCell } from '@leerlus/etl';
import { IndicatorValue } from '../handling-times/models/indicator-value.model';

const yesNo = (value: boolean): string => (value ? 'ja' : 'nee');

/**
 * A number as Dutch Excel, readr::read_csv2 and Power BI (culture nl-NL) read it with `;` as
 * separator: a decimal comma, no thousands separator, all the digits GraphQL gives.
 */
function dutchNumber(value: number | null): string {
  return value === null ? '' : String(value).replace('.', ',');
}

/** Lines of cells in the app's CSV convention: `;`, UTF-8 with BOM, CRLF, formula triggers neutralised. */
function csvDocument(lines: string[][]): string {
  return `\ufeff${lines.map((cells) => cells.map(csvCell).join(';')).join('\r\n')}\r\n`;
}

/** The column after a withheld-able value: `ja` when disclosure control withheld it. */
export const SUPPRESSED_SUFFIX = '_onderdrukt';

/**
 * One column of a CSV file: its Dutch name (lowercase, underscores), what it means (written in the
 * index and on the API page) and its cell for a line. A `disclosed` column is two columns: the number
 * (empty when withheld, never 0) and `<name>_onderdrukt` (ja/nee).
 */
export type CsvColumn<Line> =
  | { kind: 'text'; name: string; meaning: string; cell(line: Line): string | null }
  | { kind: 'number'; name: string; meaning: string; cell(line: Line): number | null }
  | { kind: 'flag'; name: string; meaning: string; cell(line: Line): boolean }
  | { kind: 'disclosed'; name: string; meaning: string; cell(line: Line): IndicatorValue };

/** A column name and its meaning, as the index and the API page list them. */
export interface CsvColumnDescription {
  name: string;
  meaning: string;
}

/** The column constructors for the lines of one file (so `line` is typed in each cell function). */
export function csvColumns<Line>() {
  return {
    text: (name: string, meaning: string, cell: (line: Line) => string | null): CsvColumn<Line> => ({
      kind: 'text',
      name,
      meaning,
      cell,
    }),
    number: (name: string, meaning: string, cell: (line: Line) => number | null): CsvColumn<Line> => ({
      kind: 'number',
      name,
      meaning,
      cell,
    }),
    flag: (name: string, meaning: string, cell: (line: Line) => boolean): CsvColumn<Line> => ({
      kind: 'flag',
      name,
      meaning,
      cell,
    }),
    disclosed: (name: string, meaning: string, cell: (line: Line) => IndicatorValue): CsvColumn<Line> => ({
      kind: 'disclosed',
      name,
      meaning,
      cell,
    }),
  };
}

function cells<Line>(column: CsvColumn<Line>, line: Line): string[] {
  switch (column.kind) {
    case 'text':
      return [column.cell(line) ?? ''];
    case 'number':
      return [dutchNumber(column.cell(line))];
    case 'flag':
      return [yesNo(column.cell(line))];
    case 'disclosed': {
      const value = column.cell(line);
      return [dutchNumber(value.value), yesNo(value.suppressed)];
    }
  }
}

/** Every column of the file as written, `_onderdrukt` columns included, with its meaning. */
export function describeColumns<Line>(columns: readonly CsvColumn<Line>[]): CsvColumnDescription[] {
  return columns.flatMap((column) =>
    column.kind === 'disclosed'
      ? [
          { name: column.name, meaning: column.meaning },
          {
            name: `${column.name}${SUPPRESSED_SUFFIX}`,
            meaning: `ja: ${column.name} is afgeschermd (kleine aantallen); ${column.name} is dan leeg, nooit 0`,
          },
        ]
      : [{ name: column.name, meaning: column.meaning }],
  );
}

/** The file: a header of the column names, then one line of cells per line, in the app's CSV convention. */
export function csvTable<Line>(columns: readonly CsvColumn<Line>[], lines: readonly Line[]): string {
  return csvDocument([
    describeColumns(columns).map((column) => column.name),
    ...lines.map((line) => columns.flatMap((column) => cells(column, line))),
  ]);
}
