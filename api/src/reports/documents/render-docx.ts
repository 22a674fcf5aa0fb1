import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  Header,
} from 'docx';
import { Report, ReportTable } from '../models/report.model';
import { COUNCIL_FIGURES_NOTE, dutchDate } from '../report-cells';
import { RenderProgress } from './render-progress';

function cell(text: string, header: boolean): TableCell {
  return new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold: header })] })] });
}

function table(report: ReportTable): (Paragraph | Table)[] {
  const rows = [
    new TableRow({ tableHeader: true, children: report.columns.map((column) => cell(column, true)) }),
    ...report.rows.map(
      (row) =>
        new TableRow({
          children: [cell(row.label, true), ...row.cells.map((text) => cell(text, false))],
        }),
    ),
  ];
  return [
    new Paragraph({ text: report.caption, heading: HeadingLevel.HEADING_3 }),
    ...(report.summary ? [new Paragraph({ text: report.summary })] : []),
    new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }),
  ];
}

/**
 * An editable Word document of a frozen report, for the college's P&C paragraph: headings per section,
 * the college's words, and tables with a repeating header row. The date stamp and filters in the header.
 */
export async function renderDocx(report: Report, progress: RenderProgress): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: report.title, heading: HeadingLevel.TITLE }),
    new Paragraph({
      text: `Vastgesteld met gegevens tot ${dutchDate(report.dataAsOf)}. ${COUNCIL_FIGURES_NOTE}`,
    }),
    ...report.filters.map((filter) => new Paragraph({ text: `${filter.label}: ${filter.value}` })),
  ];
  for (const [index, section] of report.sections.entries()) {
    children.push(new Paragraph({ text: section.title, heading: HeadingLevel.HEADING_1 }));
    children.push(new Paragraph({ text: section.intro }));
    for (const paragraph of (section.text ?? '').split(/\n+/).filter(Boolean)) {
      children.push(new Paragraph({ text: paragraph }));
    }
    for (const entry of section.tables) children.push(...table(entry));
    await progress(((index + 1) / report.sections.length) * 0.9);
  }
  const stamp = `Gegevens tot ${dutchDate(report.dataAsOf)} · ${report.filters.map((f) => `${f.label}: ${f.value}`).join(' · ')}`;
  const document = new Document({
    title: report.title,
    creator: 'Leerlus',
    sections: [
      { headers: { default: new Header({ children: [new Paragraph({ text: stamp })] }) }, children },
    ],
  });
  return Packer.toBuffer(document);
}
