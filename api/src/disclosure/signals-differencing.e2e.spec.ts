import { Role } from '../auth/role';
import { seedIndicatorBasics } from '../handling-times/testing/indicator-fixtures';
import { createTestApp, TestApp, TestSession } from '../testing/createTestApp';
import { publishedFromFacts } from './testing/published-from-facts';

/**
 * Issue 19, finding 1, for signals as an indicator family: the evidence of a signal is shown to the
 * aggregate roles; can raad combine it with another signal's evidence or with the perturbed `metrics`
 * answer for the same cell to recover a hidden small count? Planted: 32 handling organisations; at
 * organisation k, in 2024-H1:
 * - a = 20 + k % 7 complaints received 2024-01-10, closed 2024-05-20 (over the 42-day term), without
 *   feedback to the complainant (so both "termijn overschreden" and "geen terugkoppeling" fire);
 * - 3 + k % 5 complaints on the same days with feedback (so the share without feedback is not 1);
 * - t = 1 + k % 4 complaints received and closed on the same days, feedback not recorded (hidden: the
 *   first signal counts them among its closed complaints, the second does not);
 * - u = 1 + (k + 1) % 4 complaints received 2024-01-15, still open (hidden: in `metrics`' January
 *   count, not among the closed ones).
 * And a theme rise in 32 municipalities: in municipality GM(1000 + i), theme "communicatie", two
 * complaints a quarter through 2023 at each of four organisations, then in 2024-Q1 20 + i % 7, 12 and 9
 * at TH-A, TH-B, TH-C (rising: the signal counts them) and d = 1 + i % 4 at TH-D (hidden: not rising).
 * Record keys are fixed from a hash, so the outcome is the same on every run.
 */
const ORGANISATIONS = 32;
const withoutFeedbackRecord = (k: number): number => 1 + (k % 4);
const stillOpen = (k: number): number => 1 + ((k + 1) % 4);
/** As in differencing.e2e.spec.ts: the share of trials a perturbed answer may still give away. */
const MAX_SUCCESS_RATE = 0.45;
const trials = Array.from({ length: ORGANISATIONS }, (_, k) => k);

const SIGNALS = `query ($filter: SignalFilterInput) {
  signals(filter: $filter) { ruleCode scopeKey periodStart score evidence { name value } }
}`;
const METRICS = `query ($query: MetricsQueryInput!) { metrics(query: $query) { totals { values { value } } } }`;
interface SignalData {
  signals: {
    ruleCode: string;
    scopeKey: string;
    periodStart: string;
    score: number | null;
    evidence: { name: string; value: number | null }[];
  }[];
}

function successRate(estimates: readonly (number | null)[], truth: (k: number) => number): number {
  return (
    estimates.filter((estimate, k) => estimate !== null && Math.round(estimate) === truth(k)).length /
    estimates.length
  );
}

describe('differencing attacks on signal evidence (issue 19)', () => {
  let sut: TestApp;
  const sessions = new Map<Role, TestSession>();
  const measured = new Map<string, number>();
  const as = async (role: Role): Promise<TestSession> => {
    const known = sessions.get(role) ?? (await sut.login(role));
    sessions.set(role, known);
    return known;
  };

  beforeAll(async () => {
    sut = await createTestApp();
    const pool = sut.database.pool;
    await seedIndicatorBasics(pool);
    await pool.query(
      `INSERT INTO organisation (code, name, kind, municipality_code)
       SELECT 'BEH-' || k, 'Behandelaar ' || k, 'aanbieder', 'GM0001' FROM generate_series(0, $1::integer - 1) AS k`,
      [ORGANISATIONS],
    );
    await pool.query(
      `INSERT INTO case_record (municipality_code, source_organisation_id, external_id, kind, domain_code, line,
         route, received_on, closed_on, feedback_given, import_id)
       SELECT 'GM0001', o.id, o.code || '-' || g.prefix || '-' || n, 'klacht', 'wmo', 'eerste_lijn_aanbieder',
              'formeel', g.received_on, g.closed_on, g.feedback_given, (SELECT min(id) FROM import)
         FROM generate_series(0, $1::integer - 1) AS k
         JOIN organisation o ON o.code = 'BEH-' || k
        CROSS JOIN LATERAL (VALUES
          ('A', DATE '2024-01-10', DATE '2024-05-20', false, 20 + k % 7),
          ('F', DATE '2024-01-10', DATE '2024-05-20', true, 3 + k % 5),
          ('T', DATE '2024-01-10', DATE '2024-05-20', NULL, 1 + k % 4),
          ('U', DATE '2024-01-15', NULL, NULL, 1 + (k + 1) % 4)
        ) AS g(prefix, received_on, closed_on, feedback_given, records)
        CROSS JOIN generate_series(1, g.records) AS n`,
      [ORGANISATIONS],
    );
    await pool.query(
      `INSERT INTO municipality (code, name)
       SELECT 'GM' || (1000 + i), 'Gemeente ' || i FROM generate_series(0, $1::integer - 1) AS i`,
      [ORGANISATIONS],
    );
    await pool.query(
      `INSERT INTO organisation (code, name, kind, municipality_code)
       SELECT 'TH-' || x, 'Thema ' || x, 'aanbieder', 'GM0001' FROM unnest(ARRAY['A', 'B', 'C', 'D']) AS x`,
    );
    await pool.query(
      `INSERT INTO case_record (municipality_code, source_organisation_id, external_id, kind, domain_code,
         theme_id, line, route, received_on, import_id)
       SELECT 'GM' || (1000 + i), o.id, 'GM' || (1000 + i) || '-' || o.code || '-' || g.received_on || '-' || n,
              'klacht', 'wmo', (SELECT id FROM theme WHERE code = 'communicatie'), 'eerste_lijn_aanbieder',
              'formeel', g.received_on, (SELECT min(id) FROM import)
         FROM generate_series(0, $1::integer - 1) AS i
        CROSS JOIN LATERAL (VALUES
          ('A', 20 + i % 7), ('B', 12), ('C', 9), ('D', 1 + i % 4)
        ) AS q(organisation, current)
         JOIN organisation o ON o.code = 'TH-' || q.organisation
        CROSS JOIN LATERAL (VALUES
          (DATE '2023-02-10', 2), (DATE '2023-05-10', 2), (DATE '2023-08-10', 2), (DATE '2023-11-10', 2),
          (DATE '2024-02-10', q.current)
        ) AS g(received_on, records)
        CROSS JOIN generate_series(1, g.records) AS n`,
      [ORGANISATIONS],
    );
    await pool.query(`UPDATE case_record SET record_key = hashtext('signals:' || external_id) & 255`);
    await pool.query('SELECT * FROM refresh_rollups()');
    await pool.query(`SELECT * FROM refresh_signals(NULL, '2025-09-30')`);
  });

  afterAll(async () => {
    if (process.env.LEERLUS_ATTACK_REPORT === '1') console.info(Object.fromEntries(measured));
    await sut?.close();
  });

  /** Per organisation, the evidence value `name` of its signal of `ruleCode` for 2024-H1. */
  const evidence = async (role: Role, ruleCode: string, name: string): Promise<(number | null)[]> => {
    const result = await (
      await as(role)
    ).graphql<SignalData>(SIGNALS, { filter: { ruleCodes: [ruleCode], limit: 1000 } });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    const byScope = new Map(
      result
        .data!.signals.filter((signal) => signal.periodStart === '2024-01-01')
        .map((signal) => [
          signal.scopeKey,
          signal.evidence.find((item) => item.name === name)?.value ?? null,
        ]),
    );
    return trials.map((k) => byScope.get(`organisatie=BEH-${k}`) ?? null);
  };
  const difference = (a: (number | null)[], b: (number | null)[]): (number | null)[] =>
    a.map((value, k) => (value === null || b[k] === null || b[k] === undefined ? null : value - b[k]));

  it('should defeat two signals over the same organisation and half year (closed minus closed)', async () => {
    for (const role of ['beleid', 'raad'] as const) {
      const estimates = difference(
        await evidence(role, 'termijn_overschreden', 'closed'),
        await evidence(role, 'geen_terugkoppeling', 'closed'),
      );
      const rate = successRate(estimates, withoutFeedbackRecord);
      measured.set(`two signals, closed minus closed (${role})`, rate);
      if (role === 'beleid') expect(rate).toBe(1);
      else expect(rate).toBeLessThanOrEqual(MAX_SUCCESS_RATE);
    }
  });

  it("should defeat a signal's count against the metrics count of the same organisation", async () => {
    for (const role of ['beleid', 'raad'] as const) {
      const january: (number | null)[] = [];
      for (const k of trials) {
        const result = await (
          await as(role)
        ).graphql<{ metrics: { totals: { values: { value: number | null }[] }[] } }>(METRICS, {
          query: {
            measures: ['caseCount'],
            dateRange: { from: '2024-01-01', to: '2024-01-31' },
            filters: { sourceOrganisation: [`BEH-${k}`] },
          },
        });
        january.push(result.data?.metrics.totals[0]?.values[0]?.value ?? null);
      }
      const estimates = difference(january, await evidence(role, 'termijn_overschreden', 'closed'));
      const rate = successRate(estimates, stillOpen);
      measured.set(`metrics minus signal closed (${role})`, rate);
      if (role === 'beleid') expect(rate).toBe(1);
      else expect(rate).toBeLessThanOrEqual(MAX_SUCCESS_RATE);
    }
  });

  it("should defeat rebuilding the counts from a signal's exact share", async () => {
    for (const role of ['beleid', 'raad'] as const) {
      // share = overTerm ÷ closed to three decimals: with the (perturbed) closed count known to within
      // two, the only fraction that rounds to the share gives the exact closed count back.
      const shares = await evidence(role, 'geen_terugkoppeling', 'share');
      const closed = await evidence(role, 'termijn_overschreden', 'closed');
      const published = await evidence(role, 'geen_terugkoppeling', 'closed');
      const rebuilt = trials.map((k) => {
        const share = shares[k];
        const around = published[k];
        if (share === null || share === undefined || around === null || around === undefined) return null;
        const fits = [-2, -1, 0, 1, 2]
          .map((noise) => around + noise)
          .filter(
            (n) =>
              n > 0 &&
              Array.from({ length: n + 1 }, (_, x) => x).some((x) => Math.abs(x / n - share) < 0.0005),
          );
        return fits.length === 1 ? fits[0]! : null;
      });
      const estimates = difference(closed, rebuilt);
      const rate = successRate(estimates, withoutFeedbackRecord);
      measured.set(`share rebuilds closed (${role})`, rate);
      if (role === 'beleid') expect(rate).toBe(1);
      else expect(rate).toBeLessThanOrEqual(MAX_SUCCESS_RATE);
    }
  });

  it("should publish a signal's counts to raad as the perturbed cells of their records", async () => {
    const expected = await publishedFromFacts(
      sut.database.pool,
      `SELECT o.code AS cell, count(*) AS n, sum(c.record_key) AS keys
         FROM case_record c JOIN organisation o ON o.id = c.source_organisation_id
        WHERE c.closed_on BETWEEN '2024-01-01' AND '2024-06-30' AND o.code LIKE 'BEH-%'
        GROUP BY o.code`,
    );
    const closed = await evidence('raad', 'termijn_overschreden', 'closed');
    expect(closed).toEqual(trials.map((k) => expected.get(`BEH-${k}`)?.value));
    // Beleid sees the exact count: a + 3 + k % 5 + t.
    expect(await evidence('beleid', 'termijn_overschreden', 'closed')).toEqual(
      trials.map((k) => 20 + (k % 7) + 3 + (k % 5) + withoutFeedbackRecord(k)),
    );
  });

  /** Per municipality, the total evidence value `name` of its theme-rise signal for 2024-Q1. */
  const themeRiseTotals = async (role: Role, name: string): Promise<Map<string, number | null>> => {
    const result = await (
      await as(role)
    ).graphql<{
      signals: {
        municipalityCode: string;
        periodStart: string;
        evidence: { name: string; value: number | null; organisationCode: string | null }[];
      }[];
    }>(
      `query ($filter: SignalFilterInput) {
        signals(filter: $filter) { municipalityCode periodStart evidence { name value organisationCode } }
      }`,
      { filter: { ruleCodes: ['thema_meerdere_organisaties'], limit: 1000 } },
    );
    return new Map(
      (result.data?.signals ?? [])
        .filter((signal) => signal.periodStart === '2024-01-01')
        .map((signal) => [
          signal.municipalityCode,
          signal.evidence.find((item) => item.name === name && item.organisationCode === null)?.value ?? null,
        ]),
    );
  };

  it('should defeat the theme count in metrics minus the count of a theme-rise signal', async () => {
    const notRising = (i: number): number => 1 + (i % 4);
    for (const role of ['beleid', 'raad'] as const) {
      const signalCount = await themeRiseTotals(role, 'count');
      const estimates: (number | null)[] = [];
      for (const i of trials) {
        const municipality = `GM${1000 + i}`;
        const metrics = await (
          await as(role)
        ).graphql<{ metrics: { totals: { values: { value: number | null }[] }[] } }>(METRICS, {
          query: {
            measures: ['caseCount'],
            dateRange: { from: '2024-01-01', to: '2024-03-31' },
            filters: { municipality: [municipality], theme: ['communicatie'] },
          },
        });
        const all = metrics.data?.metrics.totals[0]?.values[0]?.value ?? null;
        const rising = signalCount.get(municipality) ?? null;
        estimates.push(all === null || rising === null ? null : all - rising);
      }
      const rate = successRate(estimates, notRising);
      measured.set(`metrics theme minus theme signal (${role})`, rate);
      if (role === 'beleid') expect(rate).toBe(1);
      else expect(rate).toBeLessThanOrEqual(MAX_SUCCESS_RATE);
    }
  });

  it("should publish the theme rise's baseline to raad as the perturbed total of its quarters, averaged", async () => {
    // An average of exact counts gives the exact total back (× 4 quarters): for raad it is the published
    // total of the rising organisations' 2023 complaints (3 × 4 quarters × 2 = 24) divided by 4.
    const totals = await publishedFromFacts(
      sut.database.pool,
      `SELECT c.municipality_code AS cell, count(*) AS n, sum(c.record_key) AS keys
         FROM case_record c JOIN organisation o ON o.id = c.source_organisation_id
        WHERE o.code IN ('TH-A', 'TH-B', 'TH-C') AND c.received_on BETWEEN '2023-01-01' AND '2023-12-31'
        GROUP BY c.municipality_code`,
    );
    const raad = await themeRiseTotals('raad', 'baseline');
    const expected = trials.map((i) => {
      const total = totals.get(`GM${1000 + i}`)?.value;
      return total === null || total === undefined ? null : Math.round((total / 4) * 10) / 10;
    });
    expect(trials.map((i) => raad.get(`GM${1000 + i}`))).toEqual(expected);
    expect(expected.some((baseline) => baseline !== 6)).toBe(true);
    const beleid = await themeRiseTotals('beleid', 'baseline');
    expect(trials.map((i) => beleid.get(`GM${1000 + i}`))).toEqual(trials.map(() => 6));
  });
});
