/** How a value cell is written; the same choice drives the screen, the CSV and the XLSX. */
export type CellFormat = 'number' | 'percent' | 'signedNumber' | 'changePercentage' | 'percentagePoints';

export type TableCell =
  | { kind: 'text'; text: string }
  | {
      kind: 'value';
      value: number | null;
      /** Withheld by disclosure control: shown and exported as SUPPRESSED_VALUE ("×"), never as 0. */
      suppressed: boolean;
      format: CellFormat;
    };

export interface TableColumn {
  key: string;
  label: string;
}

export interface TableRow {
  key: string;
  /** The first cell, a row header (<th scope="row">). */
  header: string;
  /** One per column, in column order. */
  cells: readonly TableCell[];
}

/**
 * The data behind a chart, exactly as the table shows it: the table, the CSV and the XLSX are all
 * written from this one structure, so an export can never differ from the screen.
 */
export interface TableData {
  caption: string;
  /** Label of the row-header column, e.g. "Thema" or "Periode". */
  rowHeaderLabel: string;
  columns: readonly TableColumn[];
  rows: readonly TableRow[];
}
