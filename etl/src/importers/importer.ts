import type { PoolClient } from 'pg';
import { copyJson, copyText } from '../load/copy';
import type { PhaseClock } from '../load/phase-clock';
import type { ThemeCatalog, ThemeQuestion } from '../load/themes';
import type { Target } from '../profiles/targets';
import type { FieldValue, Rejection, RowMapper } from '../transform/row-mapper';

/** The whole staging table. */
export const STAGING = 'etl_staging';

export interface MergeContext {
  client: PoolClient;
  municipalityCode: string;
  importId: string;
  /** An importer may book the steps of its merge separately; the rest counts as 'merge'. */
  clock: PhaseClock;
  /**
   * An initial load (import/initial-load.ts): the fact tables held no rows when the import started, so an
   * accepted row can only meet a stored one with the same key if that key repeats in the file, and the
   * duplicate check rejects every repeat before it is merged.
   */
  initialLoad: boolean;
}

export interface MergeResult {
  inserted: number;
  updated: number;
  unchanged: number;
  minDate: string | null;
  maxDate: string | null;
}

export interface Duplicate {
  rowNumber: number;
  firstRow: number;
}

/** A range of business dates (ISO), inclusive. */
export interface DateRange {
  from: string;
  to: string;
}

/**
 * One import target (style rule 12: a small interface per importer). Every row of the export becomes
 * one line in a TEMP staging table (ON COMMIT DROP) that the importer defines: accepted rows with their
 * canonical, already pseudonymised/redacted values, rejected rows with only the reject_* columns and
 * the sanitised source row. `merge` then moves the accepted rows into the fact tables with set-based SQL.
 */
export abstract class TargetImporter {
  abstract readonly target: Target;
  /**
   * The staging table the steps before and in the merge read: the whole staging table, or while the
   * import merges early (`earlyMergeKey`) the chunk being merged, a table that inherits from it.
   */
  staging = STAGING;
  /** Data columns of the staging table (after row_number, before the reject_* columns). */
  protected abstract readonly columns: readonly (readonly [name: string, type: string])[];
  /** Staging columns holding organisation ids (provisional negative ids are replaced after COPY). */
  abstract readonly organisationColumns: readonly string[];
  /** Field whose source column a duplicate rejection points at. */
  abstract readonly duplicateField: string;
  /** Fact tables the merge writes (analyzed after a big change, see ImportRun). */
  abstract readonly factTables: readonly string[];
  /**
   * Fact tables whose secondary indexes a first import builds after the data when the first of them is
   * empty (InitialLoad, import/initial-load.ts); none: every import updates them row by row.
   */
  readonly initialLoadTables: readonly string[] = [];
  private nullColumns = '';
  /** Whether etl_stored exists (an import merged early keeps stored versions chunk by chunk). */
  private storedKept = false;

  constructor(
    protected readonly mapper: RowMapper,
    protected readonly themes: ThemeCatalog,
  ) {}

  createStagingSql(): string {
    // reject_reason first: nearly every step reads only the accepted rows' keys, and PostgreSQL takes a
    // row's columns apart from the first up to the last one a statement needs, so a scan no longer walks
    // over every column (free text included) to reach it.
    const columns = [
      'row_number integer NOT NULL',
      'reject_reason text',
      ...this.columns.map(([name, type]) => `${name} ${type}`),
    ];
    columns.push('reject_column text', 'reject_value text', 'raw jsonb');
    return `CREATE TEMP TABLE ${this.staging} (${columns.join(', ')}) ON COMMIT DROP`;
  }

  /**
   * Statistics for the columns the merge joins, groups and filters on. The free texts, arrays and raw
   * source rows are what costs most to sample, and no plan of the merge depends on them.
   */
  analyzeStagingSql(): string {
    const sampled = this.columns
      .filter(([name, type]) => !name.endsWith('_redacted') && !type.endsWith('[]'))
      .map(([name]) => name);
    return `ANALYZE ${this.staging} (${['row_number', ...sampled, 'reject_reason'].join(', ')})`;
  }

  /** A chunk of the staging table (early merging): its rows are also rows of the staging table. */
  createChunkSql(chunk: string): string {
    return `CREATE TEMP TABLE ${chunk} () INHERITS (${STAGING}) ON COMMIT DROP`;
  }

  copySql(table: string = this.staging): string {
    const names = [
      'row_number',
      ...this.columns.map(([name]) => name),
      'reject_column',
      'reject_value',
      'reject_reason',
      'raw',
    ];
    return `COPY ${table} (${names.join(', ')}) FROM STDIN`;
  }

  /** One COPY line (with trailing newline) for an accepted row. */
  abstract line(values: FieldValue[], rowNumber: number): string;

  /**
   * The texts `line` will classify for this row (ThemeCatalog.classify): a staging thread answers them
   * ahead (StagingThreads); none by default.
   */
  themeQuestions(_values: FieldValue[]): ThemeQuestion[] {
    return [];
  }

  /** One COPY line for a rejected row. */
  rejectedLine(rejection: Rejection): string {
    if (this.nullColumns === '') this.nullColumns = '\\N\t'.repeat(this.columns.length);
    return (
      `${rejection.line}\t${this.nullColumns}${copyText(rejection.column)}\t${copyText(rejection.value)}\t` +
      `${copyText(rejection.reason)}\t${copyJson(rejection.raw)}\n`
    );
  }

  /**
   * The key of an accepted row that `findDuplicates` compares, for an importer that can merge chunks of
   * the file while the next ones are read (early merging, import-run.ts); absent when it merges only the
   * whole file.
   */
  earlyMergeKey?(values: FieldValue[]): string;

  /** After the last chunk of an early merge. */
  async finishEarlyMerge(_client: PoolClient): Promise<void> {}

  /** Accepted rows whose key occurred earlier in the same file (the first occurrence is kept). */
  abstract findDuplicates(client: PoolClient): Promise<Duplicate[]>;

  abstract merge(context: MergeContext): Promise<MergeResult>;

  /** Where a row without a domain finds its provider's contract, or null when the target always has one. */
  readonly contractDomain: ContractDomain | null = null;

  /**
   * Before the duplicate check and the merge, in one set-based UPDATE: accepted rows without a domain
   * get the domain of their provider's contract valid in the row's period, when exactly one applies.
   * The others are rejected (reject_column `domain`; their `raw` is still empty, import-file fills it
   * from the file). Returns the number of rows rejected.
   */
  async fillDomainsFromContracts(client: PoolClient, municipalityCode: string): Promise<number> {
    const spec = this.contractDomain;
    if (!spec) return 0;
    const { provider, from, to } = spec;
    const period = (alias: string): string =>
      `CASE WHEN ${alias}.from_on = ${alias}.to_on THEN 'op ' || to_char(${alias}.from_on, 'DD-MM-YYYY')
            ELSE 'van ' || to_char(${alias}.from_on, 'DD-MM-YYYY') || ' t/m ' || to_char(${alias}.to_on, 'DD-MM-YYYY') END`;
    const { rows } = await client.query<{ rejected: number }>(
      `WITH wanted AS (
         SELECT DISTINCT ${provider} AS provider_id, ${from} AS from_on, ${to} AS to_on
         FROM ${this.staging} WHERE reject_reason IS NULL AND domain_code IS NULL
       ), found AS (
         SELECT w.provider_id, w.from_on, w.to_on, o.name, o.kind,
                array_agg(DISTINCT c.domain_code ORDER BY c.domain_code)
                  FILTER (WHERE c.domain_code IS NOT NULL) AS domains
         FROM wanted w
         JOIN organisation o ON o.id = w.provider_id
         -- Valid in the period: started before its end and not ended before its start.
         LEFT JOIN contract c ON o.kind = 'aanbieder' AND c.municipality_code = $1
                             AND c.organisation_id = w.provider_id AND c.starts_on <= w.to_on
                             AND (c.ends_on IS NULL OR c.ends_on >= w.from_on)
         GROUP BY w.provider_id, w.from_on, w.to_on, o.name, o.kind
       ), decided AS (
         SELECT f.provider_id, f.from_on, f.to_on,
                CASE WHEN cardinality(f.domains) = 1 THEN f.domains[1] END AS domain_code,
                CASE WHEN f.kind <> 'aanbieder' THEN
                       format('domein is leeg en de bron "%s" is geen aanbieder (alleen bij een aanbieder komt het domein uit het contract): vul het domein in', f.name)
                     WHEN f.domains IS NULL THEN
                       format('domein is leeg en aanbieder "%s" heeft %s geen contract met de gemeente: vul het domein in of voeg het contract toe', f.name, ${period('f')})
                     WHEN cardinality(f.domains) > 1 THEN
                       format('domein is leeg en aanbieder "%s" heeft %s contracten in meer dan één domein (%s): vul het domein in', f.name, ${period('f')}, array_to_string(f.domains, ', '))
                END AS reason
         FROM found f
       ), updated AS (
         UPDATE ${this.staging} s SET domain_code = d.domain_code, reject_reason = d.reason,
           reject_column = CASE WHEN d.reason IS NOT NULL THEN 'domain' END
         FROM decided d
         WHERE s.reject_reason IS NULL AND s.domain_code IS NULL AND s.${provider} = d.provider_id
           AND s.${from} = d.from_on AND s.${to} = d.to_on
         RETURNING s.reject_reason
       )
       SELECT count(*) FILTER (WHERE reject_reason IS NOT NULL)::int AS rejected FROM updated`,
      [municipalityCode],
    );
    return rows[0]?.rejected ?? 0;
  }

  /**
   * What the rollups read of the fact table this importer merges into, or null when it feeds none.
   * The merge then leaves `etl_merged` with the inserted and updated records' `id`, `inserted` and
   * these columns as written (its RETURNING), or names another table in `writtenRecords`.
   */
  readonly rollupFeed: RollupFeed | null = null;

  /** The records the merge inserted or updated, with the rollup feed's columns (a table or subquery). */
  protected writtenRecords = 'etl_merged';

  /**
   * Before the merge: the stored versions of the records this import can change (only those the
   * rollups read), for the rollup delta. Keyed like case_record (source organisation + external id).
   */
  async keepStoredVersions(client: PoolClient, municipalityCode: string): Promise<void> {
    const feed = this.rollupFeed;
    if (!feed) return;
    const stored = `SELECT ${['id', ...feed.columns].map((col) => `t.${col}`).join(', ')}
       FROM ${this.staging} s
       JOIN ${feed.table} t ON t.municipality_code = $1 AND t.source_organisation_id = s.source_organisation_id
                           AND t.external_id = s.external_id
       WHERE s.reject_reason IS NULL`;
    await client.query(
      this.storedKept
        ? `INSERT INTO etl_stored ${stored}`
        : `CREATE TEMP TABLE etl_stored ON COMMIT DROP AS ${stored}`,
      [municipalityCode],
    );
    this.storedKept = true;
  }

  /**
   * After the merge: the import's delta as the temp view the rollups are maintained from
   * (apply_rollup_delta(), sql/views/0400): the stored versions of the updated records with sign -1,
   * the written versions of the inserted and updated ones with sign +1. Unchanged records are in
   * neither. Null when the target feeds no rollup.
   */
  async writeRollupDelta(client: PoolClient): Promise<boolean> {
    const feed = this.rollupFeed;
    if (!feed) return false;
    const columns = feed.columns.join(', ');
    // No stored versions were kept (an initial load, which can only insert): the written records alone.
    const storedVersions = this.storedKept
      ? `SELECT -1 AS sign, ${feed.columns.map((col) => `s.${col}`).join(', ')}
         FROM etl_stored s JOIN etl_merged m ON m.id = s.id AND NOT m.inserted
         UNION ALL `
      : '';
    await client.query(
      `CREATE TEMP VIEW ${feed.delta} AS ${storedVersions}SELECT 1 AS sign, ${columns} FROM ${this.writtenRecords} w`,
    );
    return true;
  }
}

/** The staging columns with a row's provider and the first and last day of its period. */
export interface ContractDomain {
  provider: string;
  from: string;
  to: string;
}

/** A fact table that feeds rollups, the temp view of its delta, and the columns the rollups read. */
export interface RollupFeed {
  table: 'case_record' | 'objection_decision';
  delta: 'rollup_case_delta' | 'rollup_objection_delta';
  columns: readonly string[];
}

/**
 * Rows whose key occurred earlier among the accepted rows, with the first row of that key. A cheap
 * GROUP BY answers "are there any?" first; only then the window query (which sorts) runs. NULLs in
 * the key compare equal, as in GROUP BY.
 */
export async function duplicatesByKey(
  client: PoolClient,
  staging: string,
  key: string,
): Promise<Duplicate[]> {
  const { rows: any } = await client.query(
    `SELECT 1 FROM ${staging} WHERE reject_reason IS NULL GROUP BY ${key} HAVING count(*) > 1 LIMIT 1`,
  );
  if (any.length === 0) return [];
  const { rows } = await client.query<{ row_number: number; first_row: number }>(
    `SELECT row_number, first_row FROM (
       SELECT row_number, min(row_number) OVER (PARTITION BY ${key}) AS first_row
       FROM ${staging} WHERE reject_reason IS NULL
     ) d
     WHERE row_number <> first_row
     ORDER BY row_number`,
  );
  return rows.map((row) => ({ rowNumber: row.row_number, firstRow: row.first_row }));
}
