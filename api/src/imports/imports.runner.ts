import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import {
  ABORTED_MESSAGE,
  exportRejectedRows,
  type FilePreview,
  ImportBusyError,
  ImportUsageError,
  type ImportProgress,
  type ImportSummary,
  listStoredProfiles,
  type LoadedProfile,
  previewFile,
  resolveProfile,
  type StoredProfileListing,
  type Target,
} from '@leerlus/etl';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { Pool } from 'pg';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { IMPORTS_CONFIG, ImportsConfig } from './imports.config';
import { ImportsRepository } from './imports.repository';
import { importInWorker, ImportWorkerDiedError } from './import-isolation';
import { ImportProgressView } from './models/import.model';

export interface RunRequest {
  /** The stored upload; its directory is removed when the import has finished. */
  file: string;
  uploadDir: string;
  /** The profile as loaded (from etl/profiles or from the database), never a name the caller typed. */
  profile: LoadedProfile;
  municipalityCode: string | undefined;
  startedBy: string;
}

interface Job {
  importId: string | null;
  progress: ImportProgress;
  startedAt: number;
}

export const BUSY_MESSAGE =
  'Er loopt al een import; wacht tot die klaar is (zie de lijst met imports) en probeer het daarna opnieuw.';

/** Waits for the promise, but no longer than `ms` (its outcome is not passed on). */
async function settledWithin(promise: Promise<unknown>, ms: number): Promise<void> {
  await Promise.race([promise, new Promise((resolve) => setTimeout(resolve, ms).unref())]);
}

/** Pure: the published progress of a running job. */
export function mapProgress(progress: ImportProgress, startedAt: number, now: number): ImportProgressView {
  const elapsedSeconds = Math.max(0, (now - startedAt) / 1000);
  const readDone = progress.phase === 'samenvoegen' || progress.phase === 'klaar';
  return {
    phase: progress.phase,
    rowsRead: progress.rowsRead,
    rowsRejected: progress.rowsRejected,
    bytesRead: progress.bytesRead,
    totalBytes: progress.totalBytes,
    percent: readDone
      ? 100
      : progress.totalBytes > 0
        ? Math.min(100, Math.round((progress.bytesRead / progress.totalBytes) * 1000) / 10)
        : null,
    rowsPerSecond: elapsedSeconds > 0 ? Math.round(progress.rowsRead / elapsedSeconds) : null,
    elapsedSeconds: Math.round(elapsedSeconds * 10) / 10,
  };
}

/**
 * Runs uploaded files through the ETL's importFile in the background, one at a time in this process
 * (the ETL's advisory lock covers other processes), keeps their progress in memory and deletes each
 * upload as soon as its import has finished.
 */
@Injectable()
export class ImportsRunner implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(ImportsRunner.name);
  private readonly pool: Pool;
  private readonly databaseUrl: string;
  private current: Job | null = null;
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    @Inject(APP_CONFIG) appConfig: AppConfig,
    @Inject(IMPORTS_CONFIG) private readonly config: ImportsConfig,
    private readonly repository: ImportsRepository,
  ) {
    this.databaseUrl = appConfig.databaseUrl;
    this.pool = new Pool({ connectionString: appConfig.databaseUrl, max: 3 });
    this.pool.on('error', (error) => this.logger.warn(`ETL pool: ${error.message}`));
  }

  /**
   * Recovery after a process died mid-import (killed, out of memory): with no import running anywhere
   * (no session holds the import lock) its import is marked failed and every upload is removed; else
   * only uploads older than staleUploadMs go. Uploads hold personal data and will never be imported.
   */
  async onModuleInit(): Promise<void> {
    await mkdir(this.config.uploadsDir, { recursive: true, mode: 0o700 });
    const idle = !(await this.repository.importLockHeld());
    if (idle) {
      const abandoned = await this.repository.failAbandoned(ABORTED_MESSAGE);
      if (abandoned.length > 0) {
        this.logger.warn(`Afgebroken import(s) ${abandoned.join(', ')} gemarkeerd als mislukt`);
      }
    }
    const now = Date.now();
    for (const entry of await readdir(this.config.uploadsDir)) {
      const path = join(this.config.uploadsDir, entry);
      const info = await stat(path).catch(() => null);
      if (info && (idle || now - info.mtimeMs > this.config.staleUploadMs)) {
        await rm(path, { recursive: true, force: true });
        this.logger.warn(`Achtergebleven upload ${entry} verwijderd`);
      }
    }
  }

  async onModuleDestroy(): Promise<void> {
    // Do not wait for a long import: the ETL marks an import whose process stopped as failed, and
    // PostgreSQL rolls its data back.
    await settledWithin(this.running, 2000);
    await settledWithin(this.pool.end(), 2000);
  }

  /** Progress of the import with this id, when it runs in this process. */
  progressOf(importId: string): ImportProgressView | null {
    const job = this.current;
    if (!job || job.importId !== importId) return null;
    return mapProgress(job.progress, job.startedAt, Date.now());
  }

  /**
   * Starts the import and resolves with its id as soon as the ETL has created the import row.
   * Rejects (and removes the upload) when nothing could be started: ImportBusyError,
   * ImportUsageError, ProfileError.
   */
  async start(request: RunRequest): Promise<{ importId: string; summary: Promise<ImportSummary> }> {
    // An import whose result is already stored still closes its worker for a moment: an upload right after
    // it finished waits for that (at most 2 s) instead of being refused as busy.
    if (this.current) await settledWithin(this.running, 2000);
    if (this.current) {
      await this.discard(request.uploadDir);
      throw new ImportBusyError(BUSY_MESSAGE);
    }
    const job: Job = {
      importId: null,
      progress: { phase: 'wachten', rowsRead: 0, rowsRejected: 0, bytesRead: 0, totalBytes: 0 },
      startedAt: Date.now(),
    };
    this.current = job;
    try {
      if (await this.repository.importLockHeld()) throw new ImportBusyError(BUSY_MESSAGE);
    } catch (error) {
      this.current = null;
      await this.discard(request.uploadDir);
      throw error;
    }

    let identified: (id: string) => void = () => undefined;
    const importId = new Promise<string>((resolve) => {
      identified = (id) => {
        if (job.importId === null) job.importId = id;
        resolve(job.importId);
      };
    });
    let identifying = false;
    const identify = (): void => {
      if (identifying || job.importId !== null) return;
      identifying = true;
      // Past the lock the ETL has created its row; while it holds the lock no other import is running.
      this.repository.runningImportId().then(
        (id) => {
          if (id !== null) identified(id);
          else identifying = false;
        },
        () => {
          identifying = false;
        },
      );
    };

    const summary = importInWorker(
      {
        databaseUrl: this.databaseUrl,
        options: {
          file: request.file,
          profile: request.profile,
          municipalityCode: request.municipalityCode,
          startedBy: request.startedBy,
          dataDir: this.config.dataDir,
          lockTimeoutMs: this.config.lockTimeoutMs,
        },
      },
      this.config.importMaxHeapMb,
      {
        log: (message) => this.logger.log(message),
        onProgress: (progress) => {
          job.progress = progress;
          if (progress.phase !== 'wachten') identify();
        },
      },
    ).catch(async (error: unknown) => {
      // A dead worker left its import 'running': fail it with the reason (the upload goes below).
      if (error instanceof ImportWorkerDiedError) await this.failDead(job, error.message);
      throw error;
    });
    const finished = summary
      .then((result) => {
        identified(result.importId);
        this.logger.log(`Import #${result.importId}: ${result.status}`);
      })
      .catch((error: unknown) => {
        if (job.importId !== null) {
          this.logger.error(`Import #${job.importId}: ${(error as Error).message}`);
        }
      })
      .finally(async () => {
        await this.discard(request.uploadDir);
        this.current = null;
      });
    this.running = finished;
    // Whichever comes first: the row exists, or importFile refused to start.
    const id = await Promise.race([importId, summary.then((result) => result.importId)]).catch(
      (error: unknown) => {
        // A worker that died early: its import (when it had one) is failed with the reason.
        if (!(error instanceof ImportWorkerDiedError)) throw error;
        if (job.importId !== null) return job.importId;
        throw new ImportUsageError(error.message);
      },
    );
    return { importId: id, summary };
  }

  /** What importing `file` with the profile would do; nothing is stored. */
  preview(
    file: string,
    name: string,
    profile: LoadedProfile | undefined,
    target: Target | undefined,
  ): Promise<FilePreview> {
    return previewFile(this.pool, { file, name, profile, target, dataDir: this.config.dataDir });
  }

  /** A built-in or saved profile by its (already checked) name. */
  loadProfile(name: string): Promise<LoadedProfile> {
    return resolveProfile(this.pool, name);
  }

  /** The newest revision of every profile saved in the dashboard. */
  storedProfiles(): Promise<StoredProfileListing[]> {
    return listStoredProfiles(this.pool);
  }

  /** Streams the rejected rows of an import as CSV (UTF-8 with BOM) to `out`. */
  exportRejectedRows(importId: string, out: Writable): Promise<{ rows: number }> {
    return exportRejectedRows(this.pool, importId, out);
  }

  private async failDead(job: Job, message: string): Promise<void> {
    const id = job.importId ?? (await this.repository.runningImportId());
    if (id === null) return;
    job.importId = id;
    await this.repository.failImport(id, message);
  }

  private async discard(dir: string): Promise<void> {
    await rm(dir, { recursive: true, force: true }).catch((error: Error) =>
      this.logger.error(`Upload ${dir} niet verwijderd: ${error.message}`),
    );
  }
}
