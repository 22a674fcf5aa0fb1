import ExcelJS from 'exceljs';
import { Report } from '../models/report.model';
import { dutchDate } from '../report-cells';
import { RenderProgress } from './render-progress';

/** Excel forbids these in sheet names, and allows at most 31 characters. */
const sheetName = (title: string, index: number): string =>
  `${index + 1} ${title.replace(/[\\/?*[\]:']/g, ' ')}`.slice(0, 31);

/**
 * A workbook of a frozen report: a sheet with the title, date stamp and filters, then one sheet per
 * section with its tables. Numbers are numbers; a withheld figure is the text "afgeschermd", never 0.
 */
export async function renderXlsx(report: Report, progress: RenderProgress): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Leerlus';
  workbook.title = report.title;
  const about = workbook.addWorksheet('Over dit rapport');
  about.addRow([report.title]).font = { bold: true, size: 14 };
  about.addRow([`Gegevens tot ${dutchDate(report.dataAsOf)}`]);
  for (const filter of report.filters) about.addRow([filter.label, filter.value]);
  for (const [index, section] of report.sections.entries()) {
    const sheet = workbook.addWorksheet(sheetName(section.title, index));
    sheet.addRow([section.title]).font = { bold: true, size: 13 };
    sheet.addRow([section.intro]);
    if (section.text) sheet.addRow([section.text]);
    for (const table of section.tables) {
      sheet.addRow([]);
      sheet.addRow([table.caption]).font = { bold: true };
      sheet.addRow(table.columns).font = { bold: true };
      for (const row of table.rows) {
        sheet.addRow([row.label, ...row.cells.map((text, index) => row.values[index] ?? text)]);
      }
    }
    sheet.getColumn(1).width = 40;
    await progress(((index + 1) / report.sections.length) * 0.9);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
