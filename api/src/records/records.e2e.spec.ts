import { createTestApp, TestApp } from '../testing/createTestApp';

const RECORDS = `query ($filter: CaseRecordFilterInput, $page: PageInput) {
  caseRecords(filter: $filter, page: $page) {
    totalCount
    pageInfo { hasNextPage endCursor }
    records {
      id municipalityCode receivedOn closedOn kind domain domainLabel themeCode themeLabel channel
      complainantType line outcome sourceOrganisation subjectOrganisation neighbourhoodCode
      textRedacted subjectKeyShort
    }
  }
}`;
const RECORD = `query ($id: ID!) { caseRecord(id: $id) { id textRedacted subjectKeyShort } }`;

interface Page {
  caseRecords: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    records: Record<string, string | null>[];
  };
}

const SUBJECT_KEY = 'a1b2c3d4e5f6'.repeat(5) + 'abcd';

describe('case records drill-down (GraphQL, real PostgreSQL)', () => {
  let sut: TestApp;
  const sql = (text: string, params: unknown[] = []): Promise<{ rows: Record<string, unknown>[] }> =>
    sut.database.pool.query(text, params);

  beforeAll(async () => {
    sut = await createTestApp();
    await sql(`INSERT INTO municipality (code, name) VALUES ('GM0001', 'Leerstad')`);
    await sql(`INSERT INTO organisation (code, name, kind) VALUES
                 ('GEM', 'Gemeente Leerstad', 'gemeente'), ('ZORG', 'Zorg BV', 'aanbieder')`);
    await sql(
      `INSERT INTO import (municipality_code, file_name, sha256, profile) VALUES ('GM0001', 't.csv', $1, 'test')`,
      ['c'.repeat(64)],
    );
    const rows: [string, string, string, string | null, string, string][] = [
      // external id, domain, received, theme, line, subject organisation
      ['EXT-SECRET-1', 'wmo', '2025-01-10', 'wachttijd_levering', 'eerste_lijn_gemeente', 'ZORG'],
      ['EXT-SECRET-2', 'wmo', '2025-02-10', 'hulpmiddelen', 'eerste_lijn_aanbieder', 'ZORG'],
      ['EXT-SECRET-3', 'jeugd', '2025-03-10', 'wachttijd', 'tweede_lijn', 'GEM'],
      ['EXT-SECRET-4', 'wmo', '2025-03-10', null, 'eerste_lijn_gemeente', 'GEM'],
      ['EXT-SECRET-5', 'wmo', '2024-12-10', null, 'eerste_lijn_gemeente', 'GEM'],
    ];
    for (const [external, domain, received, theme, line, subject] of rows) {
      await sql(
        `INSERT INTO case_record (municipality_code, source_organisation_id, subject_organisation_id, external_id,
           kind, domain_code, theme_id, line, received_on, subject_key, neighbourhood_code, text_redacted, import_id)
         VALUES ('GM0001', (SELECT id FROM organisation WHERE code = 'GEM'), (SELECT id FROM organisation WHERE code = $6),
           $1, 'klacht', $2, (SELECT id FROM theme WHERE code = $4), $5, $3, $7, 'WK036301',
           'Ik wacht al weken op [NAAM], bel mij op [TELEFOON].', (SELECT id FROM import))`,
        [external, domain, received, theme, line, subject, SUBJECT_KEY],
      );
    }
  });

  afterAll(async () => {
    await sut?.close();
  });

  it('should filter, page newest first and show only redacted, pseudonymised fields', async () => {
    const session = await sut.login('beleid');
    const filter = { from: '2025-01-01', to: '2025-12-31', domain: ['wmo', 'jeugd'] };
    const first = await session.graphql<Page>(RECORDS, { filter, page: { first: 2 } });
    expect(first.errors).toBeUndefined();
    const page1 = first.data!.caseRecords;
    expect(page1.totalCount).toBe(4);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    expect(page1.records.map((r) => r.receivedOn)).toEqual(['2025-03-10', '2025-03-10']);
    const second = await session.graphql<Page>(RECORDS, {
      filter,
      page: { first: 2, after: page1.pageInfo.endCursor },
    });
    const page2 = second.data!.caseRecords;
    expect(page2.records.map((r) => r.receivedOn)).toEqual(['2025-02-10', '2025-01-10']);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    const ids = [...page1.records, ...page2.records].map((r) => r.id);
    expect(new Set(ids).size).toBe(4);

    const record = page2.records[1]!;
    expect(record).toMatchObject({
      domain: 'wmo',
      domainLabel: 'Wmo: ondersteuning thuis',
      themeCode: 'wachttijd_levering',
      sourceOrganisation: 'Gemeente Leerstad',
      subjectOrganisation: 'Zorg BV',
      textRedacted: 'Ik wacht al weken op [NAAM], bel mij op [TELEFOON].',
      subjectKeyShort: SUBJECT_KEY.slice(0, 12),
    });
    const json = JSON.stringify([first, second]);
    expect(json).not.toContain('EXT-SECRET');
    expect(json).not.toContain(SUBJECT_KEY);
  });

  it('should filter on theme (with subthemes), organisation, kind and line', async () => {
    const session = await sut.login('beheer');
    const run = async (filter: Record<string, unknown>): Promise<number> =>
      (await session.graphql<Page>(RECORDS, { filter })).data!.caseRecords.totalCount;
    expect(await run({ theme: ['wachttijd'] })).toBe(2);
    expect(await run({ organisation: ['ZORG'] })).toBe(2);
    expect(await run({ line: ['tweede_lijn'] })).toBe(1);
    expect(await run({ kind: ['signaal'] })).toBe(0);
    expect(await run({ to: '2024-12-31' })).toBe(1);
  });

  it('should write an audit row for every list and every single read', async () => {
    const session = await sut.login('beleid');
    const before = await sql(
      `SELECT count(*)::integer AS n FROM audit_log WHERE action LIKE 'case_record.%'`,
    );
    await session.graphql<Page>(RECORDS, { filter: { domain: ['jeugd'] } });
    const list = await sql(
      `SELECT username, role, details FROM audit_log WHERE action = 'case_record.list' ORDER BY id DESC LIMIT 1`,
    );
    expect(list.rows[0]).toMatchObject({
      username: 'test-beleid',
      role: 'beleid',
      details: { returned: 1, filter: { domain: ['jeugd'] }, page: { first: 25, after: null } },
    });
    const one = await session.graphql<{ caseRecord: { id: string } | null }>(RECORD, { id: 'GM0001:1' });
    expect(one.data?.caseRecord?.id).toBe('GM0001:1');
    const read = await sql(
      `SELECT entity_id, details FROM audit_log WHERE action = 'case_record.read' ORDER BY id DESC LIMIT 1`,
    );
    expect(read.rows[0]).toMatchObject({ entity_id: 'GM0001:1', details: { returned: 1 } });
    const after = await sql(`SELECT count(*)::integer AS n FROM audit_log WHERE action LIKE 'case_record.%'`);
    expect(Number(after.rows[0]?.n) - Number(before.rows[0]?.n)).toBe(2);
  });

  it('should refuse raad, panel, college and anonymous callers', async () => {
    for (const role of ['raad', 'panel', 'college'] as const) {
      const session = await sut.login(role);
      const list = await session.graphql(RECORDS, {});
      expect(list.data ?? null).toBeNull();
      expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const one = await session.graphql(RECORD, { id: 'GM0001:1' });
      expect(one.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await sut.graphql(RECORDS, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('should refuse a page larger than the maximum and a forged cursor', async () => {
    const session = await sut.login('beleid');
    const big = await session.graphql(RECORDS, { page: { first: 101 } });
    expect(big.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const forged = await session.graphql(RECORDS, { page: { first: 5, after: 'bm9wZQ' } });
    expect(forged.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
