import { Report } from '../models/report.model';
import { DocumentFormatName } from '../report-document.entity';
import { renderDocx } from './render-docx';
import { renderPdf } from './render-pdf';
import { RenderProgress } from './render-progress';
import { renderXlsx } from './render-xlsx';

export const RENDERERS: Record<
  DocumentFormatName,
  (report: Report, progress: RenderProgress) => Promise<Buffer>
> = {
  pdf: renderPdf,
  docx: renderDocx,
  xlsx: renderXlsx,
};
