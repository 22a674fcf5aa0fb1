import type { PoolClient } from 'pg';
import { refreshRollupMonths, refreshSignals, type RollupRefresh } from './derived-data';
import type { RunContext } from './run-context';

type Queryable = Pick<PoolClient, 'query'>;

/** A part of the derived data an import may write after its facts' commit (derived_data_backlog, 0393). */
type DerivedPart = 'record_rollups' | 'outcome_rollups' | 'signals';

/** The phase of ImportSummary.phases in which the side sessions write. */
export const AFTER_COMMIT_PHASE = 'rollups and signals after the commit (two sessions)';

/** The tables readers must not see before a side session wrote them, per side session. */
const RECORD_HALF_TABLES = `SELECT array(SELECT unnest(rollup_names()) EXCEPT SELECT unnest(outcome_delta_rollups()))`;
const OUTCOME_HALF_TABLES = `SELECT outcome_delta_rollups() || ARRAY['signal', 'signal_evidence_record']`;

/** Tells the API's answer caches (migrations/0041) that derived data changed; delivered at COMMIT. */
const NOTIFY_DATA_CHANGED = `SELECT pg_notify('leerlus_data_changed', 'derived_data_backlog')`;

/** Every stored case record of one municipality, each counted once: an initial load's delta. */
function everyCaseOf(client: PoolClient, municipalityCode: string): string {
  return `(SELECT 1 AS sign, f.* FROM case_record f WHERE f.municipality_code = ${client.escapeLiteral(municipalityCode)})`;
}
const NO_OBJECTIONS = '(SELECT 1 AS sign, f.* FROM objection_decision f WHERE false)';

/**
 * The derived data of an initial load, written after its facts' commit on two sessions side by side
 * (docs/scaling.md, "Derived data after the commit, tenth session"). Inside the import's transaction
 * PostgreSQL runs every statement on its one backend, so the rollup delta and the signals used to follow
 * each other on one core while the other idled. They read only committed facts, so after the commit they
 * share the cores: one session writes the records' half of the rollup delta (rollup_record_delta(),
 * sql/views/0400), the other the outcomes' half (rollup_outcome_delta()) and then the signals. An initial
 * load filled an empty case_record, so its delta is every stored record of the municipality, each counted
 * once, read straight from case_record.
 *
 * Readers see what they saw before: each side session locks the tables it will write (ACCESS EXCLUSIVE)
 * before the facts' commit (`open`), so a reader of a rollup or of the signals waits for them (the API
 * answers DATA_BUSY after its lock timeout) as it waited for the facts.
 *
 * The facts' transaction queues one row per part in derived_data_backlog; each part deletes its row in the
 * transaction that writes it. What fails is recomputed on the import's own session once the side sessions
 * are done (`catchUpDerivedData`); a row left behind by a stopped process is caught up by the next import.
 */
export class DerivedDataAfterCommit {
  private constructor(
    private readonly run: RunContext,
    private readonly sessions: { records: PoolClient; outcomes: PoolClient },
  ) {}

  /**
   * Both side sessions, each in a transaction holding the locks on the tables it will write; null when the
   * server has no connection to spare or a lock is not granted within LOCK_WAIT (the import then writes its
   * derived data itself, before its commit). Called when the facts' transaction will not touch those tables
   * again, so it never waits for the side sessions. The wait is bounded because a reader that holds one of
   * them and waits for the facts (a query of both, without a lock timeout) would otherwise wait for ever:
   * the facts' commit waits for these locks.
   */
  static async open(run: RunContext): Promise<DerivedDataAfterCommit | null> {
    const opened: PoolClient[] = [];
    try {
      opened.push(await run.openSideSession());
      opened.push(await run.openSideSession());
      const [records, outcomes] = opened as [PoolClient, PoolClient];
      await Promise.all([lockTables(records, RECORD_HALF_TABLES), lockTables(outcomes, OUTCOME_HALF_TABLES)]);
      return new DerivedDataAfterCommit(run, { records, outcomes });
    } catch (error) {
      await Promise.all(opened.map((client) => rollBackAndRelease(client)));
      run.options.log?.(
        `Samenvattingen en systeemsignalen in de importtransactie: geen extra sessies (${(error as Error).message})`,
      );
      return null;
    }
  }

  /** Last step of the facts' transaction: queues the parts the side sessions will write. */
  async queue(): Promise<void> {
    const { client, municipalityCode, importId } = this.run;
    await client.query(
      `INSERT INTO derived_data_backlog (municipality_code, part, import_id)
       SELECT $1, part, $2 FROM unnest($3::text[]) AS part
       ON CONFLICT (municipality_code, part) DO UPDATE SET import_id = EXCLUDED.import_id, queued_at = now()`,
      [municipalityCode, importId, ['record_rollups', 'outcome_rollups', 'signals'] satisfies DerivedPart[]],
    );
  }

  /**
   * After the facts' commit: both halves side by side, each committed on its own; then whatever a side
   * session could not write (its queue row is still there) is recomputed on the import's session.
   */
  async write(): Promise<RollupRefresh> {
    const { run, sessions } = this;
    const started = Date.now();
    const cases = everyCaseOf(sessions.records, run.municipalityCode);
    const halves = await Promise.allSettled([
      this.writeHalf(sessions.records, 'record_rollups', 'rollup_record_delta', cases),
      this.writeHalf(sessions.outcomes, 'outcome_rollups', 'rollup_outcome_delta', cases, () =>
        this.writeSignals(),
      ),
    ]);
    const rollupsRefreshed: string[] = [];
    let doneAt = started;
    for (const half of halves) {
      if (half.status === 'fulfilled') {
        rollupsRefreshed.push(...half.value.names);
        doneAt = Math.max(doneAt, half.value.doneAt);
      } else {
        run.warn(`samenvattingen niet bijgewerkt na het vastleggen: ${(half.reason as Error).message}`);
      }
    }
    await catchUpDerivedData(run.client, run.municipalityCode, (message) => run.warn(message));
    // In the order apply_rollup_delta() reports them.
    const { rows } = await run.client.query<{ names: string[] }>('SELECT rollup_names() AS names');
    const order = rows[0]?.names ?? [];
    rollupsRefreshed.sort((a, b) => order.indexOf(a) - order.indexOf(b));
    return { rollupsRefreshed, rollupsRefreshMs: doneAt - started };
  }

  /** Gives the side sessions back, rolling back what they did not commit (an import that failed). */
  async release(): Promise<void> {
    await Promise.all(Object.values(this.sessions).map((client) => rollBackAndRelease(client)));
  }

  /** One half of the rollup delta, then `more` (the signals), in the side session's transaction. */
  private async writeHalf(
    client: PoolClient,
    part: DerivedPart,
    rollupFunction: 'rollup_record_delta' | 'rollup_outcome_delta',
    cases: string,
    more?: () => Promise<void>,
  ): Promise<{ names: string[]; doneAt: number }> {
    try {
      await dequeue(client, this.run.municipalityCode, part);
      const { rows } = await client.query<{ rollup_name: string }>(
        `SELECT rollup_name FROM ${rollupFunction}($1, $2)`,
        [cases, NO_OBJECTIONS],
      );
      const doneAt = Date.now();
      await more?.();
      await client.query(NOTIFY_DATA_CHANGED);
      await client.query('COMMIT');
      return { names: rows.map((row) => row.rollup_name), doneAt };
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
  }

  /** The signals, in a savepoint: when they fail the outcomes' half is still committed. */
  private async writeSignals(): Promise<void> {
    const { run } = this;
    const client = this.sessions.outcomes;
    await client.query('SAVEPOINT signals');
    try {
      await dequeue(client, run.municipalityCode, 'signals');
      await refreshSignals(client, run.municipalityCode);
      await client.query('RELEASE SAVEPOINT signals');
    } catch (error) {
      await client.query('ROLLBACK TO SAVEPOINT signals');
      run.warn(`systeemsignalen niet bijgewerkt na het vastleggen: ${(error as Error).message}`);
    }
  }
}

/** How long a side session waits for the locks on its tables before the import does without it. */
const LOCK_WAIT = '10s';

/** A transaction for derived data: its aggregations group a whole municipality's records in memory, as
 * the import's own session does. */
async function begin(client: Queryable): Promise<void> {
  await client.query('BEGIN');
  await client.query("SET LOCAL work_mem = '256MB'");
}

async function lockTables(client: PoolClient, tablesSql: string): Promise<void> {
  await begin(client);
  const { rows } = await client.query<{ tables: string[] }>(`${tablesSql} AS tables`);
  const tables = (rows[0]?.tables ?? []).map((table) => client.escapeIdentifier(table));
  await client.query(`SET LOCAL lock_timeout = '${LOCK_WAIT}'`);
  await client.query(`LOCK TABLE ${tables.join(', ')} IN ACCESS EXCLUSIVE MODE`);
  await client.query("SET LOCAL lock_timeout = '0'");
}

async function rollBackAndRelease(client: PoolClient): Promise<void> {
  const broken = await client.query('ROLLBACK').then(
    () => undefined,
    (error: Error) => error,
  );
  client.release(broken);
}

async function dequeue(client: Queryable, municipalityCode: string, part: DerivedPart): Promise<void> {
  await client.query('DELETE FROM derived_data_backlog WHERE municipality_code = $1 AND part = $2', [
    municipalityCode,
    part,
  ]);
}

interface Owed {
  municipality_code: string;
  parts: DerivedPart[];
}

/**
 * The derived data still owed (derived_data_backlog) of one municipality, or of all (null), recomputed in one
 * transaction per municipality: every rollup when a rollup part is owed (refresh_rollups()), the signals when
 * they are. A failure is reported and leaves the rows for the next import.
 */
export async function catchUpDerivedData(
  client: PoolClient,
  municipalityCode: string | null,
  report: (message: string) => void,
): Promise<void> {
  const { rows } = await client.query<Owed>(
    `SELECT municipality_code, array_agg(part ORDER BY part) AS parts FROM derived_data_backlog
     WHERE $1::text IS NULL OR municipality_code = $1 GROUP BY 1 ORDER BY 1`,
    [municipalityCode],
  );
  for (const owed of rows) {
    try {
      await begin(client);
      if (owed.parts.includes('record_rollups') || owed.parts.includes('outcome_rollups')) {
        await refreshRollupMonths(client, owed.municipality_code, 'all');
      }
      if (owed.parts.includes('signals')) await refreshSignals(client, owed.municipality_code);
      await client.query('DELETE FROM derived_data_backlog WHERE municipality_code = $1', [
        owed.municipality_code,
      ]);
      await client.query(NOTIFY_DATA_CHANGED);
      await client.query('COMMIT');
      report(`samenvattingen en systeemsignalen van gemeente ${owed.municipality_code} alsnog bijgewerkt`);
    } catch (error) {
      await client.query('ROLLBACK');
      report(
        `samenvattingen en systeemsignalen van gemeente ${owed.municipality_code} niet bijgewerkt: ${(error as Error).message}; de volgende import probeert het opnieuw`,
      );
    }
  }
}
