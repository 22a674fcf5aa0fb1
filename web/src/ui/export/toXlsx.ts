import { MISSING_VALUE, SUPPRESSED_EXPLANATION, SUPPRESSED_VALUE } from '@/lib/format';
import { guardFormula } from '@/ui/export/guardFormula';
import { hasSuppressedCell } from '@/ui/table/hasSuppressedCell';
import type { CellFormat, TableCell, TableData } from '@/ui/table/tableData';

const NUMBER_FORMATS: { readonly [F in CellFormat]: string } = {
  number: '#,##0.#',
  signedNumber: '+#,##0.#;-#,##0.#;0',
  percentagePoints: '+#,##0.#;-#,##0.#;0',
  percent: '0.0%',
  changePercentage: '+0.0%;-0.0%;0.0%',
};

function cellValue(cell: TableCell): string | number {
  if (cell.kind === 'text') return guardFormula(cell.text);
  if (cell.suppressed) return SUPPRESSED_VALUE;
  if (cell.value === null) return MISSING_VALUE;
  return cell.format === 'changePercentage' ? cell.value / 100 : cell.value;
}

/**
 * The table as an Excel workbook: numbers stay numbers (with a format), suppressed cells are the
 * text "×", never 0. exceljs is large, so it is loaded only when someone clicks the button.
 */
export async function toXlsx(table: TableData): Promise<Blob> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Leerlus';
  const sheet = workbook.addWorksheet('Gegevens');
  const header = sheet.addRow(
    [table.rowHeaderLabel, ...table.columns.map((column) => column.label)].map(guardFormula),
  );
  header.font = { bold: true };
  for (const row of table.rows) {
    const added = sheet.addRow([guardFormula(row.header), ...row.cells.map(cellValue)]);
    row.cells.forEach((cell, index) => {
      if (cell.kind === 'value') {
        const target = added.getCell(index + 2);
        target.alignment = { horizontal: 'right' };
        if (typeof target.value === 'number') target.numFmt = NUMBER_FORMATS[cell.format];
      }
    });
  }
  sheet.getColumn(1).width = 32;
  const notes = workbook.addWorksheet('Toelichting');
  notes.addRow([guardFormula(table.caption)]);
  if (hasSuppressedCell(table)) notes.addRow([`${SUPPRESSED_VALUE}: ${SUPPRESSED_EXPLANATION}`]);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}
