import PDFDocument from 'pdfkit';
import { Report, ReportTable } from '../models/report.model';
import { COUNCIL_FIGURES_NOTE, dutchDate, row, textCell } from '../report-cells';
import { RenderProgress } from './render-progress';

const MARGIN = 50;
const HEADER_HEIGHT = 34;
const FONT = 'Helvetica';
const BOLD = 'Helvetica-Bold';
const CELL_PADDING = 3;
const CHART_BAR_HEIGHT = 12;

/** pdfkit writes these structure attributes (Table Scope, Layout BBox); its type definitions lack them. */
type StructOptions = PDFKit.Mixins.StructureElementOptions & {
  scope?: 'Row' | 'Column' | 'Both';
  bbox?: [number, number, number, number];
};

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

/**
 * A tagged PDF (structure tree with H1/H2, P, Table/TR/TH/TD with the header cells' scope — Column for
 * the header row, Row for each row's label — and Figure with alt text and its bounding box; language
 * nl-NL; the title shown in the window) of a frozen report. Every page carries the date stamp and the
 * filters as a pagination artifact. Page breaks are placed by hand so no marked content spans pages.
 */
export async function renderPdf(report: Report, progress: RenderProgress): Promise<Buffer> {
  const doc = new PDFDocument({
    tagged: true,
    lang: 'nl-NL',
    displayTitle: true,
    pdfVersion: '1.7',
    autoFirstPage: false,
    size: 'A4',
    margins: { top: MARGIN + HEADER_HEIGHT, bottom: MARGIN, left: MARGIN, right: MARGIN },
    info: { Title: report.title, Author: 'Leerlus', Subject: 'Klachten en signalen sociaal domein' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const writer = new PdfWriter(doc, report);
  writer.newPage();
  const document = doc.struct('Document');
  doc.addStructure(document);
  writer.heading(document, 'H1', report.title, 18);
  writer.paragraph(
    document,
    `Vastgesteld met gegevens tot ${dutchDate(report.dataAsOf)}. ${COUNCIL_FIGURES_NOTE}`,
  );
  writer.table(document, {
    caption: 'Filters',
    columns: ['Filter', 'Waarde'],
    rows: report.filters.map((filter) => row(filter.label, [textCell(filter.value)])),
    summary: null,
  });
  for (const [index, section] of report.sections.entries()) {
    const sect = doc.struct('Sect');
    document.add(sect);
    writer.heading(sect, 'H2', section.title, 14);
    writer.paragraph(sect, section.intro);
    if (section.text) {
      for (const paragraph of section.text.split(/\n+/)) writer.paragraph(sect, paragraph);
    }
    for (const table of section.tables) {
      if (table.summary) writer.chart(sect, table);
      writer.table(sect, table);
    }
    sect.end();
    await progress((index + 1) / report.sections.length);
  }
  document.end();
  doc.end();
  return finished;
}

class PdfWriter {
  private readonly width: number;

  constructor(
    private readonly doc: Doc,
    private readonly report: Report,
  ) {
    this.width = 595.28 - 2 * MARGIN;
  }

  newPage(): void {
    this.doc.addPage();
    const stamp = `${this.report.title} · gegevens tot ${dutchDate(this.report.dataAsOf)} · ${this.report.filters
      .map((filter) => `${filter.label}: ${filter.value}`)
      .join(' · ')}`;
    this.doc.markContent('Artifact', { type: 'Pagination' });
    this.doc.font(FONT).fontSize(7).fillColor('#444444');
    this.doc.text(stamp, MARGIN, MARGIN - 10, { width: this.width, height: HEADER_HEIGHT, ellipsis: true });
    this.doc.endMarkedContent();
    this.doc.fillColor('#000000');
    this.doc.x = MARGIN;
    this.doc.y = MARGIN + HEADER_HEIGHT;
  }

  private ensureSpace(height: number): void {
    if (this.doc.y + height > this.doc.page.height - MARGIN) this.newPage();
  }

  heading(parent: Struct, tag: 'H1' | 'H2', text: string, size: number): void {
    this.doc.font(BOLD).fontSize(size);
    this.ensureSpace(this.doc.heightOfString(text, { width: this.width }) + 40);
    const y = this.doc.y + 6;
    parent.add(this.doc.struct(tag, {}, () => this.doc.text(text, MARGIN, y, { width: this.width })));
    this.doc.moveDown(0.4);
  }

  paragraph(parent: Struct, text: string): void {
    this.doc.font(FONT).fontSize(10);
    this.ensureSpace(this.doc.heightOfString(text, { width: this.width }) + 4);
    const y = this.doc.y;
    parent.add(this.doc.struct('P', {}, () => this.doc.text(text, MARGIN, y, { width: this.width })));
    this.doc.moveDown(0.5);
  }

  /** Horizontal bars of the table's first column, as a Figure whose alt text is the table summary. */
  chart(parent: Struct, table: ReportTable): void {
    const bars = table.rows.map((entry) => ({ label: entry.label, value: entry.values[0] ?? 0 }));
    const max = Math.max(1, ...bars.map((bar) => bar.value));
    const labelWidth = 150;
    this.ensureSpace(bars.length * (CHART_BAR_HEIGHT + 3) + 10);
    const top = this.doc.y;
    const height = bars.length * (CHART_BAR_HEIGHT + 3);
    const figure: StructOptions = {
      alt: table.summary ?? table.caption,
      bbox: [MARGIN, top, MARGIN + this.width, top + height],
    };
    parent.add(
      this.doc.struct('Figure', figure, () => {
        bars.forEach((bar, index) => {
          const y = top + index * (CHART_BAR_HEIGHT + 3);
          this.doc.font(FONT).fontSize(8).fillColor('#000000');
          this.doc.text(bar.label, MARGIN, y + 2, {
            width: labelWidth - 6,
            lineBreak: false,
            ellipsis: true,
          });
          const length = ((this.width - labelWidth) * bar.value) / max;
          this.doc.rect(MARGIN + labelWidth, y, Math.max(length, 0.5), CHART_BAR_HEIGHT).fill('#1f5f8b');
        });
        this.doc.fillColor('#000000');
      }),
    );
    this.doc.x = MARGIN;
    this.doc.y = top + height + 8;
  }

  table(parent: Struct, table: ReportTable): void {
    const columnWidth = this.width / table.columns.length;
    const fontSize = table.columns.length > 6 ? 7 : 8.5;
    const tableStruct = this.doc.struct('Table');
    parent.add(tableStruct);
    this.doc.font(BOLD).fontSize(10);
    this.ensureSpace(40);
    const captionY = this.doc.y;
    tableStruct.add(
      this.doc.struct('Caption', {}, () =>
        this.doc.text(table.caption, MARGIN, captionY, { width: this.width }),
      ),
    );
    this.doc.moveDown(0.2);
    const header = table.columns;
    const drawRow = (texts: readonly string[], isHeader: boolean): void => {
      this.doc.font(isHeader ? BOLD : FONT).fontSize(fontSize);
      const height =
        Math.max(
          ...texts.map((text) => this.doc.heightOfString(text, { width: columnWidth - 2 * CELL_PADDING })),
        ) +
        2 * CELL_PADDING;
      if (this.doc.y + height > this.doc.page.height - MARGIN) {
        this.newPage();
        if (!isHeader) drawRow(header, true);
      }
      const y = this.doc.y;
      const tr = this.doc.struct('TR');
      tableStruct.add(tr);
      texts.forEach((text, column) => {
        const x = MARGIN + column * columnWidth;
        const tag = isHeader || column === 0 ? 'TH' : 'TD';
        const options: StructOptions = tag === 'TD' ? {} : { scope: isHeader ? 'Column' : 'Row' };
        tr.add(
          this.doc.struct(tag, options, () => {
            this.doc.font(isHeader ? BOLD : FONT).fontSize(fontSize);
            this.doc.text(text, x + CELL_PADDING, y + CELL_PADDING, {
              width: columnWidth - 2 * CELL_PADDING,
            });
          }),
        );
      });
      tr.end();
      this.doc.markContent('Artifact', { type: 'Layout' });
      this.doc
        .moveTo(MARGIN, y + height)
        .lineTo(MARGIN + this.width, y + height)
        .lineWidth(isHeader ? 1 : 0.3)
        .stroke('#888888');
      this.doc.endMarkedContent();
      this.doc.x = MARGIN;
      this.doc.y = y + height;
    };
    drawRow(header, true);
    if (table.rows.length === 0) {
      drawRow(['Geen gegevens in deze periode', ...header.slice(1).map(() => '')], false);
    }
    for (const entry of table.rows) drawRow([entry.label, ...entry.cells], false);
    tableStruct.end();
    this.doc.moveDown(0.8);
  }
}
