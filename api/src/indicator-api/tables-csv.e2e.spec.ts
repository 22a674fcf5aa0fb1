import type { Role } from '../auth/role';
import { protectCount } from '../disclosure/disclosure';
import { insertCases, seedIndicatorBasics } from '../handling-times/testing/indicator-fixtures';
import { insertRegionalComplaints, seedRegion } from '../regional-comparison/testing/regional-fixtures';
import { createTestApp, TestApp, TestSession } from '../testing/createTestApp';
import { csvText, parseCsv } from './testing/csv-response';

const CREATE_TOKEN = `mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { token info { id } } }`;
const REVOKE_TOKEN = `mutation ($id: Int!) { revokeApiToken(id: $id) }`;
const CREATE_MEASURE = `mutation ($input: MeasureInput!) { createMeasure(input: $input) { id } }`;

interface Value {
  value: number | null;
  suppressed: boolean;
}

const yesNo = (value: boolean): string => (value ? 'ja' : 'nee');
const text = (value: string | number | null | undefined): string =>
  value === null || value === undefined ? '' : String(value).replace('.', ',');
const cells = (value: Value): string[] => [text(value.value), yesNo(value.suppressed)];

/** The file as lines of cells, the header first. */
function linesOf(csv: string): string[][] {
  const { header, rows } = parseCsv(csv);
  return [header, ...rows.map((row) => header.map((name) => row[name] ?? ''))];
}

/**
 * Three municipalities of Regio Test take part. Bedorp's five jeugd complaints get record keys that the
 * perturbation table publishes as 3 or 4 (5 − 2 or 5 − 1), which disclosure control then withholds.
 */
const REGION = [
  { code: 'GM0001', name: 'Leerstad', region: 'Regio Test', participates: true, inhabitants: 50_000 },
  { code: 'GM0002', name: 'Aastad', region: 'Regio Test', participates: true, inhabitants: 20_000 },
  { code: 'GM0003', name: 'Bedorp', region: 'Regio Test', participates: true, inhabitants: 10_000 },
  { code: 'GM0004', name: 'Cewaard', region: 'Regio Test', participates: false, inhabitants: 30_000 },
];
const SMALL_CELL = 5;

const REGIONAL_QUERY = `query ($query: RegionalComparisonInput!) { regionalComparison(query: $query) {
  region from to protectedCounts
  groups { code label regionalRate overdispersion
    rows { municipalityCode municipalityName own inhabitants complaints suppressed rate position
      limits { lower95 upper95 lower998 upper998 } }
    curve { inhabitants lower95 upper95 lower998 upper998 } }
} }`;
interface Limits {
  lower95: number;
  upper95: number;
  lower998: number;
  upper998: number;
}
interface RegionalComparison {
  region: string;
  from: string;
  to: string;
  protectedCounts: boolean;
  groups: {
    code: string;
    label: string;
    regionalRate: number | null;
    overdispersion: number;
    rows: {
      municipalityCode: string;
      municipalityName: string;
      own: boolean;
      inhabitants: number | null;
      complaints: number | null;
      suppressed: boolean;
      rate: number | null;
      position: string | null;
      limits: Limits | null;
    }[];
    curve: ({ inhabitants: number } & Limits)[];
  }[];
}
const limitCells = (limits: Limits | null): string[] => [
  text(limits?.lower95),
  text(limits?.upper95),
  text(limits?.lower998),
  text(limits?.upper998),
];

describe('CSV files of the tables that were GraphQL-only (recommendations, providers, totals, regional comparison) with API tokens', () => {
  let sut: TestApp;
  const getWith = (token: string, path: string): Promise<Response> =>
    fetch(`${sut.baseUrl}/api/v1/indicatoren/${path}`, { headers: { authorization: `Bearer ${token}` } });
  const tokenOf = async (session: TestSession): Promise<string> => {
    const result = await session.graphql<{ createApiToken: { token: string } }>(CREATE_TOKEN, {
      input: { name: 'BI' },
    });
    expect(result.errors).toBeUndefined();
    return result.data!.createApiToken.token;
  };
  /** The session and a token of test-<role>, who belongs to Leerstad (GM0001). */
  const userOf = async (role: Role): Promise<{ session: TestSession; token: string }> => {
    const session = await sut.login(role);
    return { session, token: await tokenOf(session) };
  };
  const csvOf = async (token: string, path: string): Promise<string> => {
    const response = await getWith(token, path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    return csvText(response);
  };

  beforeAll(async () => {
    sut = await createTestApp();
    const pool = sut.database.pool;
    await seedIndicatorBasics(pool);
    await seedRegion(pool, REGION);
    for (const role of ['raad', 'college', 'beleid', 'beheer'] as const) await sut.login(role);
    await pool.query(`UPDATE app_user SET municipality_code = 'GM0001' WHERE username LIKE 'test-%'`);
    // Leerstad: complaints at the municipality and the ombudsman, and an objection, for the chain.
    await insertCases(pool, { received: '2025-03-03', closed: '2025-03-20', outcome: 'gegrond', count: 30 });
    await insertCases(pool, { received: '2025-03-04', domain: 'jeugd', count: 12 });
    await insertCases(pool, { received: '2025-03-05', source: 'NO', line: 'tweede_lijn', count: 6 });
    // Today's delivery of the ombudsman: one fresh source beside the municipality's stale one.
    const today = new Date().toISOString().slice(0, 10);
    await insertCases(pool, { received: today, source: 'NO', line: 'tweede_lijn' });
    await insertRegionalComplaints(pool, 'GM0002', 'wmo', 40);
    await insertRegionalComplaints(pool, 'GM0002', 'jeugd', 9);
    await insertRegionalComplaints(pool, 'GM0003', 'wmo', 10);
    await insertRegionalComplaints(pool, 'GM0003', 'jeugd', SMALL_CELL);
    await insertRegionalComplaints(pool, 'GM0004', 'wmo', 90);
    // Record keys that make Bedorp's jeugd cell publish as 3 or 4 for the council: withheld.
    const keySum = [...Array(256).keys()].find(
      (key) => protectCount({ count: SMALL_CELL, keySum: key }, { threshold: 5 }).suppressed,
    );
    expect(keySum).toBeDefined();
    await pool.query(
      `UPDATE case_record SET record_key = CASE WHEN external_id = 'GM0003-jeugd-1' THEN $1::int ELSE 0 END
        WHERE municipality_code = 'GM0003' AND domain_code = 'jeugd'`,
      [keySum],
    );
    await pool.query(
      `INSERT INTO contract (municipality_code, organisation_id, domain_code, starts_on)
       SELECT 'GM0001', id, 'wmo', '2023-01-01' FROM organisation WHERE kind = 'aanbieder'`,
    );
    await pool.query('SELECT * FROM refresh_rollups()');
    const beleid = await sut.login('beleid');
    for (const [sourceKind, recommendationStatus] of [
      ['ombudsmanaanbeveling', 'opgevolgd'],
      ['ombudsmanaanbeveling', 'in_afwachting'],
      ['panelbevinding', 'niet_opgevolgd'],
    ] as const) {
      const created = await beleid.graphql(CREATE_MEASURE, {
        input: {
          title: 'Terugbelbelofte',
          themeCode: 'wachttijd',
          owner: 'Team Wmo',
          decidedOn: '2025-01-15',
          effectiveOn: '2025-02-01',
          expectedEffect: 'Minder klachten over wachttijd',
          sourceKind,
          sourceRef: `${sourceKind}-${recommendationStatus}`,
          recommendationStatus,
        },
      });
      expect(created.errors).toBeUndefined();
    }
  });

  afterAll(async () => {
    await sut?.close();
  });

  it.each(['beleid', 'raad'] as const)(
    'should write the follow-up of recommendations as %s exactly as GraphQL recommendationFollowUp',
    async (role) => {
      const { session, token } = await userOf(role);
      const csv = await csvOf(token, 'recommendationFollowUp.csv');
      const result = await session.graphql<{
        recommendationFollowUp: {
          sourceKind: string;
          total: number;
          followed: number;
          notFollowed: number;
          pending: number;
          followedShare: number | null;
          notFollowedShare: number | null;
          pendingShare: number | null;
          followedOfDecided: number | null;
        }[];
      }>(
        `{ recommendationFollowUp { sourceKind total followed notFollowed pending followedShare
            notFollowedShare pendingShare followedOfDecided } }`,
      );
      expect(result.errors).toBeUndefined();
      expect(linesOf(csv)).toEqual([
        [
          'indicator',
          'herkomst',
          'aanbevelingen',
          'opgevolgd',
          'niet_opgevolgd',
          'in_afwachting',
          'percentage_opgevolgd',
          'percentage_niet_opgevolgd',
          'percentage_in_afwachting',
          'percentage_opgevolgd_van_besloten',
        ],
        ...result.data!.recommendationFollowUp.map((row) => [
          'recommendationFollowUp',
          row.sourceKind,
          text(row.total),
          text(row.followed),
          text(row.notFollowed),
          text(row.pending),
          text(row.followedShare),
          text(row.notFollowedShare),
          text(row.pendingShare),
          text(row.followedOfDecided),
        ]),
      ]);
      const ombudsman = parseCsv(csv).rows.find((row) => row.herkomst === 'ombudsmanaanbeveling');
      expect([
        ombudsman?.aanbevelingen,
        ombudsman?.opgevolgd,
        ombudsman?.percentage_opgevolgd,
        ombudsman?.percentage_opgevolgd_van_besloten,
      ]).toEqual(['2', '1', '50', '100']);
      const refused = await getWith(token, 'recommendationFollowUp.csv?periode=2025');
      expect(refused.status).toBe(400);
      expect(await refused.text()).toMatch(
        /^Onbekende parameter: periode\. Dit bestand heeft geen parameters/,
      );
    },
  );

  it.each(['beleid', 'raad'] as const)(
    'should write provider compliance per provider as %s exactly as GraphQL providers (none for the council)',
    async (role) => {
      const { session, token } = await userOf(role);
      const csv = await csvOf(token, 'providerComplianceProviders.csv?van=2024-01-01&tot=2024-12-31');
      const result = await session.graphql<{
        providerCompliance: {
          disclosureControl: boolean;
          providers: {
            municipalityCode: string;
            organisationCode: string;
            organisationName: string;
            periodStart: string;
            dueOn: string;
            submittedOn: string | null;
            status: string;
            daysLate: number | null;
          }[];
        };
      }>(
        `query ($query: ProviderComplianceQueryInput!) { providerCompliance(query: $query) {
          disclosureControl providers { municipalityCode organisationCode organisationName periodStart dueOn
            submittedOn status daysLate }
        } }`,
        { query: { dateRange: { from: '2024-01-01', to: '2024-12-31' } } },
      );
      expect(result.errors).toBeUndefined();
      const { providers, disclosureControl } = result.data!.providerCompliance;
      expect(disclosureControl).toBe(role === 'raad');
      const expected = providers.map((provider) => [
        'providerComplianceProviders',
        provider.municipalityCode,
        provider.organisationCode,
        provider.organisationName,
        provider.periodStart,
        provider.dueOn,
        text(provider.submittedOn),
        provider.status,
        text(provider.daysLate),
      ]);
      expect(linesOf(csv)).toEqual([
        [
          'indicator',
          'gemeente_code',
          'aanbieder_code',
          'aanbieder',
          'periode_van',
          'uiterste_datum',
          'ingediend_op',
          'status',
          'dagen_te_laat',
        ],
        ...expected,
      ]);
      // Two providers, two half years, no report: four lines for policy staff, none for the council.
      expect(expected).toHaveLength(role === 'beleid' ? 4 : 0);
      if (role === 'beleid') expect(new Set(expected.map((line) => line[7]))).toEqual(new Set(['ontbreekt']));
    },
  );

  it.each(['beleid', 'raad'] as const)(
    "should write the chain's totals as %s in one line exactly as GraphQL",
    async (role) => {
      const { session, token } = await userOf(role);
      const csv = await csvOf(token, 'chainTotals.csv?van=2025-03-01&tot=2025-03-31&venster=90');
      const result = await session.graphql<{
        chain: {
          disclosureControl: boolean;
          windowDays: number;
          complaints: Value;
          objections: Value;
          escalationRate: Value;
        };
      }>(
        `query ($query: ChainQueryInput!) { chain(query: $query) { disclosureControl windowDays
          complaints { value suppressed } objections { value suppressed } escalationRate { value suppressed } } }`,
        { query: { dateRange: { from: '2025-03-01', to: '2025-03-31' }, windowDays: 90 } },
      );
      expect(result.errors).toBeUndefined();
      const chain = result.data!.chain;
      expect(chain.disclosureControl).toBe(role === 'raad');
      expect(linesOf(csv)).toEqual([
        [
          'indicator',
          'periode_van',
          'periode_tot',
          'venster_dagen',
          'aantal_klachten',
          'aantal_klachten_onderdrukt',
          'aantal_bezwaren',
          'aantal_bezwaren_onderdrukt',
          'percentage_escalatie',
          'percentage_escalatie_onderdrukt',
        ],
        [
          'chainTotals',
          '2025-03-01',
          '2025-03-31',
          '90',
          ...cells(chain.complaints),
          ...cells(chain.objections),
          ...cells(chain.escalationRate),
        ],
      ]);
      if (role === 'beleid') expect(parseCsv(csv).rows[0]?.aantal_klachten).toBe('48');
    },
  );

  it.each(['beleid', 'raad'] as const)(
    "should write data freshness's total as %s in one line exactly as GraphQL",
    async (role) => {
      const { session, token } = await userOf(role);
      const csv = await csvOf(token, 'dataFreshnessTotals.csv');
      const result = await session.graphql<{
        dataFreshness: { today: string; totalRows: Value; sources: { stale: boolean }[] };
      }>(`{ dataFreshness { today totalRows { value suppressed } sources { stale } } }`);
      expect(result.errors).toBeUndefined();
      const { today, totalRows, sources } = result.data!.dataFreshness;
      expect(linesOf(csv)).toEqual([
        [
          'indicator',
          'vandaag',
          'aantal_bronnen',
          'verouderde_bronnen',
          'aantal_rijen',
          'aantal_rijen_onderdrukt',
        ],
        [
          'dataFreshnessTotals',
          today,
          text(sources.length),
          text(sources.filter((source) => source.stale).length),
          ...cells(totalRows),
        ],
      ]);
      // One stale source (the municipality's 2025 data) and one fresh (today's ombudsman case).
      expect(sources.filter((source) => source.stale)).toHaveLength(sources.length - 1);
      expect(sources.length).toBeGreaterThanOrEqual(2);
    },
  );

  describe('regional comparison', () => {
    const query = { dimension: 'DOMEIN', dateRange: { from: '2025-03-01', to: '2025-03-31' } };
    const params = 'van=2025-03-01&tot=2025-03-31&uitsplitsing=domein';
    const graphqlOf = async (session: TestSession): Promise<RegionalComparison> => {
      const result = await session.graphql<{ regionalComparison: RegionalComparison }>(REGIONAL_QUERY, {
        query,
      });
      expect(result.errors).toBeUndefined();
      return result.data!.regionalComparison;
    };

    it.each(['beleid', 'raad'] as const)(
      'should write every municipality of the region with its rate and limits as %s exactly as GraphQL',
      async (role) => {
        const { session, token } = await userOf(role);
        const csv = await csvOf(token, `regionalComparison.csv?${params}`);
        const comparison = await graphqlOf(session);
        expect(comparison.protectedCounts).toBe(role === 'raad');
        const expected = comparison.groups.flatMap((group) =>
          group.rows.map((row) => [
            'regionalComparison',
            comparison.region,
            comparison.from,
            comparison.to,
            group.code,
            group.label,
            text(group.regionalRate),
            text(group.overdispersion),
            row.municipalityCode,
            row.municipalityName,
            yesNo(row.own),
            text(row.inhabitants),
            text(row.complaints),
            yesNo(row.suppressed),
            text(row.rate),
            ...limitCells(row.limits),
            text(row.position),
          ]),
        );
        const lines = linesOf(csv);
        expect(lines[0]).toEqual([
          'indicator',
          'regio',
          'periode_van',
          'periode_tot',
          'groep_code',
          'groep',
          'regionaal_per_1000_inwoners',
          'overdispersie',
          'gemeente_code',
          'gemeente',
          'eigen_gemeente',
          'inwoners',
          'aantal_klachten',
          'aantal_klachten_onderdrukt',
          'per_1000_inwoners',
          'ondergrens_95',
          'bovengrens_95',
          'ondergrens_99_8',
          'bovengrens_99_8',
          'positie',
        ]);
        expect(lines.slice(1)).toEqual(expected);
        // All municipalities that take part, in every group, by name; not the one that does not.
        const { rows } = parseCsv(csv);
        expect(new Set(rows.map((row) => row.gemeente))).toEqual(new Set(['Aastad', 'Bedorp', 'Leerstad']));
        expect(rows.filter((row) => row.groep_code === 'wmo').map((row) => row.gemeente)).toEqual([
          'Aastad',
          'Bedorp',
          'Leerstad',
        ]);
        const bedorpJeugd = rows.find((row) => row.groep_code === 'jeugd' && row.gemeente_code === 'GM0003');
        if (role === 'beleid') {
          expect([bedorpJeugd?.aantal_klachten, bedorpJeugd?.aantal_klachten_onderdrukt]).toEqual([
            String(SMALL_CELL),
            'nee',
          ]);
          const aastad = rows.find((row) => row.groep_code === 'wmo' && row.gemeente_code === 'GM0002');
          expect(aastad?.per_1000_inwoners).toBe('2');
        } else {
          // The small cell is withheld for the council: empty, never 0, no rate, as in GraphQL.
          expect(bedorpJeugd).toMatchObject({
            aantal_klachten: '',
            aantal_klachten_onderdrukt: 'ja',
            per_1000_inwoners: '',
          });
        }
      },
    );

    it.each(['beleid', 'raad'] as const)(
      "should write the funnel's curve per group as %s exactly as GraphQL",
      async (role) => {
        const { session, token } = await userOf(role);
        const csv = await csvOf(token, `regionalComparisonFunnel.csv?${params}`);
        const comparison = await graphqlOf(session);
        const expected = comparison.groups.flatMap((group) =>
          group.curve.map((point) => [
            'regionalComparisonFunnel',
            comparison.region,
            comparison.from,
            comparison.to,
            group.code,
            group.label,
            text(group.regionalRate),
            text(group.overdispersion),
            text(point.inhabitants),
            ...limitCells(point),
          ]),
        );
        expect(expected.length).toBeGreaterThan(20);
        const lines = linesOf(csv);
        expect(lines[0]?.slice(8)).toEqual([
          'inwoners',
          'ondergrens_95',
          'bovengrens_95',
          'ondergrens_99_8',
          'bovengrens_99_8',
        ]);
        expect(lines.slice(1)).toEqual(expected);
      },
    );

    it('should refuse a user of a municipality that does not take part, a missing breakdown and a revoked token', async () => {
      const { session, token } = await userOf('college');
      const missing = await getWith(token, 'regionalComparison.csv?periode=2025-03');
      expect(missing.status).toBe(400);
      expect(await missing.text()).toMatch(/^Geef uitsplitsing: domein of thema/);
      await sut.database.pool.query(
        `UPDATE app_user SET municipality_code = 'GM0004' WHERE username = 'test-college'`,
      );
      const outside = await getWith(token, `regionalComparison.csv?${params}`);
      expect(outside.status).toBe(403);
      expect(await outside.text()).toMatch(/^Uw gemeente doet niet mee aan de regionale vergelijking/);
      await sut.database.pool.query(
        `UPDATE app_user SET municipality_code = 'GM0001' WHERE username = 'test-college'`,
      );
      const created = await session.graphql<{ createApiToken: { token: string; info: { id: number } } }>(
        CREATE_TOKEN,
        { input: { name: 'in te trekken' } },
      );
      const revocable = created.data!.createApiToken;
      expect((await getWith(revocable.token, `regionalComparison.csv?${params}`)).status).toBe(200);
      const revoked = await session.graphql<{ revokeApiToken: boolean }>(REVOKE_TOKEN, {
        id: revocable.info.id,
      });
      expect(revoked.data?.revokeApiToken).toBe(true);
      for (const file of ['regionalComparison', 'recommendationFollowUp', 'chainTotals']) {
        const refused = await getWith(
          revocable.token,
          `${file}.csv?${file === 'recommendationFollowUp' ? '' : params}`,
        );
        expect(refused.status).toBe(401);
        expect(await refused.text()).toMatch(/^Deze API-token is ingetrokken/);
      }
    });
  });
});
