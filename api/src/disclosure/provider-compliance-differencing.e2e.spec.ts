import { Role } from '../auth/role';
import { seedIndicatorBasics } from '../handling-times/testing/indicator-fixtures';
import { createTestApp, TestApp, TestSession } from '../testing/createTestApp';

/**
 * Issue 19, finding 1, for provider compliance: the attacks of differencing.e2e.spec.ts replayed on
 * the half-year report counts. Planted: 32 municipalities; in municipality i, for 2024-H1, 20 + i % 7
 * providers reported on time, 6 + i % 3 late and t = 1 + i % 4 not at all (the hidden count: the
 * missing reports, which name late or careless providers in a small municipality). Every attack must
 * recover t for beleid's exact figures and no more than the noise allows for raad. Contract keys are
 * fixed from a hash, so the outcome is the same on every run.
 */
const MUNICIPALITIES = 32;
const PROVIDERS = 40;
const H1 = { from: '2024-01-01', to: '2024-06-30' };
const hidden = (i: number): number => 1 + (i % 4);
const onTime = (i: number): number => 20 + (i % 7);
const late = (i: number): number => 6 + (i % 3);
const code = (i: number): string => `GM${String(1000 + i)}`;
/** As in differencing.e2e.spec.ts: the share of trials a perturbed answer may still give away. */
const MAX_SUCCESS_RATE = 0.45;

interface Value {
  value: number | null;
}
interface HalfYear {
  periodStart: string;
  required: Value;
  onTime: Value;
  late: Value;
  missing: Value;
  notYetDue: Value;
  onTimePercentage: Value;
}
const COMPLIANCE = `query ($query: ProviderComplianceQueryInput!) {
  providerCompliance(query: $query) {
    halfYears {
      periodStart required { value } onTime { value } late { value } missing { value } notYetDue { value }
      onTimePercentage { value }
    }
  }
}`;

/** Share of trials whose estimate, rounded, equals the planted value. */
function successRate(estimates: readonly (number | null)[]): number {
  return (
    estimates.filter((estimate, i) => estimate !== null && Math.round(estimate) === hidden(i)).length /
    estimates.length
  );
}

/** The sum of the values, or null when one is missing or suppressed. */
function sum(values: readonly (number | null | undefined)[]): number | null {
  let total = 0;
  for (const value of values) {
    if (value === null || value === undefined) return null;
    total += value;
  }
  return total;
}

describe('differencing attacks on provider compliance (issue 19)', () => {
  let sut: TestApp;
  const sessions = new Map<Role, TestSession>();
  const measured = new Map<string, number>();

  const halfYears = async (role: Role, query: Record<string, unknown>): Promise<HalfYear[]> => {
    let session = sessions.get(role);
    if (!session) {
      session = await sut.login(role);
      sessions.set(role, session);
    }
    const result = await session.graphql<{ providerCompliance: { halfYears: HalfYear[] } }>(COMPLIANCE, {
      query,
    });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data!.providerCompliance.halfYears;
  };
  const firstHalf = async (role: Role, municipality?: string): Promise<HalfYear> => {
    const [half] = await halfYears(role, {
      dateRange: H1,
      municipality: municipality ? [municipality] : null,
    });
    if (!half) throw new Error('no half year in the answer');
    return half;
  };
  /** For each role, the attack's estimates of the hidden count per municipality; checks the rates. */
  const judge = (attack: string, estimates: Record<'beleid' | 'raad', (number | null)[]>): void => {
    const rates = { beleid: successRate(estimates.beleid), raad: successRate(estimates.raad) };
    measured.set(`${attack} (beleid)`, rates.beleid);
    measured.set(`${attack} (raad)`, rates.raad);
    expect(rates.beleid).toBe(1);
    expect(rates.raad).toBeLessThanOrEqual(MAX_SUCCESS_RATE);
  };

  beforeAll(async () => {
    sut = await createTestApp();
    const pool = sut.database.pool;
    await seedIndicatorBasics(pool);
    await pool.query(
      `INSERT INTO municipality (code, name)
       SELECT 'GM' || (1000 + i), 'Gemeente ' || i FROM generate_series(0, $1::integer - 1) AS i`,
      [MUNICIPALITIES],
    );
    await pool.query(
      `INSERT INTO organisation (code, name, kind, municipality_code)
       SELECT 'AANB-' || k, 'Aanbieder ' || k, 'aanbieder', 'GM0001' FROM generate_series(0, $1::integer - 1) AS k`,
      [PROVIDERS],
    );
    // Provider k of municipality i: on time for k < onTime(i), late for the next late(i), then missing.
    await pool.query(
      `WITH plan AS (
         SELECT 'GM' || (1000 + i) AS municipality_code, o.id AS organisation_id, o.code,
                CASE WHEN k < 20 + i % 7 THEN DATE '2024-11-01'
                     WHEN k < 20 + i % 7 + 6 + i % 3 THEN DATE '2024-12-15' END AS submitted_on
           FROM generate_series(0, $1::integer - 1) AS i
          CROSS JOIN generate_series(0, 20 + i % 7 + 6 + i % 3 + 1 + i % 4 - 1) AS k
           JOIN organisation o ON o.code = 'AANB-' || k
       ), contracts AS (
         INSERT INTO contract (municipality_code, organisation_id, domain_code, starts_on, ends_on, record_key)
         SELECT municipality_code, organisation_id, 'wmo', DATE '2024-01-01', DATE '2024-06-30',
                hashtext('compliance:' || municipality_code || ':' || code) & 255
           FROM plan
       )
       INSERT INTO provider_report (municipality_code, provider_organisation_id, period_start, period_end, due_on,
         submitted_on, import_id)
       SELECT municipality_code, organisation_id, DATE '2024-01-01', DATE '2024-06-30', DATE '2024-12-01',
              submitted_on, (SELECT min(id) FROM import)
         FROM plan WHERE submitted_on IS NOT NULL`,
      [MUNICIPALITIES],
    );
  });

  afterAll(async () => {
    if (process.env.LEERLUS_ATTACK_REPORT === '1') console.info(Object.fromEntries(measured));
    await sut?.close();
  });

  const trials = Array.from({ length: MUNICIPALITIES }, (_, i) => i);
  const perMunicipality = async (role: Role): Promise<HalfYear[]> => {
    const halves: HalfYear[] = [];
    for (const i of trials) halves.push(await firstHalf(role, code(i)));
    return halves;
  };

  it('should plant the figures it attacks (beleid sees them exactly)', async () => {
    const halves = await perMunicipality('beleid');
    expect(halves.map((half) => half.onTime.value)).toEqual(trials.map(onTime));
    expect(halves.map((half) => half.late.value)).toEqual(trials.map(late));
    expect(halves.map((half) => half.missing.value)).toEqual(trials.map(hidden));
  });

  it('should defeat arithmetic inside one answer: required - on time - late - not yet due = missing', async () => {
    const estimates = { beleid: [] as (number | null)[], raad: [] as (number | null)[] };
    const fromPercentage = { beleid: [] as (number | null)[], raad: [] as (number | null)[] };
    for (const role of ['beleid', 'raad'] as const) {
      for (const half of await perMunicipality(role)) {
        const accounted = sum([half.onTime.value, half.late.value, half.notYetDue.value]);
        estimates[role].push(
          half.required.value === null || accounted === null ? null : half.required.value - accounted,
        );
        // "% on time" of the due reports: due = on time ÷ share, missing = due − on time − late.
        const share = half.onTimePercentage.value;
        const known = sum([half.onTime.value, half.late.value]);
        fromPercentage[role].push(
          share === null || !share || half.onTime.value === null || known === null
            ? null
            : (half.onTime.value * 100) / share - known,
        );
      }
    }
    judge('required - on time - late', estimates);
    judge('on time / percentage - on time - late', fromPercentage);
  });

  it('should defeat all municipalities minus the others', async () => {
    const estimates = { beleid: [] as (number | null)[], raad: [] as (number | null)[] };
    for (const role of ['beleid', 'raad'] as const) {
      const all = (await firstHalf(role)).missing.value;
      const each = (await perMunicipality(role)).map((half) => half.missing.value);
      for (const i of trials) {
        const others = sum(each.filter((_, j) => j !== i));
        estimates[role].push(all === null || others === null ? null : all - others);
      }
    }
    judge('all municipalities minus the others', estimates);
  });

  it('should give overlapping ranges the same half-year figures, so their difference is nothing', async () => {
    for (const role of ['beleid', 'raad'] as const) {
      for (const i of trials.slice(0, 8)) {
        const wide = await halfYears(role, {
          dateRange: { from: '2023-07-01', to: '2024-06-30' },
          municipality: [code(i)],
        });
        const narrow = await halfYears(role, {
          dateRange: { from: '2024-02-10', to: '2024-12-31' },
          municipality: [code(i)],
        });
        const h1 = (halves: HalfYear[]) => halves.find((half) => half.periodStart === '2024-01-01');
        expect(h1(wide)).toEqual(h1(narrow));
      }
    }
  });
});
