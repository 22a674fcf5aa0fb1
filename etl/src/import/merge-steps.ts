import { type MergeResult, STAGING, type TargetImporter } from '../importers/importer';
import type { OrganisationResolver } from '../load/organisations';
import { PhaseClock } from '../load/phase-clock';
import type { RowMapper } from '../transform/row-mapper';
import { analyzeAfterBigChange, createStagedOrganisations } from './merge';
import { completeSqlRejections, rejectDuplicates } from './rejections';
import type { RunContext } from './run-context';

/** Files smaller than this are merged in one go: a chunk would hold most of the file. */
export const EARLY_MERGE_MIN_BYTES = 32 << 20;

/**
 * Accepted rows per chunk of early merging for a file of `bytes`: LEERLUS_ETL_MERGE_CHUNK_ROWS when set
 * (for every file; 0 merges after staging), else 100,000 for files of EARLY_MERGE_MIN_BYTES and more.
 * An invalid value counts as unset.
 */
export function earlyMergeChunkRows(
  bytes: number,
  setting = process.env.LEERLUS_ETL_MERGE_CHUNK_ROWS,
): number {
  const wanted = setting === undefined || setting.trim() === '' ? NaN : Number(setting);
  if (Number.isInteger(wanted) && wanted >= 0) return wanted;
  return bytes >= EARLY_MERGE_MIN_BYTES ? 100_000 : 0;
}

const NOTHING_MERGED: MergeResult = { inserted: 0, updated: 0, unchanged: 0, minDate: null, maxDate: null };

/** One of two ISO dates, or the other when one is missing. */
function either(a: string | null, b: string | null, pick: (a: string, b: string) => string): string | null {
  return a === null ? b : b === null ? a : pick(a, b);
}

function added(a: MergeResult, b: MergeResult): MergeResult {
  return {
    inserted: a.inserted + b.inserted,
    updated: a.updated + b.updated,
    unchanged: a.unchanged + b.unchanged,
    minDate: either(a.minDate, b.minDate, (x, y) => (x < y ? x : y)),
    maxDate: either(a.maxDate, b.maxDate, (x, y) => (x > y ? x : y)),
  };
}

/**
 * The steps from the staged rows to the fact tables, in their order: statistics of the staged rows, the
 * organisations they create, domains from contracts, duplicates, the stored versions the rollup delta
 * needs, and the target's merge. Run once over the whole staging table, or (early merging, stage.ts)
 * once per chunk while the next is staged and then for the last chunk. Only the last run rejects
 * duplicates: staging stops early merging at the first key that may repeat, so the chunks before the
 * last hold none, and a key repeated in the last chunk keeps its first row, wherever that is. The
 * rows rejected in SQL get their source rows from the file once, in the last run.
 */
export class MergeSteps {
  /** What all runs merged, and the organisations they created. */
  private merged = NOTHING_MERGED;
  readonly organisationsCreated: { code: string; name: string }[] = [];
  private withoutContract = 0;
  private chunks = 0;
  /** Records the chunks inserted or updated since the fact tables were last analyzed. */
  private sinceAnalyze = 0;

  constructor(
    private readonly run: RunContext,
    private readonly importer: TargetImporter,
    private readonly organisations: OrganisationResolver,
    private readonly mapper: RowMapper,
    private readonly initialLoad: boolean,
  ) {}

  /**
   * A full chunk, merged while staging goes on. Its steps are booked as "during staging: …": their time
   * is part of the stage phase's (wall clock and database CPU; their Node CPU is staging's too).
   */
  async mergeChunk(chunk: string, clock: PhaseClock): Promise<void> {
    this.chunks++;
    const before = this.merged.inserted + this.merged.updated;
    const steps = new PhaseClock(clock.databasePid);
    await this.steps(chunk, steps, false);
    // The next chunk's joins with the fact tables (stored versions, themes) are planned from their
    // statistics: with those of a table that has since doubled (or was empty) the planner may loop over
    // it per row. Analyzed whenever the chunks doubled it, so a few times per import. An initial load
    // joins no fact table (no stored versions, every record new): analyzed once, after its last merge.
    this.sinceAnalyze += this.merged.inserted + this.merged.updated - before;
    const { client, municipalityCode } = this.run;
    if (
      !this.initialLoad &&
      (await analyzeAfterBigChange(client, this.importer.factTables, this.sinceAnalyze, municipalityCode, 1))
    ) {
      this.sinceAnalyze = 0;
    }
    steps.lap('analyze fact tables');
    clock.include('during staging: ', steps);
  }

  /** The last chunk, or the whole staging table (`null`); the counts of everything merged. */
  async mergeLast(chunk: string | null, clock: PhaseClock): Promise<MergeResult> {
    await this.steps(chunk ?? STAGING, clock, true);
    if (this.chunks > 0) await this.importer.finishEarlyMerge(this.run.client);
    return this.merged;
  }

  private async steps(table: string, clock: PhaseClock, last: boolean): Promise<void> {
    const { run, importer, mapper } = this;
    const { client, municipalityCode, importId } = run;
    importer.staging = table;
    try {
      // A chunk goes without: sampling most of its rows cost more than its plans gain (the planner
      // estimates its size from its pages).
      if (last) await client.query(importer.analyzeStagingSql());
      clock.lap('analyze staging');
      this.organisationsCreated.push(
        ...(await createStagedOrganisations(client, municipalityCode, this.organisations, importer)),
      );
      clock.lap('organisations');
      this.withoutContract += await importer.fillDomainsFromContracts(client, municipalityCode);
      // Over the whole staging table from here: the rows of every chunk.
      importer.staging = STAGING;
      if (last && this.withoutContract > 0) {
        await completeSqlRejections(run, this.withoutContract, mapper, importer);
      }
      clock.lap('contract domains');
      const duplicates = last ? await importer.findDuplicates(client) : [];
      if (duplicates.length > 0) await rejectDuplicates(run, duplicates, mapper, importer);
      clock.lap('duplicates');
      importer.staging = table;
      // A batch (deferRefresh) recomputes its rollups once at the end: no delta needed. An initial load
      // finds no stored versions (it inserts into tables that were empty, each key once): not looked for.
      if (!run.options.deferRefresh && !this.initialLoad) {
        await importer.keepStoredVersions(client, municipalityCode);
      }
      clock.lap('stored versions (rollup delta)');
      this.merged = added(
        this.merged,
        await importer.merge({ client, municipalityCode, importId, clock, initialLoad: this.initialLoad }),
      );
      clock.lap('merge');
    } finally {
      importer.staging = STAGING;
    }
  }
}
