import { publishedFromFacts } from '../disclosure/testing/published-from-facts';
import { createTestApp, TestApp, TestSession } from '../testing/createTestApp';
import { csvText, parseCsv } from './testing/csv-response';
import { seedLeerstad } from '../testing/leerstad';

const CREATE_TOKEN = `mutation ($input: CreateApiTokenInput!) {
  createApiToken(input: $input) { token info { id name prefix expiresAt } }
}`;
const REVOKE_TOKEN = `mutation ($id: Int!) { revokeApiToken(id: $id) }`;
const METRICS = `query ($query: MetricsQueryInput!) {
  metrics(query: $query) {
    disclosureControl
    rows { period complete coverage { completeness } dimensions { dimension code label } values { measure value suppressed } }
  }
}`;

interface CreatedToken {
  createApiToken: { token: string; info: { id: number; name: string; prefix: string; expiresAt: string } };
}
interface MetricsData {
  metrics: {
    disclosureControl: boolean;
    rows: {
      period: string | null;
      complete: boolean;
      coverage: { completeness: string };
      dimensions: { dimension: string; code: string; label: string }[];
      values: { measure: string; value: number | null; suppressed: boolean }[];
    }[];
  };
}

/** The GraphQL rows in the CSV's words: period, domain code and label, value (decimal comma), suppressed. */
function graphqlAsCsvRows(data: MetricsData | undefined): string[][] {
  return (data?.metrics.rows ?? []).map((row) => [
    row.period ?? '',
    row.complete ? 'ja' : 'nee',
    row.coverage.completeness,
    ...row.dimensions.flatMap((member) => [member.code, member.label]),
    row.values[0]?.value === null || row.values[0] === undefined
      ? ''
      : String(row.values[0].value).replace('.', ','),
    row.values[0]?.suppressed ? 'ja' : 'nee',
  ]);
}

function csvAsRows(text: string, period: (row: Record<string, string>) => string): string[][] {
  return parseCsv(text).rows.map((row) => [
    period(row),
    row.periode_volledig ?? '',
    row.volledigheid ?? '',
    row.domein_code ?? '',
    row.domein ?? '',
    row.waarde ?? '',
    row.onderdrukt ?? '',
  ]);
}

describe('indicator CSV API with personal API tokens', () => {
  let sut: TestApp;
  const csvUrl = (path: string): string => `${sut.baseUrl}/api/v1/indicatoren/${path}`;
  const getWith = (token: string, path: string): Promise<Response> =>
    fetch(csvUrl(path), { headers: { authorization: `Bearer ${token}` } });
  const createToken = async (
    session: TestSession,
    name = 'Power BI',
  ): Promise<CreatedToken['createApiToken']> => {
    const result = await session.graphql<CreatedToken>(CREATE_TOKEN, { input: { name } });
    expect(result.errors).toBeUndefined();
    return result.data!.createApiToken;
  };
  const graphqlWithToken = async (
    token: string,
    query: string,
    variables: unknown,
  ): Promise<{ errors?: { extensions?: { code?: string } }[] }> =>
    (await (await sut.post({ query, variables }, { authorization: `Bearer ${token}` })).json()) as {
      errors?: { extensions?: { code?: string } }[];
    };

  beforeAll(async () => {
    sut = await createTestApp();
    const sql = (text: string, params: unknown[] = []): Promise<unknown> =>
      sut.database.pool.query(text, params);
    await seedLeerstad(sut.database.pool, 'c'.repeat(64));
    for (const [domain, day, count] of [
      ['wmo', '2025-05-10', 30],
      ['jeugd', '2025-05-11', 2],
      ['schuldhulp', '2025-05-12', 12],
      ['wmo', '2025-06-03', 17],
      ['jeugd', '2025-06-04', 7],
    ] as const) {
      await sql(
        `INSERT INTO case_record (municipality_code, source_organisation_id, external_id, kind, domain_code, line,
           received_on, import_id)
         SELECT 'GM0001', (SELECT id FROM organisation), $1 || $2 || n, 'klacht', $1, 'tweede_lijn', $2::date,
                (SELECT id FROM import)
           FROM generate_series(1, $3::integer) AS n`,
        [domain, day, count],
      );
    }
    await sql('SELECT * FROM refresh_rollups()');
  });

  afterAll(async () => {
    await sut?.close();
  });

  it('should list every indicator of the catalog with its filters as JSON', async () => {
    const session = await sut.login('beleid');
    const { token } = await createToken(session, 'index');
    const response = await getWith(token, '');
    expect(response.status).toBe(200);
    const index = (await response.json()) as {
      indicators: { name: string; csvPath: string }[];
      indicatorColumns: { name: string; meaning: string }[];
      families: { name: string; csvPath: string; columns: { name: string; meaning: string }[] }[];
      parameters: { param: string; filter: boolean; breakdown: boolean }[];
    };
    expect(index.indicators.map((indicator) => indicator.name)).toEqual([
      'caseCount',
      'closedCount',
      'casesPer1000Inhabitants',
    ]);
    expect(index.indicators[0]?.csvPath).toBe('/api/v1/indicatoren/caseCount.csv');
    expect(index.parameters).toContainEqual(
      expect.objectContaining({ param: 'domein', filter: true, breakdown: true }),
    );
    expect(index.families.map((family) => family.name)).toEqual([
      'handlingTimes',
      'outcomes',
      'waitingTimeComplaints',
      'recommendationFollowUp',
      'thermometer',
      'chainStages',
      'chainTransitions',
      'chainTotals',
      'providerCompliance',
      'providerComplianceProviders',
      'clientRates',
      'upheldComplaintMeasures',
      'dataFreshness',
      'dataFreshnessTotals',
      'regionalComparison',
      'regionalComparisonFunnel',
    ]);
    expect(index.families.map((family) => family.csvPath)).toEqual(
      index.families.map((family) => `/api/v1/indicatoren/${family.name}.csv`),
    );
    // Every column has a Dutch name and its meaning, e.g. the median of the handling times.
    expect(index.families[0]?.columns).toContainEqual({
      name: 'mediaan_dagen',
      meaning: expect.stringContaining('mediaan'),
    });
    expect(index.indicatorColumns.map((column) => column.name)).toEqual([
      'indicator',
      'periode_van',
      'periode_tot',
      'periode_volledig',
      'volledigheid',
      '<uitsplitsing>_code',
      '<uitsplitsing>',
      'waarde',
      'onderdrukt',
      'filters',
    ]);
    expect(index.parameters).toContainEqual(expect.objectContaining({ param: 'subthema', filter: false }));
  });

  it.each(['beleid', 'raad'] as const)(
    'should answer as %s exactly what GraphQL answers for the same filters, row by row',
    async (role) => {
      const session = await sut.login(role);
      const { token } = await createToken(session, `vergelijking ${role}`);
      const response = await getWith(
        token,
        'caseCount.csv?van=2025-05-01&tot=2025-06-30&indeling=maand&uitsplitsing=domein',
      );
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      const csv = await csvText(response);
      expect(parseCsv(csv).header).toEqual([
        'indicator',
        'periode_van',
        'periode_tot',
        'periode_volledig',
        'volledigheid',
        'domein_code',
        'domein',
        'waarde',
        'onderdrukt',
        'filters',
      ]);
      const graphql = await session.graphql<MetricsData>(METRICS, {
        query: {
          measures: ['caseCount'],
          dimensions: ['domain'],
          granularity: 'MONTH',
          dateRange: { from: '2025-05-01', to: '2025-06-30' },
        },
      });
      expect(graphql.errors).toBeUndefined();
      expect(graphql.data?.metrics.disclosureControl).toBe(role === 'raad');
      const expected = graphqlAsCsvRows(graphql.data);
      expect(expected.length).toBeGreaterThanOrEqual(4);
      expect(csvAsRows(csv, (row) => row.periode_van ?? '')).toEqual(expected);
      expect(parseCsv(csv).rows.map((row) => row.periode_tot)).toEqual(
        expected.map(([period]) => (period === '2025-05-01' ? '2025-05-31' : '2025-06-30')),
      );
    },
  );

  it('should give the council the perturbed counts, not the exact ones, with the filter in a column', async () => {
    const { token } = await createToken(await sut.login('raad'), 'raad mei');
    const response = await getWith(token, 'caseCount.csv?periode=2025-05&uitsplitsing=domein&soort=klacht');
    expect(response.status).toBe(200);
    const { rows } = parseCsv(await csvText(response));
    const published = await publishedFromFacts(
      sut.database.pool,
      `SELECT domain_code AS cell, count(*) AS n, sum(record_key) AS keys FROM case_record
        WHERE received_on BETWEEN '2025-05-01' AND '2025-05-31' GROUP BY 1`,
    );
    const expected = Object.fromEntries(
      [...published].filter(([, count]) => count.value !== 0).map(([domain, count]) => [domain, count]),
    );
    expect(Object.fromEntries(rows.map((row) => [row.domein_code, row.waarde]))).toEqual(
      Object.fromEntries(
        Object.entries(expected).map(([domain, count]) => [
          domain,
          count.value === null ? '' : String(count.value),
        ]),
      ),
    );
    expect(rows.map((row) => [row.periode_van, row.periode_tot, row.filters])).toEqual(
      rows.map(() => ['2025-05-01', '2025-05-31', 'soort=klacht']),
    );
    // The jeugd cell of 2 is never published as 2 (suppressed or perturbed away from small numbers).
    expect(rows.find((row) => row.domein_code === 'jeugd')?.waarde).not.toBe('2');
  });

  it('should write a rate with a decimal comma', async () => {
    await sut.database.pool.query(
      `INSERT INTO municipality_population (municipality_code, year, population) VALUES ('GM0001', 2025, 30000)
       ON CONFLICT DO NOTHING`,
    );
    const { token } = await createToken(await sut.login('beleid'), 'tarief');
    const response = await getWith(token, 'casesPer1000Inhabitants.csv?periode=2025-05');
    const { rows } = parseCsv(await csvText(response));
    // 44 records per 30,000 inhabitants.
    expect(rows[0]?.waarde).toMatch(/^1,4666/);
  });

  it('should refuse bad filters with a Dutch message and status 400, an unknown indicator with 404', async () => {
    const { token } = await createToken(await sut.login('beleid'), 'fouten');
    const noPeriod = await getWith(token, 'caseCount.csv?domein=wmo');
    expect(noPeriod.status).toBe(400);
    expect(await noPeriod.text()).toMatch(/^Geef de periode/);
    const typo = await getWith(token, 'caseCount.csv?periode=2025&domien=wmo');
    expect(typo.status).toBe(400);
    expect(await typo.text()).toMatch(/Onbekende parameter: domien/);
    const granularity = await getWith(token, 'caseCount.csv?periode=2025&indeling=dag');
    expect(granularity.status).toBe(400);
    const unknown = await getWith(token, 'klachtenGewist.csv?periode=2025');
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toMatch(/geen indicator "klachtenGewist"/);
  });

  it('should refuse a missing, malformed, unknown, revoked or expired token with 401', async () => {
    const anonymous = await fetch(csvUrl('caseCount.csv?periode=2025'));
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toBe('Bearer');
    expect(await anonymous.text()).toBe('Niet ingelogd\n');
    const malformed = await getWith('geheim', 'caseCount.csv?periode=2025');
    expect(malformed.status).toBe(401);
    const unknown = await getWith(`llus_${'A'.repeat(43)}`, 'caseCount.csv?periode=2025');
    expect(unknown.status).toBe(401);
    expect(await unknown.text()).toMatch(/onbekend/);

    const session = await sut.login('beleid');
    const revoked = await createToken(session, 'ingetrokken');
    expect((await getWith(revoked.token, 'caseCount.csv?periode=2025')).status).toBe(200);
    const revoke = await session.graphql<{ revokeApiToken: boolean }>(REVOKE_TOKEN, { id: revoked.info.id });
    expect(revoke.data?.revokeApiToken).toBe(true);
    // Not twice, and never another user's token.
    const again = await session.graphql<{ revokeApiToken: boolean }>(REVOKE_TOKEN, { id: revoked.info.id });
    expect(again.data?.revokeApiToken).toBe(false);
    const other = await createToken(await sut.login('raad'), 'van een ander');
    const foreign = await session.graphql<{ revokeApiToken: boolean }>(REVOKE_TOKEN, { id: other.info.id });
    expect(foreign.data?.revokeApiToken).toBe(false);
    expect((await getWith(other.token, 'caseCount.csv?periode=2025')).status).toBe(200);
    const afterRevoke = await getWith(revoked.token, 'caseCount.csv?periode=2025');
    expect(afterRevoke.status).toBe(401);
    expect(await afterRevoke.text()).toMatch(/ingetrokken/);
    expect(
      (
        await graphqlWithToken(revoked.token, METRICS, {
          query: { measures: ['caseCount'], dateRange: { from: '2025-05-01', to: '2025-05-31' } },
        })
      ).errors?.[0]?.extensions?.code,
    ).toBe('UNAUTHENTICATED');

    const expired = await createToken(session, 'verlopen');
    await sut.database.pool.query(
      `UPDATE api_token SET created_at = now() - interval '2 days', expires_at = now() - interval '1 day' WHERE id = $1`,
      [expired.info.id],
    );
    const afterExpiry = await getWith(expired.token, 'caseCount.csv?periode=2025');
    expect(afterExpiry.status).toBe(401);
    expect(await afterExpiry.text()).toMatch(/verlopen/);
  });

  it("should follow the user's account at each request: deactivated refused, a new role applied", async () => {
    const session = await sut.login('college');
    const { token } = await createToken(session, 'account');
    const path = 'caseCount.csv?periode=2025-05&uitsplitsing=domein';
    expect((await getWith(token, path)).status).toBe(200);
    await sut.database.pool.query(`UPDATE app_user SET active = false WHERE username = 'test-college'`);
    const inactive = await getWith(token, path);
    expect(inactive.status).toBe(401);
    expect(await inactive.text()).toMatch(/uitgeschakeld/);
    await sut.database.pool.query(
      `UPDATE app_user SET active = true, role = 'beleid' WHERE username = 'test-college'`,
    );
    const asBeleid = parseCsv(await csvText(await getWith(token, path))).rows;
    expect(Object.fromEntries(asBeleid.map((row) => [row.domein_code, row.waarde]))).toEqual({
      wmo: '30',
      jeugd: '2',
      schuldhulp: '12',
    });
  });

  it("should act as its user elsewhere too: beleid's token exports records (audited), raad's gets 403", async () => {
    const beleid = await createToken(await sut.login('beleid'), 'dossiers');
    const records = await fetch(`${sut.baseUrl}/api/records/export.csv?from=2025-05-01&to=2025-05-31`, {
      headers: { authorization: `Bearer ${beleid.token}` },
    });
    expect(records.status).toBe(200);
    expect((await csvText(records)).trim().split('\r\n')).toHaveLength(1 + 44);
    const { rows } = await sut.database.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'case_record.export' AND username = 'test-beleid'`,
    );
    expect(rows[0]?.n).toBe(1);
    const raad = await createToken(await sut.login('raad'), 'geen dossiers');
    const refused = await fetch(`${sut.baseUrl}/api/records/export.csv`, {
      headers: { authorization: `Bearer ${raad.token}` },
    });
    expect(refused.status).toBe(403);
  });

  it('should not let a token create or list tokens, manage users or change anything', async () => {
    const { token } = await createToken(await sut.login('beheer'), 'beheer');
    const create = await graphqlWithToken(token, CREATE_TOKEN, { input: { name: 'nog een' } });
    expect(create.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const list = await graphqlWithToken(token, '{ myApiTokens { id } }', {});
    expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const users = await graphqlWithToken(token, '{ managedUsers { id } }', {});
    expect(users.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const { rows } = await sut.database.pool.query(
      `SELECT count(*)::int AS n FROM api_token WHERE name = 'nog een'`,
    );
    expect(rows[0].n).toBe(0);
    // Any mutation, also one open to everyone.
    const logout = await graphqlWithToken(token, 'mutation { logout }', {});
    expect(logout.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Reading through GraphQL is what a token is for.
    const metrics = await graphqlWithToken(token, METRICS, {
      query: { measures: ['caseCount'], dateRange: { from: '2025-05-01', to: '2025-05-31' } },
    });
    expect(metrics.errors).toBeUndefined();
  });

  it('should audit the creation, each use with its path, and the revocation, never the token itself', async () => {
    const session = await sut.login('beleid');
    const created = await createToken(session, 'audit');
    await getWith(created.token, 'caseCount.csv?periode=2025-06');
    await getWith(created.token, 'caseCount.csv?periode=2025-05');
    await session.graphql(REVOKE_TOKEN, { id: created.info.id });
    await getWith(created.token, 'caseCount.csv?periode=2025-05');
    const { rows } = await sut.database.pool.query<{
      action: string;
      username: string;
      details: Record<string, unknown>;
    }>(
      `SELECT action, username, details FROM audit_log WHERE entity = 'api_token' AND entity_id = $1 ORDER BY id`,
      [String(created.info.id)],
    );
    expect(rows.map((row) => [row.action, row.username])).toEqual([
      ['api_token.create', 'test-beleid'],
      ['api_token.use', 'test-beleid'],
      ['api_token.use', 'test-beleid'],
      ['api_token.revoke', 'test-beleid'],
      ['api_token.refused', 'test-beleid'],
    ]);
    expect(rows[1]?.details).toEqual({
      method: 'GET',
      path: '/api/v1/indicatoren/caseCount.csv?periode=2025-06',
    });
    expect(JSON.stringify(rows)).not.toContain(created.token.slice(5));
    const listed = await session.graphql<{
      myApiTokens: { id: number; lastUsedAt: string | null; revokedAt: string | null }[];
    }>('{ myApiTokens { id lastUsedAt revokedAt } }');
    const mine = listed.data?.myApiTokens.find((token) => token.id === created.info.id);
    expect(mine?.lastUsedAt).not.toBeNull();
    expect(mine?.revokedAt).not.toBeNull();
  });
});
