import { createTestDatabase, type TestDatabase } from '@leerlus/sql/testing';
import { importFile, type ImportSummary } from './import-file';
import { elfproef } from './privacy/bsn';
import {
  CASE_HEADERS,
  CASE_PROFILE,
  caseRow,
  type CaseRow,
  seedReference,
  TEST_KEY,
  toCsv,
  writeText,
} from './testing/fixtures';
import { useTempDirs } from '@leerlus/sql/tempDirs';

const tempDir = useTempDirs('leerlus-etl-');

/** Every rollup that apply_rollup_delta() maintains (sql/views/0400's rollup_names(), read in beforeAll). */
const ROLLUPS: string[] = [];

const OBJECTION_PROFILE = `
name: test-bezwaar-delta
label: Beslissingen op bezwaar
target: objection_decision
read: { format: csv, delimiter: ";" }
fields:
  external_id: { column: Zaak }
  source_organisation: { default: gemeente-testdorp }
  law: { column: Wet, vocabulary: wetten }
  domain: { column: Wet, vocabulary: domeinen }
  objection_received_on: { column: Ontvangen }
  decided_on: { column: Beslist }
  advisory_committee: { column: Commissie }
  outcome: { column: Uitkomst, vocabulary: uitkomsten }
  summary: { column: Samenvatting }
  subject: { column: Burger }
vocabularies:
  wetten: { Wmo 2015: wmo, Jeugdwet: jeugdwet }
  domeinen: { Wmo 2015: wmo, Jeugdwet: jeugd }
  uitkomsten: { Gegrond: gegrond, Ongegrond: ongegrond, '*': onbekend }
`;

const DOMAINS = ['Wmo', 'Jeugd', 'Participatie'];
const KINDS = ['Klacht', 'Klacht', 'Melding', 'Signaal'];
const THEMES = ['Wachttijd', 'Bejegening', ''];
const OUTCOMES = ['Gegrond', 'Ongegrond', 'Deels gegrond'];

const date = (day: number): string => {
  const d = new Date(Date.UTC(2024, 0, 1) + day * 86_400_000);
  return `${String(d.getUTCDate()).padStart(2, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${d.getUTCFullYear()}`;
};

/** A valid BSN (elfproef) per citizen number, so that records share a pseudonym (the chain's citizens). */
function bsn(citizen: number): string {
  for (let base = 10_000_000 + citizen * 1000; ; base++) {
    const last = Array.from({ length: 10 }, (_, digit) => `${base}${digit}`).find(elfproef);
    if (last) return last;
  }
}

/** Varied complaints over five months: kinds, domains, themes, open and closed, several outcomes. */
function cases(from: number, count: number, change: (n: number) => Partial<CaseRow> = () => ({})): CaseRow[] {
  return Array.from({ length: count }, (_, i) => {
    const n = from + i;
    const received = (n * 7) % 150;
    const open = n % 5 === 0;
    return caseRow(n, {
      Zaaknummer: `D-${n}`,
      Soort: KINDS[n % KINDS.length]!,
      Domein: DOMAINS[n % DOMAINS.length]!,
      Onderwerp: THEMES[n % THEMES.length]!,
      'Datum ontvangst': date(received),
      'Datum afgehandeld': open ? '' : date(received + 3 + ((n * 11) % 70)),
      Uitkomst: open ? 'Lopend' : OUTCOMES[n % OUTCOMES.length]!,
      BSN: n % 4 === 3 ? '' : bsn(n % 23),
      ...change(n),
    });
  });
}

describe('rollups maintained from the import delta', () => {
  let db: TestDatabase;
  let dir: string;
  let caseProfile: string;
  let objectionProfile: string;
  let fileNumber = 0;

  beforeAll(async () => {
    process.env.LEERLUS_PSEUDONYM_KEY = TEST_KEY;
    db = await createTestDatabase();
    const all = await db.pool.query<{ name: string }>('SELECT unnest(rollup_names()) AS name');
    ROLLUPS.push(...all.rows.map((row) => row.name));
    await seedReference(db.pool);
    dir = await tempDir();
    caseProfile = await writeText(dir, 'test-klachten.yaml', CASE_PROFILE);
    objectionProfile = await writeText(dir, 'test-bezwaar.yaml', OBJECTION_PROFILE);
  });

  afterAll(async () => {
    await db.drop();
  });

  async function importCases(rows: CaseRow[]): Promise<ImportSummary> {
    fileNumber++;
    const file = await writeText(dir, `klachten-${fileNumber}.csv`, toCsv(CASE_HEADERS, rows));
    return importFile(db.pool, { file, profile: caseProfile, dataDir: dir, force: true });
  }

  async function importObjections(lines: string[]): Promise<ImportSummary> {
    fileNumber++;
    const header = 'Zaak;Wet;Ontvangen;Beslist;Commissie;Uitkomst;Samenvatting;Burger';
    const file = await writeText(dir, `bezwaren-${fileNumber}.csv`, [header, ...lines].join('\n'));
    return importFile(db.pool, { file, profile: objectionProfile, dataDir: dir, force: true });
  }

  /** Every rollup's rows as sorted JSON lines. */
  async function snapshot(): Promise<Record<string, string[]>> {
    const result: Record<string, string[]> = {};
    for (const table of ROLLUPS) {
      const { rows } = await db.pool.query<{ line: string }>(
        `SELECT row_to_json(t)::text AS line FROM ${table} t ORDER BY 1`,
      );
      result[table] = rows.map((row) => row.line);
    }
    return result;
  }

  /** The rollups as the import left them, and as a full recompute from the facts gives them. */
  async function deltaAndRecompute(): Promise<[Record<string, string[]>, Record<string, string[]>]> {
    const delta = await snapshot();
    await db.pool.query('SELECT * FROM refresh_rollups()');
    return [delta, await snapshot()];
  }

  it('should give what a full recompute gives after a first import (inserts only)', async () => {
    const summary = await importCases(cases(1, 300));
    expect(summary).toMatchObject({ status: 'succeeded', rowsInserted: 300 });
    expect(summary.rollupsRefreshed).toEqual(ROLLUPS);
    const [delta, recomputed] = await deltaAndRecompute();
    expect(ROLLUPS).toContain('case_month_outcome');
    expect(delta.case_month_outcome?.length).toBeGreaterThan(20);
    // Every rollup has cells, so a rollup the delta leaves out cannot match its recompute by being empty.
    expect(ROLLUPS.filter((rollup) => (delta[rollup]?.length ?? 0) === 0)).toEqual([]);
    expect(delta).toEqual(recomputed);
  });

  it('should give what a full recompute gives after updates that move records to other cells', async () => {
    // Re-exports: another domain, month, outcome, theme or kind; closed and reopened; and new records.
    const changed = cases(1, 300, (n) => {
      if (n % 4 === 0) return { Domein: DOMAINS[(n + 1) % DOMAINS.length]!, BSN: bsn((n + 5) % 23) };
      if (n % 4 === 1) return { 'Datum ontvangst': date(150 + (n % 20)), 'Datum afgehandeld': '' };
      if (n % 4 === 2) return { Uitkomst: 'Ongegrond', Onderwerp: 'Bejegening', Soort: 'Klacht' };
      return {};
    });
    const summary = await importCases([...changed, ...cases(301, 40)]);
    expect(summary).toMatchObject({ status: 'succeeded', rowsInserted: 40 });
    expect(summary.rowsUpdated).toBeGreaterThan(150);
    expect(summary.rowsUnchanged).toBeGreaterThan(0);
    const [delta, recomputed] = await deltaAndRecompute();
    expect(delta).toEqual(recomputed);
  });

  it('should remove the cells a record left empty, and leave rollups alone when nothing changed', async () => {
    // D-1000 alone in its month (August 2024): moved to January, August's cells must disappear.
    await importCases(cases(1000, 1, () => ({ 'Datum ontvangst': '15-08-2024', 'Datum afgehandeld': '' })));
    const moved = await importCases(cases(1000, 1, () => ({ 'Datum ontvangst': '15-01-2024' })));
    expect(moved.rowsUpdated).toBe(1);
    const { rows } = await db.pool.query(`SELECT 1 FROM case_month_domain WHERE month = '2024-08-01'`);
    expect(rows).toHaveLength(0);
    const before = await snapshot();
    const again = await importCases(cases(1000, 1, () => ({ 'Datum ontvangst': '15-01-2024' })));
    expect(again).toMatchObject({ rowsUnchanged: 1, rollupsRefreshed: [] });
    expect(await snapshot()).toEqual(before);
    const [delta, recomputed] = await deltaAndRecompute();
    expect(delta).toEqual(recomputed);
  });

  it('should subtract deleted records and add them back when they are imported again', async () => {
    const removed = cases(1, 120);
    const client = await db.pool.connect();
    try {
      // A deletion captured as a delta: the deleted rows with sign -1 (what apply_rollup_delta() reads).
      await client.query('BEGIN');
      await client.query(
        `CREATE TEMP TABLE gone ON COMMIT DROP AS
         WITH d AS (DELETE FROM case_record WHERE external_id = ANY($1) RETURNING *) SELECT -1 AS sign, * FROM d`,
        [removed.map((row) => row.Zaaknummer)],
      );
      await client.query('CREATE TEMP VIEW rollup_case_delta AS SELECT * FROM gone');
      await client.query('SELECT * FROM apply_rollup_delta()');
      await client.query('COMMIT');
    } finally {
      client.release();
    }
    const [afterDelete, recomputed] = await deltaAndRecompute();
    expect(afterDelete).toEqual(recomputed);

    const back = await importCases(removed);
    expect(back.rowsInserted).toBe(120);
    const [afterReimport, recomputedAgain] = await deltaAndRecompute();
    expect(afterReimport).toEqual(recomputedAgain);
  });

  it('should maintain the objections rollups from their delta too', async () => {
    const lines = (outcome: string, shift: number): string[] =>
      Array.from({ length: 60 }, (_, i) => {
        const received = date((i * 5 + shift) % 150);
        const decided = i % 3 === 0 ? '' : date(((i * 5 + shift) % 150) + 20 + i);
        return `BZ-${i};${i % 2 ? 'Wmo 2015' : 'Jeugdwet'};${received};${decided};${i % 4 ? 'nee' : 'ja'};${outcome};Samenvatting;`;
      });
    expect(await importObjections(lines('Ongegrond', 0))).toMatchObject({ rowsInserted: 60 });
    let [delta, recomputed] = await deltaAndRecompute();
    expect(delta).toEqual(recomputed);
    const changed = await importObjections(lines('Gegrond', 40));
    expect(changed.rowsUpdated).toBe(60);
    [delta, recomputed] = await deltaAndRecompute();
    expect(delta).toEqual(recomputed);
  });

  it('should recompute the rollups in full when the delta fails, so they never fall behind the facts', async () => {
    const { rows } = await db.pool.query<{ definition: string }>(
      `SELECT pg_get_functiondef('apply_rollup_delta'::regproc) AS definition`,
    );
    await db.pool.query(`CREATE OR REPLACE FUNCTION apply_rollup_delta()
      RETURNS TABLE (rollup_name text, row_count bigint) LANGUAGE plpgsql
      AS $$ BEGIN RAISE EXCEPTION 'delta planted to fail'; END $$`);
    try {
      const moved = cases(1, 60, (n) => ({ 'Datum ontvangst': date(200 + (n % 10)) }));
      const summary = await importCases(moved);
      expect(summary.status).toBe('succeeded');
      expect(summary.warnings.join(' ')).toContain('delta planted to fail');
      expect(summary.rollupsRefreshed).toEqual(ROLLUPS);
      const [after, recomputed] = await deltaAndRecompute();
      expect(after).toEqual(recomputed);
    } finally {
      await db.pool.query(rows[0]!.definition);
    }
  });
});
