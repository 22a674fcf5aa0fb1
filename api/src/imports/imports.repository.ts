import { Injectable } from '@nestjs/common';
import { IMPORT_LOCK_KEY } from '@leerlus/etl';
import { DataSource } from 'typeorm';
import { ImportRecord } from './import.entity';
import { RejectedRow } from './rejected-row.entity';

/** Reads of the `import` and `rejected_row` tables; the ETL writes them. */
@Injectable()
export class ImportsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Newest first; `municipality` null: every municipality. */
  async list(
    municipality: string | null,
    limit: number,
    offset: number,
  ): Promise<{ rows: ImportRecord[]; total: number }> {
    const [rows, total] = await this.dataSource.getRepository(ImportRecord).findAndCount({
      where: municipality === null ? {} : { municipalityCode: municipality },
      order: { id: 'DESC' },
      take: limit,
      skip: offset,
    });
    return { rows, total };
  }

  findOne(id: string, municipality: string | null): Promise<ImportRecord | null> {
    return this.dataSource
      .getRepository(ImportRecord)
      .findOneBy(municipality === null ? { id } : { id, municipalityCode: municipality });
  }

  async rejectedRows(
    importId: string,
    limit: number,
    offset: number,
  ): Promise<{ rows: RejectedRow[]; total: number }> {
    const [rows, total] = await this.dataSource.getRepository(RejectedRow).findAndCount({
      select: { id: true, rowNumber: true, columnName: true, value: true, reason: true },
      where: { importId },
      order: { rowNumber: 'ASC', id: 'ASC' },
      take: limit,
      skip: offset,
    });
    return { rows, total };
  }

  /** The import marked running, if any (while the ETL holds the import lock it is that import). */
  async runningImportId(): Promise<string | null> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      "SELECT id::text AS id FROM import WHERE status = 'running' ORDER BY id DESC LIMIT 1",
    );
    return rows[0]?.id ?? null;
  }

  /** Marks one import failed (its worker died); no-op when it already finished. */
  async failImport(id: string, message: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE import SET status = 'failed', error = $2, finished_at = now()
        WHERE id = $1 AND status IN ('running', 'pending')`,
      [id, message],
    );
  }

  /** Marks imports left 'running' or 'pending' by a process that died as failed; their ids. */
  async failAbandoned(message: string): Promise<string[]> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      // Through a CTE: TypeORM answers a bare UPDATE … RETURNING with [rows, count].
      `WITH failed AS (
         UPDATE import SET status = 'failed', error = $1, finished_at = now()
          WHERE status IN ('running', 'pending') RETURNING id)
       SELECT id::text AS id FROM failed`,
      [message],
    );
    return rows.map((row) => row.id);
  }

  /** Whether some session (the CLI, another API process) holds the ETL's import lock. */
  async importLockHeld(): Promise<boolean> {
    // pg_advisory_lock(bigint) shows as classid = high 32 bits, objid = low 32 bits, objsubid = 1.
    // pg_locks covers the whole cluster; advisory locks belong to one database (another installation,
    // or another test database, on the same server is not busy for us).
    const rows = await this.dataSource.query<{ held: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND classid = 0 AND objid = $1
         AND objsubid = 1 AND granted
         AND database = (SELECT oid FROM pg_database WHERE datname = current_database())) AS held`,
      [IMPORT_LOCK_KEY],
    );
    return rows[0]?.held ?? false;
  }
}
