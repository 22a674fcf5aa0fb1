import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { Pool, PoolClient } from 'pg';
import { ImportFailure, ImportUsageError } from './errors';
import { CaseRecordImporter } from './importers/case-record.importer';
import { ClientCountImporter } from './importers/client-count.importer';
import { ContractImporter } from './importers/contract.importer';
import type { DateRange, Duplicate, TargetImporter } from './importers/importer';
import { ObjectionDecisionImporter } from './importers/objection-decision.importer';
import { ProviderReportImporter } from './importers/provider-report.importer';
import { CopyWriter } from './load/copy';
import {
  acquireImportLock,
  completeImport,
  createImport,
  failAbandonedImports,
  failImport,
  findSucceededImport,
  type ImportCounts,
  releaseImportLock,
  resolveMunicipality,
} from './load/import.repository';
import { OrganisationResolver } from './load/organisations';
import { PhaseClock, type PhaseTimings } from './load/phase-clock';
import { ThemeCatalog } from './load/themes';
import { ParallelRedaction, PARALLEL_MIN_BYTES, redactionThreads } from './privacy/parallel-redaction';
import { redactText } from './privacy/pii';
import { loadPseudonymKey, Pseudonymiser } from './privacy/pseudonym';
import { type LoadedProfile, loadProfile } from './profiles/profile.loader';
import type { Profile } from './profiles/profile.schema';
import { inspectFile, type FileInspection } from './read/inspect';
import { openSource } from './read/open';
import { type OpenedSource, SourceError } from './read/source';
import { groupRows } from './transform/group-rows';
import { type Rejection, RowMapper } from './transform/row-mapper';

export type ImportPhase = 'wachten' | 'lezen' | 'samenvoegen' | 'klaar';

export interface ImportProgress {
  phase: ImportPhase;
  rowsRead: number;
  rowsRejected: number;
  bytesRead: number;
  totalBytes: number;
}

export interface ImportOptions {
  file: string;
  /** Profile name (etl/profiles/<name>.yaml), path to a YAML file, or a loaded profile. */
  profile: string | LoadedProfile;
  /** CBS code (GM....); may be omitted when the database holds exactly one municipality. */
  municipalityCode?: string | undefined;
  startedBy?: string | undefined;
  /**
   * The day the source made the export (ISO date). Months up to it count as delivered and open records
   * are aged to it (docs/indicators/coverage.md); absent: the day of the import.
   */
  exportedOn?: string | undefined;
  onProgress?: (progress: ImportProgress) => void;
  /** Receives warnings and notes; never raw values of the export. */
  log?: (message: string) => void;
  /** Where the pseudonymisation key file lives when LEERLUS_PSEUDONYM_KEY is not set. */
  dataDir?: string | undefined;
  /** How long to wait for another running import (default 30 minutes). */
  lockTimeoutMs?: number;
  /**
   * Skip refreshing rollups and signals; for a batch of imports that refreshes once at the end with
   * `refreshDerivedData` (the demo loader). Default false.
   */
  deferRefresh?: boolean;
  /** Import even when this file was already imported with this profile version. */
  force?: boolean;
  /**
   * Also measure CPU time per phase (ImportSummary.phases), the database's from /proc: only when the
   * server runs on this machine (etl.bench). Default false.
   */
  measureCpu?: boolean;
  /**
   * Threads that redact free text while the main thread maps rows (ParallelRedaction). Default:
   * LEERLUS_ETL_THREADS (default 1) for files of 1 MiB and more, none for smaller ones; a number given
   * here applies to every file.
   */
  redactionThreads?: number;
}

/**
 * Rollups and systemic-failure signals of one municipality, recomputed from the facts: the rollups for
 * the whole months overlapping `rollups` (every month for 'all', none for 'none'), the signals completely.
 */
export async function refreshDerivedData(
  client: Pick<PoolClient, 'query'>,
  municipalityCode: string,
  rollups: DateRange | 'all' | 'none' = 'all',
): Promise<string[]> {
  const refreshed = await refreshRollupMonths(client, municipalityCode, rollups);
  await refreshSignals(client, municipalityCode);
  return refreshed;
}

/** The rollups of one municipality for the whole months overlapping `rollups`; the names refreshed. */
async function refreshRollupMonths(
  client: Pick<PoolClient, 'query'>,
  municipalityCode: string,
  rollups: DateRange | 'all' | 'none',
): Promise<string[]> {
  if (rollups === 'none') return [];
  const range = rollups === 'all' ? null : rollups;
  const { rows } = await client.query<{ rollup_name: string }>(
    'SELECT rollup_name FROM refresh_rollups($1, $2::date, $3::date)',
    [municipalityCode, range?.from ?? null, range?.to ?? null],
  );
  return rows.map((row) => row.rollup_name);
}

async function refreshSignals(client: Pick<PoolClient, 'query'>, municipalityCode: string): Promise<void> {
  // Signals keep their review status across recomputes (sql/views/0300_signals.sql).
  await client.query('SELECT count(*) FROM refresh_signals($1)', [municipalityCode]);
}

export interface ImportSummary {
  importId: string;
  status: 'succeeded' | 'failed' | 'duplicate';
  /** The file name as stored in the import record (redacted like any other text). */
  file: string;
  profile: string;
  target: Profile['target'];
  municipalityCode: string;
  rowsRead: number;
  rowsInserted: number;
  rowsUpdated: number;
  rowsUnchanged: number;
  rowsRejected: number;
  minDate: string | null;
  maxDate: string | null;
  organisationsCreated: { code: string; name: string }[];
  warnings: string[];
  /** Why the import failed, or for a duplicate which import already loaded this file. */
  message: string | null;
  duplicateOf: string | null;
  /** How the file was read (format, encoding, delimiter, sheet). */
  source: string | null;
  rollupsRefreshed: string[];
  /** How long the rollups took to follow this import (0 when nothing was refreshed). */
  rollupsRefreshMs: number;
  /** Wall-clock time per phase of the run (empty for a duplicate or a failed import). */
  phases: PhaseTimings;
  durationMs: number;
}

const DEFAULT_LOCK_TIMEOUT_MS = 30 * 60 * 1000;
const PROGRESS_INTERVAL_MS = 250;
const REJECTION_BATCH = 2000;

/** Rows found earlier in the file are no longer where they were. */
function fileChanged(): ImportFailure {
  return new ImportFailure(
    'Het bestand veranderde tijdens de import (afgewezen rijen niet meer terug te vinden); importeer opnieuw.',
  );
}

function createImporter(profile: Profile, mapper: RowMapper, themes: ThemeCatalog): TargetImporter {
  switch (profile.target) {
    case 'case_record':
      return new CaseRecordImporter(mapper, themes);
    case 'objection_decision':
      return new ObjectionDecisionImporter(mapper, themes);
    case 'provider_report':
      return new ProviderReportImporter(mapper, themes);
    case 'contract':
      return new ContractImporter(mapper, themes);
    case 'client_count':
      return new ClientCountImporter(mapper, themes);
  }
}

/** Every column name the profile refers to (JSON records may omit some of them). */
export function profileColumns(profile: Profile): string[] {
  return [
    ...Object.values(profile.fields).flatMap((mapping) =>
      mapping.column === undefined ? [] : Array.isArray(mapping.column) ? mapping.column : [mapping.column],
    ),
    ...profile.privacy.idColumns,
    ...(profile.group ? [profile.group.by, ...profile.group.concat] : []),
  ];
}

/** Theme vocabularies must point at codes that exist in the taxonomy; checked before reading. */
function checkThemeVocabularies(profile: Profile, themes: ThemeCatalog): void {
  const problems: string[] = [];
  for (const [field, mapping] of Object.entries(profile.fields)) {
    if (field !== 'theme' || !mapping.vocabulary) continue;
    for (const [source, code] of Object.entries(profile.vocabularies[mapping.vocabulary] ?? {})) {
      if (code !== '' && code !== 'onbekend' && themes.idOfCode(code) === undefined) {
        problems.push(
          `vocabularies.${mapping.vocabulary}.${source}: themacode "${code}" bestaat niet in de taxonomie`,
        );
      }
    }
  }
  if (problems.length > 0) throw new ImportFailure(`Profiel ${profile.name}: ${problems.join('; ')}`);
}

function shortRowReason(fields: number, headers: number): string {
  return `onvolledige rij: ${fields} van de ${headers} velden (afgekapt bestand of ontbrekende scheidingstekens)`;
}

/** An import in which no row could be loaded failed, even though its rejected rows are kept. */
function everyRowRejected(counts: ImportCounts): string | null {
  if (counts.rowsRead === 0 || counts.rowsInserted + counts.rowsUpdated + counts.rowsUnchanged > 0) {
    return null;
  }
  return `Alle ${counts.rowsRead} rijen zijn afgewezen; er is niets geïmporteerd. Bekijk de afgewezen rijen en de redenen.`;
}

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

interface RunState {
  rowsRead: number;
  rowsRejected: number;
  headers: string[];
  warnings: string[];
  source: string | null;
}

interface RunResult extends ImportCounts {
  organisationsCreated: { code: string; name: string }[];
  rollupsRefreshed: string[];
  rollupsRefreshMs: number;
  phases: PhaseTimings;
  /** Why the import counts as failed although it was committed (its rejected rows are kept). */
  failure: string | null;
}

class ImportRun {
  private lastProgress = 0;
  private readonly clock: PhaseClock;
  /** Set while the rows are staged with redaction threads. */
  private redaction: ParallelRedaction | null = null;

  constructor(
    private readonly client: PoolClient,
    private readonly profile: LoadedProfile,
    private readonly file: string,
    private readonly inspection: FileInspection,
    private readonly pseudonymiser: Pseudonymiser,
    private readonly municipalityCode: string,
    private readonly importId: string,
    private readonly options: ImportOptions,
    readonly state: RunState,
    databasePid: number | null,
  ) {
    this.clock = new PhaseClock(databasePid);
  }

  private warn(message: string): void {
    const shown = redactText(message);
    this.state.warnings.push(shown);
    this.options.log?.(`Waarschuwing: ${shown}`);
  }

  private progress(phase: ImportPhase, bytesRead: number, force = false): void {
    if (!this.options.onProgress) return;
    const now = Date.now();
    if (!force && now - this.lastProgress < PROGRESS_INTERVAL_MS) return;
    this.lastProgress = now;
    this.options.onProgress({
      phase,
      rowsRead: this.state.rowsRead,
      rowsRejected: this.state.rowsRejected,
      bytesRead,
      totalBytes: this.inspection.size,
    });
  }

  private async open(): Promise<OpenedSource> {
    const source = await openSource(this.file, this.profile.read, this.inspection, {
      listSeparator: this.profile.listSeparator,
      expectedColumns: profileColumns(this.profile),
      onWarning: (message) => this.warn(message),
    });
    return groupRows(source, this.profile);
  }

  async run(): Promise<RunResult> {
    const { client, profile, clock } = this;
    await client.query('BEGIN');
    // The merge joins and sorts the whole staging table (and refreshes rollups): avoid spilling.
    await client.query("SET LOCAL work_mem = '256MB'");
    const organisations = await OrganisationResolver.load(client, profile.createOrganisations);
    const themes = await ThemeCatalog.load(client);
    themes.acceptLanguages(profile.themeLanguages);
    checkThemeVocabularies(profile, themes);
    const source = await this.open();
    this.state.headers = source.headers;
    this.state.source = source.description;
    const mapper = new RowMapper(
      profile,
      source.headers,
      {
        pseudonymiser: this.pseudonymiser,
        organisations,
        themes,
        redactedText: (cell) => this.redaction?.redactedText(cell),
      },
      source.presentHeaders,
    );
    mapper.warnings.forEach((warning) => this.warn(warning));
    if (mapper.fatal.length > 0) {
      await source.batches.return(undefined);
      throw new ImportFailure(
        `Het bestand past niet bij profiel ${profile.name}: ${mapper.fatal.join('; ')}`,
      );
    }
    const importer = createImporter(profile, mapper, themes);
    await client.query(importer.createStagingSql());
    clock.lap('prepare');
    await this.stage(source, mapper, importer);
    clock.lap('stage: read, map, redact, classify, COPY');
    this.progress('samenvoegen', this.inspection.size, true);
    await client.query(importer.analyzeStagingSql());
    clock.lap('analyze staging');

    const used = new Set<number>();
    for (const column of importer.organisationColumns) {
      const { rows } = await client.query<{ id: number }>(
        `SELECT DISTINCT ${column} AS id FROM ${importer.staging} WHERE reject_reason IS NULL AND ${column} < 0`,
      );
      rows.forEach((row) => used.add(row.id));
    }
    const created = await organisations.createPending(client, this.municipalityCode, used);
    if (created.ids.size > 0) {
      const tmp = [...created.ids.keys()];
      const real = [...created.ids.values()];
      for (const column of importer.organisationColumns) {
        await client.query(
          `UPDATE ${importer.staging} s SET ${column} = m.id FROM unnest($1::int[], $2::int[]) AS m(tmp, id)
           WHERE s.${column} = m.tmp`,
          [tmp, real],
        );
      }
    }
    clock.lap('organisations');
    if (mapper.truncatedTexts > 0) {
      this.warn(
        `${mapper.truncatedTexts} vrije tekst(en) langer dan 100.000 tekens zijn ingekort opgeslagen`,
      );
    }

    const withoutContract = await importer.fillDomainsFromContracts(client, this.municipalityCode);
    if (withoutContract > 0) await this.completeSqlRejections(withoutContract, mapper, importer);
    clock.lap('contract domains');
    const duplicates = await importer.findDuplicates(client);
    if (duplicates.length > 0) await this.rejectDuplicates(duplicates, mapper, importer);
    clock.lap('duplicates');

    // A batch (deferRefresh) recomputes its rollups once at the end: no delta needed.
    const maintainRollups = !this.options.deferRefresh;
    if (maintainRollups) await importer.keepStoredVersions(client, this.municipalityCode);
    clock.lap('stored versions (rollup delta)');
    const merged = await importer.merge({
      client,
      municipalityCode: this.municipalityCode,
      importId: this.importId,
      clock,
    });
    clock.lap('merge');
    const rejected = await client.query(
      `INSERT INTO rejected_row (import_id, row_number, column_name, value, reason, raw)
       SELECT $1, row_number, reject_column, reject_value, reject_reason, raw
       FROM ${importer.staging} WHERE reject_reason IS NOT NULL ORDER BY row_number`,
      [this.importId],
    );
    this.state.rowsRejected = rejected.rowCount ?? 0;
    clock.lap('rejected rows');
    await this.analyzeAfterBigChange(importer.factTables, merged.inserted + merged.updated);
    clock.lap('analyze fact tables');
    // Nothing changed (every row as stored): rollups and signals stay as they are.
    const { rollupsRefreshed, rollupsRefreshMs } =
      maintainRollups && merged.inserted + merged.updated > 0
        ? await this.refreshRollups(importer)
        : { rollupsRefreshed: [], rollupsRefreshMs: 0 };
    const counts: ImportCounts = {
      rowsRead: this.state.rowsRead,
      rowsInserted: merged.inserted,
      rowsUpdated: merged.updated,
      rowsUnchanged: merged.unchanged,
      rowsRejected: this.state.rowsRejected,
      minDate: merged.minDate,
      maxDate: merged.maxDate,
    };
    const failure = everyRowRejected(counts);
    await completeImport(client, this.importId, counts, {
      sourceColumns: source.headers,
      warnings: this.state.warnings,
      error: failure,
    });
    await client.query('COMMIT');
    clock.lap('commit');
    return {
      ...counts,
      organisationsCreated: created.created,
      rollupsRefreshed,
      rollupsRefreshMs,
      phases: clock.timings,
      failure,
    };
  }

  /** Reads every row, maps it, and streams it into the staging table with COPY. */
  private async stage(source: OpenedSource, mapper: RowMapper, importer: TargetImporter): Promise<void> {
    const writer = new CopyWriter(this.client, importer.copySql());
    const state = this.state;
    // A CSV row with fewer fields than the header is cut off (XLSX and JSON leave empty cells out).
    const checkWidth = source.format === 'csv';
    let lastShort: { line: number; fields: number } | null = null;
    const threads =
      this.options.redactionThreads ?? (this.inspection.size >= PARALLEL_MIN_BYTES ? redactionThreads() : 0);
    const textColumns = mapper.textColumns();
    const redaction =
      threads > 0 && textColumns.length > 0 ? new ParallelRedaction(threads, textColumns) : null;
    this.redaction = redaction;
    try {
      for await (const batch of redaction ? redaction.batches(source.batches) : source.batches) {
        const { rows, lines } = batch;
        for (let k = 0; k < rows.length; k++) {
          const line = lines[k] as number;
          const values = rows[k] as string[];
          const short = checkWidth && values.length < mapper.headers.length;
          lastShort = short ? { line, fields: values.length } : null;
          const mapped = short
            ? mapper.rejection(values, line, -1, shortRowReason(values.length, mapper.headers.length))
            : mapper.map(values, line);
          if (Array.isArray(mapped)) {
            writer.push(importer.line(mapped, line));
          } else {
            writer.push(importer.rejectedLine(mapped));
            state.rowsRejected++;
          }
        }
        state.rowsRead += rows.length;
        if (writer.full) await writer.flush();
        this.progress('lezen', source.progress.bytesRead);
      }
      await writer.end();
      if (lastShort) {
        this.warn(
          `LET OP: de laatste rij (regel ${lastShort.line}) heeft ${lastShort.fields} van de ${mapper.headers.length} velden; het bestand is waarschijnlijk afgekapt. Die rij is afgewezen; controleer of het bestand volledig is.`,
        );
      }
    } catch (error) {
      await writer.abort(error instanceof Error ? error : new Error(String(error)));
      throw error;
    } finally {
      this.redaction = null;
      await redaction?.close();
    }
  }

  /**
   * Rejects the later rows of keys that occur more than once; only the first row of a key is imported.
   */
  private async rejectDuplicates(
    duplicates: Duplicate[],
    mapper: RowMapper,
    importer: TargetImporter,
  ): Promise<void> {
    const firstRow = new Map(duplicates.map((d) => [d.rowNumber, d.firstRow]));
    const field = importer.duplicateField;
    const column = mapper.headers.indexOf(mapper.columnOf(field));
    const completed = await this.rejectFromFile(importer, firstRow, (values, line, first) => {
      const shown = column >= 0 ? mapper.sanitise(column, (values[column] ?? '').trim()) : '';
      const reason =
        importer.target === 'provider_report'
          ? `dubbele regel: dezelfde aanbieder, periode, domein, thema en oorzaak staan ook in rij ${first}; alleen die eerste rij is geïmporteerd`
          : `dubbel: ${field} "${shown}" staat ook in rij ${first} van dit bestand; alleen die eerste rij is geïmporteerd`;
      return mapper.rejection(values, line, column, reason);
    });
    if (completed !== duplicates.length) throw fileChanged();
  }

  /**
   * Completes the rows the importer rejected in SQL (no single contract domain): their reason is set,
   * the sanitised source row and the cell the reason points at come from the file.
   */
  private async completeSqlRejections(
    expected: number,
    mapper: RowMapper,
    importer: TargetImporter,
  ): Promise<void> {
    const { rows } = await this.client.query<{
      row_number: number;
      reject_column: string | null;
      reject_reason: string;
    }>(
      `SELECT row_number, reject_column, reject_reason FROM ${importer.staging}
       WHERE reject_reason IS NOT NULL AND raw IS NULL`,
    );
    const byLine = new Map(rows.map((row) => [row.row_number, row]));
    const completed = await this.rejectFromFile(importer, byLine, (values, line, row) => {
      const column =
        row.reject_column === null ? -1 : mapper.headers.indexOf(mapper.columnOf(row.reject_column));
      return mapper.rejection(values, line, column, row.reject_reason);
    });
    if (completed !== expected) throw fileChanged();
  }

  /**
   * Rejects staged rows with their sanitised source rows, which rejected_row.raw needs: the file is read a
   * second time, keeping only those rows; this costs nothing for the usual file without such rows and
   * keeps memory flat for a big one. Returns the number of staged rows marked.
   */
  private async rejectFromFile<T>(
    importer: TargetImporter,
    lines: Map<number, T>,
    reject: (values: string[], line: number, about: T) => Rejection,
  ): Promise<number> {
    const { client } = this;
    await client.query(
      'CREATE TEMP TABLE IF NOT EXISTS etl_rejections (row_number integer, col text, val text, reason text, raw text) ON COMMIT DROP',
    );
    await client.query('TRUNCATE etl_rejections');
    let pending: Rejection[] = [];
    const flush = async (): Promise<void> => {
      if (pending.length === 0) return;
      await client.query(
        `INSERT INTO etl_rejections SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[])`,
        [
          pending.map((p) => p.line),
          pending.map((p) => p.column),
          pending.map((p) => p.value),
          pending.map((p) => p.reason),
          pending.map((p) => JSON.stringify(p.raw).replace(/\\u0000/g, '')),
        ],
      );
      pending = [];
    };
    const source = await this.open();
    for await (const batch of source.batches) {
      for (let k = 0; k < batch.rows.length; k++) {
        const line = batch.lines[k] as number;
        const about = lines.get(line);
        if (about === undefined) continue;
        pending.push(reject(batch.rows[k] as string[], line, about));
        if (pending.length >= REJECTION_BATCH) await flush();
      }
    }
    await flush();
    // Accepted rows and rows rejected in SQL have no raw yet; rows rejected while reading keep theirs.
    const { rowCount } = await client.query(
      `UPDATE ${importer.staging} s SET reject_column = d.col, reject_value = d.val, reject_reason = d.reason,
         raw = d.raw::jsonb
       FROM etl_rejections d WHERE s.row_number = d.row_number AND s.raw IS NULL`,
    );
    return rowCount ?? 0;
  }

  /**
   * Fresh planner statistics once a merge changed a sizeable part of a table. Autovacuum only analyzes
   * after the commit, but the rollup and signal refreshes run inside this transaction: with the old
   * statistics the planner may think case_record is nearly empty and pick nested loops over CTEs that
   * turn quadratic (measured: refresh_signals 7 s for 5,000 new rows, 23 s for 10,000). ANALYZE
   * samples at most 30,000 rows and counts this transaction's own new rows.
   */
  private async analyzeAfterBigChange(tables: readonly string[], changed: number): Promise<void> {
    if (changed < 500) return;
    // Without the free texts and the search vector: sampling those cost more than the rest together
    // and the refreshes that follow never filter on them (autovacuum analyzes them after the commit).
    const { rows } = await this.client.query<{ relname: string; reltuples: number; columns: string }>(
      `SELECT c.relname, c.reltuples::float8 AS reltuples,
              string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum) AS columns
       FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
       WHERE c.oid = ANY($1::text[]::regclass[])
         AND a.atttypid <> 'tsvector'::regtype AND right(a.attname, 9) <> '_redacted'
       GROUP BY c.relname, c.reltuples`,
      [tables],
    );
    for (const { relname, reltuples, columns } of rows) {
      // reltuples is -1 for a table that was never analyzed.
      if (reltuples < 0 || changed > reltuples * 0.1) {
        await this.client.query(`ANALYZE ${relname} (${columns})`);
      }
    }
  }

  /**
   * Rollups from the import's delta (apply_rollup_delta(), sql/views/0400), then the signals, in a
   * savepoint: when they fail the facts are still committed and the failure is a warning.
   */
  private async refreshRollups(
    importer: TargetImporter,
  ): Promise<Pick<RunResult, 'rollupsRefreshed' | 'rollupsRefreshMs'>> {
    const { client } = this;
    await client.query('SAVEPOINT rollups');
    try {
      const started = Date.now();
      let rollupsRefreshed: string[] = [];
      if (await importer.writeRollupDelta(client)) {
        const { rows } = await client.query<{ rollup_name: string }>(
          'SELECT rollup_name FROM apply_rollup_delta()',
        );
        rollupsRefreshed = rows.map((row) => row.rollup_name);
      }
      const rollupsRefreshMs = Date.now() - started;
      this.clock.lap('rollups (delta)');
      await refreshSignals(client, this.municipalityCode);
      await client.query('RELEASE SAVEPOINT rollups');
      this.clock.lap('signals');
      return { rollupsRefreshed, rollupsRefreshMs };
    } catch (error) {
      await client.query('ROLLBACK TO SAVEPOINT rollups');
      return this.recomputeRollups(error as Error);
    }
  }

  /**
   * A failed delta would leave the rollups behind the committed facts for good (the next delta only adds
   * its own changes), so they are recomputed for the whole municipality instead: slow, but right. Only when
   * that fails too are the facts committed with a warning (refresh_rollups() repairs them later).
   */
  private async recomputeRollups(
    deltaError: Error,
  ): Promise<Pick<RunResult, 'rollupsRefreshed' | 'rollupsRefreshMs'>> {
    const { client } = this;
    this.warn(
      `samenvattingen niet bijgewerkt uit de wijzigingen (${deltaError.message}); alles opnieuw berekend`,
    );
    await client.query('SAVEPOINT rollups');
    try {
      const started = Date.now();
      const rollupsRefreshed = await refreshRollupMonths(client, this.municipalityCode, 'all');
      const rollupsRefreshMs = Date.now() - started;
      this.clock.lap('rollups (recomputed)');
      await refreshSignals(client, this.municipalityCode);
      await client.query('RELEASE SAVEPOINT rollups');
      this.clock.lap('signals');
      return { rollupsRefreshed, rollupsRefreshMs };
    } catch (error) {
      await client.query('ROLLBACK TO SAVEPOINT rollups');
      this.warn(`samenvattingen en systeemsignalen niet ververst: ${(error as Error).message}`);
      return { rollupsRefreshed: [], rollupsRefreshMs: 0 };
    }
  }
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
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query("SET application_name = 'leerlus-etl'");
    // A backend whose client died notices within a second, also in the middle of a long query.
    await client.query("SET client_connection_check_interval = '1s'");
    // The staging table is a temp table: give it memory instead of spilling to temp files. Only
    // possible before the session first touches a temp table, hence a fresh session per import
    // (released with destroy below); ignored when it cannot be set.
    await client.query("SET temp_buffers = '256MB'").catch(() => undefined);
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
      const run = new ImportRun(
        client,
        profile,
        file,
        inspection,
        pseudonymiser,
        municipalityCode,
        importId,
        options,
        state,
        options.measureCpu ? await backendPid(client) : null,
      );
      try {
        const { failure, ...result } = await run.run();
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
    client.release(broken ?? true);
  }
}
