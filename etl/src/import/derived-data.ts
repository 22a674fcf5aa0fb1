import type { PoolClient } from 'pg';
import type { DateRange, TargetImporter } from '../importers/importer';
import type { RunContext } from './run-context';

type Queryable = Pick<PoolClient, 'query'>;

/**
 * Rollups and systemic-failure signals of one municipality, recomputed from the facts: the rollups for
 * the whole months overlapping `rollups` (every month for 'all', none for 'none'), the signals completely.
 */
export async function refreshDerivedData(
  client: Queryable,
  municipalityCode: string,
  rollups: DateRange | 'all' | 'none' = 'all',
): Promise<string[]> {
  const refreshed = await refreshRollupMonths(client, municipalityCode, rollups);
  await refreshSignals(client, municipalityCode);
  return refreshed;
}

/** The rollups of one municipality for the whole months overlapping `rollups`; the names refreshed. */
export async function refreshRollupMonths(
  client: Queryable,
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

/**
 * The signals of one municipality; with `changedFrom` (only case records changed, none received before
 * that day) only the periods those changes can reach (sql/views/0300_signals.sql).
 */
export async function refreshSignals(
  client: Queryable,
  municipalityCode: string,
  changedFrom: string | null = null,
): Promise<void> {
  // Signals keep their review status across recomputes.
  await client.query('SELECT count(*) FROM refresh_signals($1, NULL, $2::date)', [
    municipalityCode,
    changedFrom,
  ]);
}

/**
 * The first day the import's case-record delta touches (old and new versions; a record is closed on or
 * after its receipt), or null when the import changed other facts (their signals are recomputed whole).
 */
async function caseRecordsChangedFrom(client: Queryable, importer: TargetImporter): Promise<string | null> {
  const feed = importer.rollupFeed;
  if (feed?.table !== 'case_record') return null;
  const { rows } = await client.query<{ from: string | null }>(
    `SELECT min(received_on)::text AS from FROM ${feed.delta}`,
  );
  return rows[0]?.from ?? null;
}

export interface RollupRefresh {
  rollupsRefreshed: string[];
  /** How long the rollups took to follow this import. */
  rollupsRefreshMs: number;
}

/**
 * Rollups from the import's delta (apply_rollup_delta(), sql/views/0400), then the signals of the periods
 * it reaches, in a savepoint: when they fail the facts are still committed and the failure is a warning.
 */
export async function refreshAfterImport(run: RunContext, importer: TargetImporter): Promise<RollupRefresh> {
  const { client, clock } = run;
  await client.query('SAVEPOINT rollups');
  try {
    const started = Date.now();
    let rollupsRefreshed: string[] = [];
    let changedFrom: string | null = null;
    if (await importer.writeRollupDelta(client)) {
      const { rows } = await client.query<{ rollup_name: string }>(
        'SELECT rollup_name FROM apply_rollup_delta()',
      );
      rollupsRefreshed = rows.map((row) => row.rollup_name);
      changedFrom = await caseRecordsChangedFrom(client, importer);
    }
    const rollupsRefreshMs = Date.now() - started;
    clock.lap('rollups (delta)');
    await refreshSignals(client, run.municipalityCode, changedFrom);
    await client.query('RELEASE SAVEPOINT rollups');
    clock.lap('signals');
    return { rollupsRefreshed, rollupsRefreshMs };
  } catch (error) {
    await client.query('ROLLBACK TO SAVEPOINT rollups');
    return recomputeRollups(run, error as Error);
  }
}

/**
 * A failed delta would leave the rollups behind the committed facts for good (the next delta only adds
 * its own changes), so they are recomputed for the whole municipality instead: slow, but right. Only when
 * that fails too are the facts committed with a warning (refresh_rollups() repairs them later).
 */
async function recomputeRollups(run: RunContext, deltaError: Error): Promise<RollupRefresh> {
  const { client, clock } = run;
  run.warn(
    `samenvattingen niet bijgewerkt uit de wijzigingen (${deltaError.message}); alles opnieuw berekend`,
  );
  await client.query('SAVEPOINT rollups');
  try {
    const started = Date.now();
    const rollupsRefreshed = await refreshRollupMonths(client, run.municipalityCode, 'all');
    const rollupsRefreshMs = Date.now() - started;
    clock.lap('rollups (recomputed)');
    await refreshSignals(client, run.municipalityCode);
    await client.query('RELEASE SAVEPOINT rollups');
    clock.lap('signals');
    return { rollupsRefreshed, rollupsRefreshMs };
  } catch (error) {
    await client.query('ROLLBACK TO SAVEPOINT rollups');
    run.warn(`samenvattingen en systeemsignalen niet ververst: ${(error as Error).message}`);
    return { rollupsRefreshed: [], rollupsRefreshMs: 0 };
  }
}
