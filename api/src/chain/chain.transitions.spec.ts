import { createTestDatabase, TestDatabase } from '@leerlus/sql/testing';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { plusDays, seedIndicatorBasics } from '../handling-times/testing/indicator-fixtures';
import { sortedRows } from '../handling-times/testing/rollup-fixtures';
import { isStoredChainPeriod } from './chain-periods';
import { CHAIN_TRANSITIONS } from './chain.catalog';
import { ChainFilters, ChainRepository, ChainTransitionRow } from './chain.repository';

interface Complaint {
  municipality: string;
  subjectKey: string | null;
  kind: string;
  domain: string;
  line: string;
  received: string;
}

const LINES = ['eerste_lijn_aanbieder', 'eerste_lijn_gemeente', 'tweede_lijn'];
const DOMAINS = ['wmo', 'jeugd', 'schuldhulp'];

/**
 * Few citizens with many records each, over two years, two municipalities, three domains and every
 * line, on a seeded generator: many citizens have records just inside and just outside each window,
 * before their first complaint, in another domain or in the other municipality.
 */
function generateComplaints(count: number): Complaint[] {
  let seed = 20251203;
  const next = (below: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.floor((seed / 2147483648) * below);
  };
  return Array.from({ length: count }, () => ({
    municipality: next(4) === 0 ? 'GM0002' : 'GM0001',
    subjectKey: next(20) === 0 ? null : `k${next(60)}`,
    kind: next(8) === 0 ? 'signaal' : 'klacht',
    domain: DOMAINS[next(DOMAINS.length)] ?? 'wmo',
    line: LINES[next(LINES.length)] ?? 'tweede_lijn',
    received: plusDays('2024-01-01', next(731)),
  }));
}

/** Citizens whose next complaint is exactly at the window's end (365 days) or just after it. */
const WINDOW_EDGES: Complaint[] = [
  ['edge1', 'eerste_lijn_aanbieder', '2024-03-10'],
  ['edge1', 'eerste_lijn_gemeente', '2025-03-10'],
  ['edge2', 'eerste_lijn_gemeente', '2024-05-10'],
  ['edge2', 'tweede_lijn', '2025-05-11'],
  ['edge3', 'eerste_lijn_aanbieder', '2024-07-31'],
  ['edge3', 'tweede_lijn', '2025-07-31'],
].map(([subjectKey, line, received]) => ({
  municipality: 'GM0001',
  subjectKey: subjectKey ?? null,
  kind: 'klacht',
  domain: 'jeugd',
  line: line ?? '',
  received: received ?? '',
}));

/** A transition's counts without their key sums. */
type CountedTransition = Omit<ChainTransitionRow, 'citizens' | 'moved'> & { citizens: number; moved: number };

/** The definition (docs/indicators/chain.md), written out plainly: the answer the SQL must give. */
function expectedTransitions(
  complaints: readonly Complaint[],
  from: string,
  to: string,
  windowDays: number,
  filters: ChainFilters,
): CountedTransition[] {
  const counted = complaints.filter(
    (c) =>
      c.kind === 'klacht' &&
      c.subjectKey !== null &&
      (!filters.municipality || filters.municipality.includes(c.municipality)) &&
      (!filters.domain || filters.domain.includes(c.domain)),
  );
  return CHAIN_TRANSITIONS.map((step) => {
    const starts = counted.filter((a) => a.line === step.from && a.received >= from && a.received <= to);
    const citizen = (c: Complaint): string => `${c.municipality}/${c.subjectKey}`;
    const moved = starts.filter((a) =>
      counted.some(
        (b) =>
          citizen(b) === citizen(a) &&
          b.line === step.to &&
          b.received >= a.received &&
          b.received <= plusDays(a.received, windowDays),
      ),
    );
    return {
      from: step.from,
      to: step.to,
      citizens: new Set(starts.map(citizen)).size,
      moved: new Set(moved.map(citizen)).size,
    };
  });
}

/**
 * Changes case_record with `change` (a statement returning the changed rows as they are, or were when
 * deleted) and hands the delta to apply_rollup_delta() as the import's merge does: the stored versions
 * with sign -1, the new ones +1. `touched` selects the records to change (their old versions).
 */
async function changeWithDelta(pool: Pool, touched: string, change: string, deleted = false): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(
      `CREATE TEMP TABLE delta ON COMMIT DROP AS SELECT -1 AS sign, c.* FROM case_record c WHERE ${touched}`,
    );
    await client.query(
      `WITH changed AS (${change}) INSERT INTO delta SELECT 1, c.* FROM changed c WHERE ${deleted ? 'false' : 'true'}`,
    );
    await client.query('CREATE TEMP VIEW rollup_case_delta AS SELECT * FROM delta');
    await client.query('SELECT * FROM apply_rollup_delta()');
    await client.query('COMMIT');
  } finally {
    client.release(true);
  }
}

describe(`${ChainRepository.name} transitions`, () => {
  const complaints = [...generateComplaints(1500), ...WINDOW_EDGES];
  let database: TestDatabase;
  let dataSource: DataSource;
  let sut: ChainRepository;

  beforeAll(async () => {
    database = await createTestDatabase();
    const pool = database.pool;
    await seedIndicatorBasics(pool);
    await pool.query(`INSERT INTO municipality (code, name) VALUES ('GM0002', 'Klachtdorp')`);
    await pool.query(
      `INSERT INTO case_record (municipality_code, source_organisation_id, external_id, kind, domain_code, line,
         received_on, subject_key, import_id)
       SELECT c.municipality, (SELECT id FROM organisation WHERE code = 'GEM'), 't' || c.n, c.kind, c.domain,
              c.line, c.received, c.subject_key, (SELECT min(id) FROM import)
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::date[])
              WITH ORDINALITY AS c(municipality, subject_key, kind, domain, line, received, n)`,
      [
        complaints.map((c) => c.municipality),
        complaints.map((c) => c.subjectKey),
        complaints.map((c) => c.kind),
        complaints.map((c) => c.domain),
        complaints.map((c) => c.line),
        complaints.map((c) => c.received),
      ],
    );
    // The transitions read complaint_citizen_day, which the import's delta or a refresh maintains.
    await pool.query('SELECT * FROM refresh_rollups()');
    dataSource = new DataSource({ type: 'postgres', url: database.url });
    await dataSource.initialize();
    sut = new ChainRepository(dataSource);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  const cases: [string, string, number, ChainFilters][] = [
    ['2024-01-01', '2025-12-31', 365, {}],
    ['2024-01-01', '2025-12-31', 730, {}],
    ['2024-04-01', '2024-06-30', 0, {}],
    ['2024-04-01', '2024-06-30', 30, {}],
    ['2024-04-01', '2024-06-30', 31, { municipality: ['GM0001'] }],
    ['2025-01-15', '2025-02-14', 90, { domain: ['jeugd'] }],
    ['2024-07-01', '2024-12-31', 60, { municipality: ['GM0002'], domain: ['wmo', 'schuldhulp'] }],
    // Stored periods (chain_period_step).
    ['2024-01-01', '2024-12-31', 365, { domain: ['jeugd'] }],
    ['2024-10-01', '2025-09-30', 365, { municipality: ['GM0002'] }],
  ];

  it.each(cases)(
    'should follow each citizen from %s to %s within %i days (%j)',
    async (from, to, window, filters) => {
      const expected = expectedTransitions(complaints, from, to, window, filters);
      // The generated data must make the comparison meaningful: citizens that moved and some that did not.
      expect(expected.some((step) => step.moved > 0 && step.moved < step.citizens)).toBe(true);
      const actual = await sut.transitions(CHAIN_TRANSITIONS, from, to, window, filters);
      const counted = actual.map((row) => ({ ...row, citizens: row.citizens.count, moved: row.moved.count }));
      expect(sortedRows(counted)).toEqual(sortedRows(expected));
    },
  );

  describe('from chain_period_step', () => {
    const periods: [string, string, string][] = [
      ['a month', '2024-05-01', '2024-05-31'],
      ['a quarter', '2025-04-01', '2025-06-30'],
      ['a year', '2024-01-01', '2024-12-31'],
      ['12 months', '2024-07-01', '2025-06-30'],
      ['12 months at the end of the data', '2025-02-01', '2026-01-31'],
    ];
    const filters: ChainFilters[] = [
      {},
      { domain: ['jeugd'] },
      { municipality: ['GM0002'] },
      { municipality: ['GM0001', 'GM0002'], domain: ['wmo'] },
    ];
    const questions = periods.flatMap(([name, from, to]) =>
      filters.map((filter): [string, string, string, ChainFilters] => [name, from, to, filter]),
    );

    /** Every question answered both ways: the stored answers must equal following each citizen. */
    async function expectStoredAnswers(): Promise<void> {
      for (const [name, from, to, filter] of questions) {
        expect(isStoredChainPeriod(from, to)).toBe(true);
        const followed = await sut.followedTransitions(CHAIN_TRANSITIONS, from, to, 365, filter);
        const stored = await sut.storedTransitions(CHAIN_TRANSITIONS, from, to, filter);
        expect({ name, filter, rows: sortedRows(stored) }).toEqual({
          name,
          filter,
          rows: sortedRows(followed),
        });
      }
    }

    it('should store exactly the steps of the catalog', async () => {
      const { rows } = await database.pool.query<{ from: string; to: string }>(
        'SELECT from_line AS "from", to_line AS "to" FROM chain_steps()',
      );
      expect(sortedRows(rows)).toEqual(sortedRows(CHAIN_TRANSITIONS.map(({ from, to }) => ({ from, to }))));
    });

    it('should give what following each citizen gives, counts and key sums, after a full refresh', async () => {
      const { rows } = await database.pool.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM chain_period_step WHERE moved > 0 AND moved < citizens AND domain_code <> ''`,
      );
      expect(rows[0]?.n).toBeGreaterThan(50);
      await expectStoredAnswers();
    });

    it('should give what following each citizen gives after deltas that change, remove and add complaints', async () => {
      const pool = database.pool;
      // Other line, day and domain for existing citizens' complaints (and so other citizens' cells).
      await changeWithDelta(
        pool,
        'c.id % 5 = 0',
        `UPDATE case_record c SET received_on = c.received_on + (c.id % 40)::int - 20,
                line = CASE c.line WHEN 'tweede_lijn' THEN 'eerste_lijn_aanbieder' ELSE 'tweede_lijn' END,
                domain_code = CASE WHEN c.id % 3 = 0 THEN 'wmo' ELSE c.domain_code END
          WHERE c.id % 5 = 0 RETURNING c.*`,
      );
      await expectStoredAnswers();
      await changeWithDelta(
        pool,
        'c.id % 7 = 1',
        'DELETE FROM case_record c WHERE c.id % 7 = 1 RETURNING c.*',
        true,
      );
      await expectStoredAnswers();
      await changeWithDelta(
        pool,
        'false',
        `INSERT INTO case_record (municipality_code, source_organisation_id, external_id, kind, domain_code, line,
           received_on, subject_key, import_id)
         SELECT CASE WHEN n % 3 = 0 THEN 'GM0002' ELSE 'GM0001' END, (SELECT id FROM organisation WHERE code = 'GEM'),
                'new' || n, 'klacht', (ARRAY['wmo', 'jeugd', 'schuldhulp'])[n % 3 + 1],
                (ARRAY['eerste_lijn_aanbieder', 'eerste_lijn_gemeente', 'tweede_lijn'])[n % 4 % 3 + 1],
                DATE '2024-02-01' + n * 3, 'k' || (n % 60), (SELECT min(id) FROM import)
           FROM generate_series(1, 200) AS n
         RETURNING *`,
      );
      await expectStoredAnswers();
      // And what a full refresh gives.
      const delta = await pool.query('SELECT * FROM chain_period_step ORDER BY 1, 2, 3, 4, 5, 6');
      await pool.query('SELECT * FROM refresh_rollups()');
      const full = await pool.query('SELECT * FROM chain_period_step ORDER BY 1, 2, 3, 4, 5, 6');
      expect(delta.rows).toEqual(full.rows);
    });

    it('should give what a full refresh gives after deltas whose changes lie in one month', async () => {
      const pool = database.pool;
      // First half of 2021 for the same citizens: a delta whose changes reach no 2024 or 2025 period.
      await changeWithDelta(
        pool,
        'false',
        `INSERT INTO case_record (municipality_code, source_organisation_id, external_id, kind, domain_code, line,
           received_on, subject_key, import_id)
         SELECT 'GM0001', (SELECT id FROM organisation WHERE code = 'GEM'), 'early' || n, 'klacht',
                (ARRAY['wmo', 'jeugd', 'schuldhulp'])[n % 3 + 1],
                (ARRAY['eerste_lijn_aanbieder', 'eerste_lijn_gemeente', 'tweede_lijn'])[n % 7 % 3 + 1],
                DATE '2021-01-01' + n % 180, 'k' || (n % 60), (SELECT min(id) FROM import)
           FROM generate_series(1, 300) AS n
         RETURNING *`,
      );
      // December 2025: lines swapped (from- and to-lines) and days moved within the month. Its changes
      // reach periods back to January 2024 (to-complaints that followed a from-complaint of December
      // 2024; the year 2024), while the touched citizens' 2021 days lie beyond that reach.
      const december = `c.received_on BETWEEN '2025-12-01' AND '2025-12-31'`;
      const { rows } = await pool.query<{ far: number }>(
        `SELECT count(*)::int AS far FROM complaint_citizen_day d
          WHERE d.day < '2022-01-01' AND d.citizen IN (SELECT md5(c.subject_key)::uuid FROM case_record c WHERE ${december})`,
      );
      expect(rows[0]?.far).toBeGreaterThan(20);
      const swapLines = (month: string, last: string): Promise<void> =>
        changeWithDelta(
          pool,
          month,
          `UPDATE case_record c SET line = CASE c.line WHEN 'tweede_lijn' THEN 'eerste_lijn_aanbieder'
                                                       WHEN 'eerste_lijn_aanbieder' THEN 'tweede_lijn' ELSE c.line END,
                  received_on = LEAST(c.received_on + (c.id % 3)::int, DATE '${last}')
            WHERE ${month} RETURNING c.*`,
        );
      await swapLines(december, '2025-12-31');
      await expectStoredAnswers();
      // January 2024: its reach ends with the year 2024, whose December complaints are followed in 2025.
      await swapLines(`c.received_on BETWEEN '2024-01-01' AND '2024-01-31'`, '2024-01-31');
      await expectStoredAnswers();
      const delta = await pool.query('SELECT * FROM chain_period_step ORDER BY 1, 2, 3, 4, 5, 6');
      await pool.query('SELECT * FROM refresh_rollups()');
      const full = await pool.query('SELECT * FROM chain_period_step ORDER BY 1, 2, 3, 4, 5, 6');
      expect(delta.rows).toEqual(full.rows);
    });

    it('should answer a stored question from chain_period_step and any other by following each citizen', async () => {
      const pool = database.pool;
      const planted = `UPDATE chain_period_step SET citizens = citizens + 1000
                        WHERE period_from = '2024-01-01' AND period_to = '2024-12-31' AND domain_code = ''`;
      await pool.query(planted);
      try {
        const stored = await sut.transitions(CHAIN_TRANSITIONS, '2024-01-01', '2024-12-31', 365, {});
        const followed = await sut.followedTransitions(
          CHAIN_TRANSITIONS,
          '2024-01-01',
          '2024-12-31',
          365,
          {},
        );
        expect(stored.map((row) => row.citizens.count - 1000 * 2)).toEqual(
          followed.map((row) => row.citizens.count),
        );
        for (const [window, filter] of [
          [364, {}],
          [365, { domain: ['wmo', 'jeugd'] }],
        ] as const) {
          const other = await sut.transitions(CHAIN_TRANSITIONS, '2024-01-01', '2024-12-31', window, filter);
          expect(other).toEqual(
            await sut.followedTransitions(CHAIN_TRANSITIONS, '2024-01-01', '2024-12-31', window, filter),
          );
        }
      } finally {
        await pool.query('SELECT * FROM refresh_rollups()');
      }
    });

    it.each([
      ['2024-03-01', '2024-03-31', true],
      ['2024-02-01', '2024-02-29', true],
      ['2024-04-01', '2024-06-30', true],
      ['2024-05-01', '2024-07-31', false],
      ['2024-03-01', '2025-02-28', true],
      ['2024-03-02', '2025-03-01', false],
      ['2024-01-01', '2025-12-31', false],
      ['2024-03-01', '2024-03-30', false],
    ])('should tell whether %s to %s is a stored period (%s)', (from, to, stored) => {
      expect(isStoredChainPeriod(from, to)).toBe(stored);
    });
  });
});
