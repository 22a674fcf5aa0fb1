import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DocumentFormatName, DocumentStatusName } from './report-document.entity';
import { ReportKindName } from './report-snapshot.entity';

export interface SnapshotRow {
  id: string;
  municipality_code: string | null;
  kind: ReportKindName;
  title: string;
  period_start: string;
  period_end: string;
  version: number;
  sha256: string;
  data_as_of: Date;
  created_at: Date;
  created_by: string | null;
}

export interface NewSnapshot {
  municipalityCode: string | null;
  kind: ReportKindName;
  title: string;
  periodStart: string;
  periodEnd: string;
  content: string;
  sha256: string;
  dataAsOf: string;
  createdBy: number | null;
}

export interface DocumentRow {
  id: string;
  snapshot_id: string;
  format: DocumentFormatName;
  status: DocumentStatusName;
  progress: number;
  error: string | null;
}

const SNAPSHOT_COLUMNS = `s.id::text, s.municipality_code, s.kind, s.title, s.period_start::text, s.period_end::text,
  s.version, s.sha256, s.data_as_of, s.created_at, u.display_name AS created_by`;
/** A user scoped to one municipality sees only that municipality's snapshots. */
const IN_SCOPE = `($1::text IS NULL OR s.municipality_code = $1)`;

@Injectable()
export class ReportsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Inserts the next version for this kind, period and municipality; returns its id. */
  freeze(snapshot: NewSnapshot): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('report_snapshot_version'))`);
      const rows = await manager.query<{ id: string }[]>(
        `INSERT INTO report_snapshot (municipality_code, kind, title, period_start, period_end, version, content,
           sha256, data_as_of, created_by)
         SELECT $1, $2, $3, $4, $5, coalesce(max(version), 0) + 1, $6, $7, $8, $9
           FROM report_snapshot
          WHERE kind = $2 AND period_start = $4 AND period_end = $5 AND municipality_code IS NOT DISTINCT FROM $1
         RETURNING id::text`,
        [
          snapshot.municipalityCode,
          snapshot.kind,
          snapshot.title,
          snapshot.periodStart,
          snapshot.periodEnd,
          snapshot.content,
          snapshot.sha256,
          snapshot.dataAsOf,
          snapshot.createdBy,
        ],
      );
      const id = rows[0]?.id;
      if (!id) throw new Error('report_snapshot insert returned no id');
      return id;
    });
  }

  list(scope: string | null): Promise<SnapshotRow[]> {
    return this.dataSource.query<SnapshotRow[]>(
      `SELECT ${SNAPSHOT_COLUMNS} FROM report_snapshot s LEFT JOIN app_user u ON u.id = s.created_by
        WHERE ${IN_SCOPE} ORDER BY s.created_at DESC, s.id DESC`,
      [scope],
    );
  }

  async find(id: string, scope: string | null): Promise<(SnapshotRow & { content: string }) | null> {
    const rows = await this.dataSource.query<(SnapshotRow & { content: string })[]>(
      `SELECT ${SNAPSHOT_COLUMNS}, s.content FROM report_snapshot s LEFT JOIN app_user u ON u.id = s.created_by
        WHERE ${IN_SCOPE} AND s.id = $2::integer`,
      [scope, id],
    );
    return rows[0] ?? null;
  }

  async insertDocument(snapshotId: string, format: DocumentFormatName, userId: number): Promise<string> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `INSERT INTO report_document (snapshot_id, format, requested_by) VALUES ($1, $2, $3) RETURNING id::text`,
      [snapshotId, format, userId],
    );
    const id = rows[0]?.id;
    if (!id) throw new Error('report_document insert returned no id');
    return id;
  }

  async progress(id: string, status: DocumentStatusName, progress: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE report_document SET status = $2, progress = $3 WHERE id = $1::integer`,
      [id, status, progress],
    );
  }

  async finish(id: string, content: Buffer): Promise<void> {
    await this.dataSource.query(
      `UPDATE report_document SET status = 'klaar', progress = 100, content = $2, finished_at = now()
        WHERE id = $1::integer`,
      [id, content],
    );
  }

  async fail(id: string, error: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE report_document SET status = 'mislukt', error = $2, finished_at = now() WHERE id = $1::integer`,
      [id, error],
    );
  }

  /** A document of a snapshot in scope, with its bytes when `withContent`. */
  async findDocument(
    id: string,
    scope: string | null,
    withContent: boolean,
  ): Promise<(DocumentRow & { content: Buffer | null }) | null> {
    const rows = await this.dataSource.query<(DocumentRow & { content: Buffer | null })[]>(
      `SELECT d.id::text, d.snapshot_id::text, d.format, d.status, d.progress, d.error,
              ${withContent ? 'd.content' : 'NULL::bytea AS content'}
         FROM report_document d JOIN report_snapshot s ON s.id = d.snapshot_id
        WHERE ${IN_SCOPE} AND d.id = $2::integer`,
      [scope, id],
    );
    return rows[0] ?? null;
  }
}
