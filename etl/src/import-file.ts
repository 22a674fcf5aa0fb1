import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { Pool, PoolClient } from 'pg';
import { ImportFailure, ImportUsageError } from './errors';
import { catchUpDerivedData } from './import/derived-after-commit';
import { openImportSession } from './import/import-session';
import { runImport } from './import/import-run';
import { RunContext } from './import/run-context';
import type { ImportOptions, ImportSummary, RunState } from './import/types';
import {
  acquireImportLock,
  createImport,
  failAbandonedImports,
  failImport,
  findSucceededImport,
  releaseImportLock,
  resolveMunicipality,
} from './load/import.repository';
import { PhaseClock } from './load/phase-clock';
import { redactText } from './privacy/pii';
import { loadPseudonymKey, Pseudonymiser } from './privacy/pseudonym';
import { loadProfile } from './profiles/profile.loader';
import { inspectFile } from './read/inspect';
import { SourceError } from './read/source';

export { refreshDerivedData } from './import/derived-data';
export { profileColumns } from './import/run-context';
export type { ImportOptions, ImportPhase, ImportProgress, ImportSummary } from './import/types';

const DEFAULT_LOCK_TIMEOUT_MS = 30 * 60 * 1000;

function describeError(error: unknown): string {
  if (error instanceof SourceError || error instanceof ImportFailure) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown }).code;
  // Database messages can quote values; redact them like everything else that is stored.
  return redactText(
    typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)
      ? `Databasefout: ${message}`
      : `Onverwachte fout: ${message}`,
  );
}

async function backendPid(client: PoolClient): Promise<number | null> {
  const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
  return rows[0]?.pid ?? null;
}

/**
 * Imports one export file with a source profile. Resolves with the summary, also when the import
 * failed (status `failed`, nothing of it stored) or the same file was imported before (`duplicate`);
 * rejects only when nothing could be attempted (ImportUsageError, ProfileError, ImportBusyError).
 */
export async function importFile(pool: Pool, options: ImportOptions): Promise<ImportSummary> {
  const started = Date.now();
  // Every log line is redacted: messages may quote column names, which can be a citizen's data.
  const log = (message: string): void => options.log?.(redactText(message));
  const profile = typeof options.profile === 'string' ? await loadProfile(options.profile) : options.profile;
  const file = resolve(options.file);
  try {
    if (!(await stat(file)).isFile()) throw new Error('not a file');
  } catch {
    throw new ImportUsageError(`Bestand ${options.file} bestaat niet of is geen bestand.`);
  }
  const pseudonymiser = new Pseudonymiser(await loadPseudonymKey({ dataDir: options.dataDir, log }));
  const inspection = await inspectFile(file);
  const session = await openImportSession(pool);
  const client = session.client;
  let broken: Error | undefined;
  try {
    let municipalityCode: string;
    try {
      municipalityCode = await resolveMunicipality(client, options.municipalityCode);
    } catch (error) {
      throw new ImportUsageError((error as Error).message);
    }
    options.onProgress?.({
      phase: 'wachten',
      rowsRead: 0,
      rowsRejected: 0,
      bytesRead: 0,
      totalBytes: inspection.size,
    });
    await acquireImportLock(client, {
      timeoutMs: options.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS,
      onWait: (id) => log(`Er loopt al een import${id ? ` (#${id})` : ''}; wachten tot die klaar is…`),
    });
    try {
      const abandoned = await failAbandonedImports(client);
      if (abandoned.length > 0) {
        log(`Afgebroken import(s) ${abandoned.map((id) => `#${id}`).join(', ')} gemarkeerd als mislukt`);
      }
      // Rollups and signals an earlier import still owed (it stopped after committing its facts).
      await catchUpDerivedData(client, null, log);
      const record = {
        municipalityCode,
        fileName: redactText(basename(file)),
        sha256: inspection.sha256,
        profile: profile.name,
        profileVersion: profile.version,
        startedBy: options.startedBy ?? null,
        exportedOn: options.exportedOn ?? null,
      };
      const base = {
        file: record.fileName,
        profile: profile.name,
        target: profile.target,
        municipalityCode,
        rowsRead: 0,
        rowsInserted: 0,
        rowsUpdated: 0,
        rowsUnchanged: 0,
        rowsRejected: 0,
        minDate: null,
        maxDate: null,
        organisationsCreated: [],
        warnings: [],
        duplicateOf: null,
        source: null,
        rollupsRefreshed: [],
        rollupsRefreshMs: 0,
        phases: [],
      };
      const previous = options.force ? null : await findSucceededImport(client, record);
      if (previous) {
        const message = `Dit bestand is al geïmporteerd met profiel ${profile.name} in deze versie (import #${previous}); er is niets gewijzigd. Opnieuw importeren kan met --force.`;
        const importId = await createImport(client, record, 'duplicate', message);
        log(message);
        return {
          ...base,
          importId,
          status: 'duplicate',
          message,
          duplicateOf: previous,
          durationMs: Date.now() - started,
        };
      }
      const importId = await createImport(client, record, 'running');
      const state: RunState = { rowsRead: 0, rowsRejected: 0, headers: [], warnings: [], source: null };
      const run = new RunContext(
        client,
        profile,
        file,
        inspection,
        pseudonymiser,
        municipalityCode,
        importId,
        options,
        state,
        new PhaseClock(options.measureCpu ? await backendPid(client) : null),
        () => session.openSideSession(),
      );
      try {
        const { failure, ...result } = await runImport(run);
        options.onProgress?.({
          phase: 'klaar',
          rowsRead: result.rowsRead,
          rowsRejected: result.rowsRejected,
          bytesRead: inspection.size,
          totalBytes: inspection.size,
        });
        return {
          ...base,
          ...result,
          importId,
          status: failure ? 'failed' : 'succeeded',
          warnings: state.warnings,
          message: failure,
          source: state.source,
          durationMs: Date.now() - started,
        };
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        const message = describeError(error);
        await failImport(client, importId, message, {
          rowsRead: state.rowsRead,
          sourceColumns: state.headers,
          warnings: state.warnings,
        });
        log(`Import #${importId} mislukt: ${message}`);
        return {
          ...base,
          importId,
          status: 'failed',
          rowsRead: state.rowsRead,
          warnings: state.warnings,
          message,
          source: state.source,
          durationMs: Date.now() - started,
        };
      }
    } finally {
      await releaseImportLock(client).catch(() => undefined);
    }
  } catch (error) {
    if (!(error instanceof ImportUsageError)) broken = error as Error;
    throw error;
  } finally {
    await session.close(broken);
  }
}
