import { createTestDatabase, TestDatabase } from '@leerlus/sql/testing';
import { DataSource } from 'typeorm';
import { plusDays, seedIndicatorBasics } from '../handling-times/testing/indicator-fixtures';
import { sortedRows } from '../handling-times/testing/rollup-fixtures';
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

describe(`${ChainRepository.name} transitions`, () => {
  const complaints = generateComplaints(1500);
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
});
