import { Injectable, Logger, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { setImmediate as nextTick } from 'node:timers/promises';
import { AuditService } from '../audit/audit.service';
import { AuthenticatedUser } from '../auth/role';
import { renderInWorker } from './documents/render-in-worker';
import { Report } from './models/report.model';
import { ReportDocumentModel } from './models/report-document.model';
import { DOCUMENT_FORMATS, DocumentFormatName } from './report-document.entity';
import { DocumentRow, ReportsRepository } from './reports.repository';
import { ReportsService } from './reports.service';

export const DOCUMENT_TYPES: Record<DocumentFormatName, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export function mapDocument(row: DocumentRow): ReportDocumentModel {
  return {
    id: row.id,
    snapshotId: row.snapshot_id,
    format: row.format,
    status: row.status,
    progress: row.progress,
    error: row.error,
    downloadUrl: row.status === 'klaar' ? `/api/reports/documents/${row.id}` : null,
  };
}

/**
 * Documents are rendered from the snapshot's stored JSON (never from live data) in a worker thread,
 * after the request that asked for them has been answered, so the API's event loop stays free; the
 * worker's progress (between sections) is written to the document's row for the page to poll.
 */
@Injectable()
export class ReportDocumentsService {
  private readonly logger = new Logger(ReportDocumentsService.name);
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly repository: ReportsRepository,
    private readonly reports: ReportsService,
    private readonly audit: AuditService,
  ) {}

  async request(
    snapshotId: string,
    format: DocumentFormatName,
    user: AuthenticatedUser,
  ): Promise<ReportDocumentModel> {
    if (!DOCUMENT_FORMATS.includes(format)) throw new UnprocessableEntityException('onbekend formaat');
    const report = await this.reports.report(snapshotId, user);
    const id = await this.repository.insertDocument(snapshotId, format, user.id);
    await this.audit.record({
      user,
      action: 'report.document',
      entity: 'report_snapshot',
      entityId: snapshotId,
      details: { format },
    });
    const job = this.generate(id, format, report).finally(() => this.running.delete(job));
    this.running.add(job);
    return this.found(id, user);
  }

  async document(id: string, user: AuthenticatedUser): Promise<ReportDocumentModel | null> {
    if (!/^[0-9]{1,9}$/.test(id)) return null;
    const row = await this.repository.findDocument(id, user.municipalityCode, false);
    return row ? mapDocument(row) : null;
  }

  async download(
    id: string,
    user: AuthenticatedUser,
  ): Promise<{ content: Buffer; type: string; fileName: string }> {
    const row = /^[0-9]{1,9}$/.test(id)
      ? await this.repository.findDocument(id, user.municipalityCode, true)
      : null;
    if (!row?.content || row.status !== 'klaar') {
      throw new NotFoundException('document niet gevonden of nog niet klaar');
    }
    return {
      content: row.content,
      type: DOCUMENT_TYPES[row.format],
      fileName: `leerlus-rapport-${row.snapshot_id}.${row.format}`,
    };
  }

  /** Waits for every document being rendered (tests, shutdown). */
  async idle(): Promise<void> {
    await Promise.all([...this.running]);
  }

  private async generate(id: string, format: DocumentFormatName, report: Report): Promise<void> {
    try {
      await nextTick();
      await this.repository.progress(id, 'bezig', 1);
      // Progress writes are chained so they land in order, and awaited before the document is stored.
      let written = Promise.resolve();
      const content = await renderInWorker(format, report, (done) => {
        const percent = Math.max(1, Math.min(99, Math.round(done * 100)));
        written = written.then(() => this.repository.progress(id, 'bezig', percent));
      });
      await written;
      await this.repository.finish(id, content);
    } catch (error) {
      this.logger.error(
        `document ${id} (${format}) failed`,
        error instanceof Error ? error.stack : String(error),
      );
      await this.repository.fail(id, 'Het document kon niet worden gemaakt.').catch(() => undefined);
    }
  }

  private async found(id: string, user: AuthenticatedUser): Promise<ReportDocumentModel> {
    const document = await this.document(id, user);
    if (!document) throw new NotFoundException('document niet gevonden');
    return document;
  }
}
