import type { Role } from '../auth/role';
import { publishedFromFacts } from '../disclosure/testing/published-from-facts';
import { seedIndicatorBasics } from '../handling-times/testing/indicator-fixtures';
import { createTestApp, TestApp, TestSession } from '../testing/createTestApp';
import { insertRegionalComplaints as insertComplaints, seedRegion } from './testing/regional-fixtures';

const QUERY = `query ($query: RegionalComparisonInput!) {
  regionalComparison(query: $query) {
    region from to protectedCounts
    municipalities { code name }
    groups { code label regionalRate overdispersion
      rows { municipalityCode municipalityName own inhabitants complaints suppressed rate position
        limits { lower95 upper95 lower998 upper998 } }
      curve { inhabitants upper95 } }
  }
}`;

interface Row {
  municipalityCode: string;
  municipalityName: string;
  own: boolean;
  inhabitants: number | null;
  complaints: number | null;
  suppressed: boolean;
  rate: number | null;
  position: string | null;
  limits: { lower95: number; upper95: number; lower998: number; upper998: number } | null;
}
interface Group {
  code: string;
  label: string;
  regionalRate: number | null;
  overdispersion: number;
  rows: Row[];
  curve: { inhabitants: number; upper95: number }[];
}
interface Comparison {
  regionalComparison: {
    region: string;
    from: string;
    to: string;
    protectedCounts: boolean;
    municipalities: { code: string; name: string }[];
    groups: Group[];
  };
}

const variables = {
  query: { dimension: 'DOMEIN', dateRange: { from: '2025-03-01', to: '2025-03-31' } },
};

/** Municipalities of the fixture: three of Regio Test take part, one does not, one is of another region. */
const MUNICIPALITIES = [
  { code: 'GM0001', name: 'Leerstad', region: 'Regio Test', participates: true, inhabitants: 50_000 },
  { code: 'GM0002', name: 'Aastad', region: 'Regio Test', participates: true, inhabitants: 20_000 },
  { code: 'GM0003', name: 'Bedorp', region: 'Regio Test', participates: true, inhabitants: 10_000 },
  { code: 'GM0004', name: 'Cewaard', region: 'Regio Test', participates: false, inhabitants: 30_000 },
  { code: 'GM0005', name: 'Elders', region: 'Regio Anders', participates: true, inhabitants: 40_000 },
];

describe('regional comparison (GraphQL)', () => {
  let sut: TestApp;

  /** Logs in as test-<role> bound to `municipality` (NULL: every municipality). */
  async function loginAt(role: Role, municipality: string | null): Promise<TestSession> {
    await sut.login(role);
    await sut.database.pool.query('UPDATE app_user SET municipality_code = $2 WHERE username = $1', [
      `test-${role}`,
      municipality,
    ]);
    return sut.login(role);
  }

  const groupOf = (data: Comparison | undefined, code: string): Group | undefined =>
    data?.regionalComparison.groups.find((group) => group.code === code);

  beforeAll(async () => {
    sut = await createTestApp();
    const pool = sut.database.pool;
    await seedIndicatorBasics(pool);
    await seedRegion(pool, MUNICIPALITIES);
    await insertComplaints(pool, 'GM0001', 'wmo', 50);
    await insertComplaints(pool, 'GM0002', 'wmo', 40);
    await insertComplaints(pool, 'GM0003', 'wmo', 10);
    await insertComplaints(pool, 'GM0004', 'wmo', 90);
    await insertComplaints(pool, 'GM0005', 'wmo', 30);
    await insertComplaints(pool, 'GM0001', 'jeugd', 20);
    await insertComplaints(pool, 'GM0002', 'jeugd', 6);
    await pool.query('SELECT * FROM refresh_rollups()');
  });

  afterAll(async () => {
    await sut?.close();
  });

  it('should give rates per 1,000 inhabitants and overdispersed funnel limits equal to the hand-computed values', async () => {
    const beleid = await loginAt('beleid', 'GM0001');
    const { data, errors } = await beleid.graphql<Comparison>(QUERY, variables);
    expect(errors).toBeUndefined();
    expect(data?.regionalComparison.protectedCounts).toBe(false);
    const wmo = groupOf(data, 'wmo');
    // θ = 100 / 80,000 = 1.25 per 1,000; z² = 2.5 + 9 + 0.5 = 12 over 3 municipalities: φ = 4.
    expect(wmo?.regionalRate).toBeCloseTo(1.25, 10);
    expect(wmo?.overdispersion).toBeCloseTo(4, 10);
    const aastad = wmo?.rows.find((row) => row.municipalityCode === 'GM0002');
    // Aastad: 40 / 20,000 = 2.0 per 1,000; spread √(4 · 0.00125 / 20,000) · 1,000 = 0.5.
    expect(aastad?.rate).toBeCloseTo(2.0, 10);
    expect(aastad?.limits?.upper95).toBeCloseTo(1.25 + 1.959964 * 0.5, 5);
    expect(aastad?.limits?.lower95).toBeCloseTo(1.25 - 1.959964 * 0.5, 5);
    expect(aastad?.limits?.upper998).toBeCloseTo(1.25 + 3.090232 * 0.5, 5);
    expect(aastad?.limits?.lower998).toBe(0);
    // Inside the widened limits (it would be above the 95 % limit without overdispersion).
    expect(aastad?.position).toBe('BINNEN');
    const all = groupOf(data, 'alle');
    // All complaints: 70, 46, 10 of 80,000 = 1.575 per 1,000.
    expect(all?.regionalRate).toBeCloseTo(1.575, 10);
    expect(all?.rows.map((row) => row.complaints)).toEqual([46, 10, 70]);
    const jeugd = groupOf(data, 'jeugd');
    expect(jeugd?.rows.find((row) => row.municipalityCode === 'GM0003')).toMatchObject({
      complaints: 0,
      rate: 0,
    });
    expect(wmo?.curve.length).toBeGreaterThan(10);
  });

  it('should list only the municipalities of the region that take part, by name, never ranked', async () => {
    const beleid = await loginAt('beleid', 'GM0001');
    const { data } = await beleid.graphql<Comparison>(QUERY, variables);
    expect(data?.regionalComparison.region).toBe('Regio Test');
    expect(data?.regionalComparison.municipalities.map((m) => m.name)).toEqual([
      'Aastad',
      'Bedorp',
      'Leerstad',
    ]);
    for (const group of data?.regionalComparison.groups ?? []) {
      expect(group.rows.map((row) => row.municipalityName)).toEqual(['Aastad', 'Bedorp', 'Leerstad']);
      expect(group.rows.filter((row) => row.own).map((row) => row.municipalityCode)).toEqual(['GM0001']);
    }
  });

  it('should refuse a user whose municipality does not take part, and a user of no single municipality', async () => {
    const college = await loginAt('college', 'GM0004');
    const refused = await college.graphql<Comparison>(QUERY, variables);
    expect(refused.data).toBeNull();
    expect(refused.errors?.[0]?.message).toContain('Uw gemeente doet niet mee aan de regionale vergelijking');
    const everywhere = await loginAt('panel', null);
    const unbound = await everywhere.graphql<Comparison>(QUERY, variables);
    expect(unbound.errors?.[0]?.message).toContain('voor gebruikers van één gemeente');
  });

  it('should give the council perturbed counts from the disclosure code, and rates derived from them', async () => {
    const raad = await loginAt('raad', 'GM0001');
    const { data, errors } = await raad.graphql<Comparison>(QUERY, variables);
    expect(errors).toBeUndefined();
    expect(data?.regionalComparison.protectedCounts).toBe(true);
    const published = await publishedFromFacts(
      sut.database.pool,
      `SELECT municipality_code || '|' || domain_code AS cell, count(*) AS n, sum(record_key) AS keys
         FROM case_record WHERE municipality_code IN ('GM0001', 'GM0002', 'GM0003') GROUP BY 1`,
    );
    const wmo = groupOf(data, 'wmo');
    for (const row of wmo?.rows ?? []) {
      const expected = published.get(`${row.municipalityCode}|wmo`);
      expect({ code: row.municipalityCode, complaints: row.complaints, suppressed: row.suppressed }).toEqual({
        code: row.municipalityCode,
        complaints: expected?.value,
        suppressed: expected?.suppressed,
      });
      const size = MUNICIPALITIES.find((m) => m.code === row.municipalityCode)?.inhabitants ?? 0;
      if (row.complaints !== null) expect(row.rate).toBeCloseTo((row.complaints / size) * 1000, 10);
    }
    const publishedTotal = (wmo?.rows ?? []).reduce((sum, row) => sum + (row.complaints ?? 0), 0);
    expect(wmo?.regionalRate).toBeCloseTo((publishedTotal / 80_000) * 1000, 10);
  });

  it('should let beheer switch a municipality on, audited, after which it appears', async () => {
    const beheer = await loginAt('beheer', null);
    const set = await beheer.graphql<{ setRegionalParticipation: { participates: boolean } }>(
      `mutation { setRegionalParticipation(input: { municipalityCode: "GM0004", participates: true }) { participates } }`,
    );
    expect(set.errors).toBeUndefined();
    expect(set.data?.setRegionalParticipation.participates).toBe(true);
    const audit = await sut.database.pool.query(
      `SELECT entity_id, details FROM audit_log WHERE action = 'municipality.regional_comparison'`,
    );
    expect(audit.rows).toEqual([{ entity_id: 'GM0004', details: { participates: true } }]);
    const beleid = await loginAt('beleid', 'GM0001');
    // Another question than before, so no cached answer can stand in for it.
    const { data } = await beleid.graphql<Comparison>(QUERY, {
      query: { ...variables.query, dimension: 'THEMA' },
    });
    expect(data?.regionalComparison.municipalities.map((m) => m.code)).toContain('GM0004');
    await beheer.graphql(
      `mutation { setRegionalParticipation(input: { municipalityCode: "GM0004", participates: false }) { participates } }`,
    );
    const bound = await loginAt('beheer', 'GM0001');
    const other = await bound.graphql(
      `mutation { setRegionalParticipation(input: { municipalityCode: "GM0002", participates: false }) { participates } }`,
    );
    expect(other.errors?.[0]?.message).toContain('U beheert alleen gemeente GM0001');
  });
});
