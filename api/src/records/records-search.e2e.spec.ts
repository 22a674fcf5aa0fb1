import { createTestApp, TestApp } from '../testing/createTestApp';

const SEARCH = `query ($filter: CaseRecordFilterInput, $page: PageInput) {
  caseRecords(filter: $filter, page: $page) {
    totalCount
    pageInfo { hasNextPage endCursor }
    records { id domain textRedacted highlight { text matched } }
  }
}`;

interface Page {
  caseRecords: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    records: {
      id: string;
      domain: string;
      textRedacted: string;
      highlight: { text: string; matched: boolean }[] | null;
    }[];
  };
}

/** [domain, received on, redacted text] */
const TEXTS: [string, string, string][] = [
  ['wmo', '2025-01-10', 'De wachtlijst voor een traplift is lang; ik bel [NAAM] al weken.'],
  ['jeugd', '2025-02-10', 'Wachtlijst, wachtlijst en nog eens een wachtlijst bij de jeugdhulp.'],
  ['wmo', '2025-03-10', 'De schoonmaakster kwam niet opdagen.'],
  ['wmo', '2025-04-10', '<b>Let op</b> de wachtlijst <script>alert(1)</script>'],
];
/** More records with one word than fit on a page (25), for the export and the offset. */
const TAXI_RECORDS = 30;

describe('search in the redacted texts and the CSV export (real PostgreSQL, real HTTP)', () => {
  let sut: TestApp;
  const sql = (text: string, params: unknown[] = []): Promise<{ rows: Record<string, unknown>[] }> =>
    sut.database.pool.query(text, params);
  const insert = (domain: string, received: string, text: string): Promise<unknown> =>
    sql(
      `INSERT INTO case_record (municipality_code, source_organisation_id, external_id, kind, domain_code, line,
         received_on, text_redacted, import_id)
       VALUES ('GM0001', (SELECT id FROM organisation WHERE code = 'GEM'), gen_random_uuid()::text, 'klacht', $1,
         'eerste_lijn_gemeente', $2, $3, (SELECT id FROM import))`,
      [domain, received, text],
    );

  beforeAll(async () => {
    sut = await createTestApp();
    await sql(`INSERT INTO municipality (code, name) VALUES ('GM0001', 'Leerstad')`);
    await sql(`INSERT INTO organisation (code, name, kind) VALUES ('GEM', 'Gemeente Leerstad', 'gemeente')`);
    await sql(
      `INSERT INTO import (municipality_code, file_name, sha256, profile) VALUES ('GM0001', 't.csv', $1, 'test')`,
      ['d'.repeat(64)],
    );
    for (const [domain, received, text] of TEXTS) await insert(domain, received, text);
    for (let n = 1; n <= TAXI_RECORDS; n += 1) {
      await insert(
        'wmo',
        `2024-06-${String((n % 28) + 1).padStart(2, '0')}`,
        `=SOM(1) De taxi ${n} was te laat; "zeer" vervelend.`,
      );
    }
  });

  afterAll(async () => {
    await sut?.close();
  });

  it('should find a stemmed word, best match first, and mark the matches as plain text', async () => {
    const session = await sut.login('beleid');
    const result = await session.graphql<Page>(SEARCH, { filter: { search: 'wachtlijsten' } });
    expect(result.errors).toBeUndefined();
    const page = result.data!.caseRecords;
    expect(page.totalCount).toBe(3);
    // Three matches outrank one, whatever the date.
    expect(page.records[0]!.domain).toBe('jeugd');
    const first = page.records[0]!.highlight!;
    expect(first.filter((segment) => segment.matched).map((segment) => segment.text)).toEqual([
      'Wachtlijst',
      'wachtlijst',
      'wachtlijst',
    ]);
    // A fragment of the text itself, ending at a word.
    expect(first.map((segment) => segment.text).join('')).toBe(TEXTS[1]![2].replace(/\.$/, ''));
    // Markup in a text is never turned into highlight markup: matches are segments, and the marks
    // PostgreSQL put around them never reach the caller.
    const html = page.records.find((record) => record.textRedacted.startsWith('<b>'))!;
    expect(html.highlight!.filter((segment) => segment.matched)).toEqual([
      { text: 'wachtlijst', matched: true },
    ]);
    expect(JSON.stringify(page.records)).not.toMatch(/\\u000[23]/);
  });

  it('should combine the search with the other filters', async () => {
    const session = await sut.login('beheer');
    const run = async (filter: Record<string, unknown>): Promise<string[]> =>
      (await session.graphql<Page>(SEARCH, { filter })).data!.caseRecords.records.map((r) => r.textRedacted);
    expect(await run({ search: 'wachtlijst', domain: ['wmo'] })).toHaveLength(2);
    expect(await run({ search: 'wachtlijst', domain: ['wmo'], to: '2025-03-31' })).toEqual([TEXTS[0]![2]]);
    expect(await run({ search: 'schoonmaak' })).toEqual([]);
    expect(await run({ search: 'schoonmaakster -opdagen' })).toEqual([]);
    expect(await run({ search: 'schoonmaakster' })).toEqual([TEXTS[2]![2]]);
  });

  it('should page a search by cursor and by offset without gaps or repeats', async () => {
    const session = await sut.login('beleid');
    const filter = { search: 'taxi' };
    const first = (await session.graphql<Page>(SEARCH, { filter, page: { first: 25 } })).data!.caseRecords;
    expect(first.totalCount).toBe(TAXI_RECORDS);
    const byCursor = await session.graphql<Page>(SEARCH, {
      filter,
      page: { first: 25, after: first.pageInfo.endCursor },
    });
    const byOffset = await session.graphql<Page>(SEARCH, { filter, page: { first: 25, offset: 25 } });
    const rest = byCursor.data!.caseRecords.records.map((r) => r.id);
    expect(byOffset.data!.caseRecords.records.map((r) => r.id)).toEqual(rest);
    expect(new Set([...first.records.map((r) => r.id), ...rest]).size).toBe(TAXI_RECORDS);
    const both = await session.graphql(SEARCH, {
      filter,
      page: { first: 25, offset: 25, after: first.pageInfo.endCursor },
    });
    expect(both.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('should audit a search with its words', async () => {
    const session = await sut.login('beleid');
    await session.graphql<Page>(SEARCH, { filter: { search: 'traplift', domain: ['wmo'] } });
    const { rows } = await sql(
      `SELECT username, details FROM audit_log WHERE action = 'case_record.list' ORDER BY id DESC LIMIT 1`,
    );
    expect(rows[0]).toMatchObject({
      username: 'test-beleid',
      details: { filter: { search: 'traplift', domain: ['wmo'] }, returned: 1 },
    });
  });

  it('should export every matching record as CSV, more than one page, and audit it', async () => {
    const session = await sut.login('beleid');
    const response = await fetch(
      `${sut.baseUrl}/api/records/export.csv?search=taxi&domain=wmo&from=2024-01-01`,
      {
        headers: { cookie: session.cookie },
      },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="dossiers.csv"');
    const text = (await response.text()).replace(/^\ufeff/, '');
    const lines = text.trim().split('\r\n');
    expect(lines[0]).toBe(
      'Dossier;Ontvangen;Afgesloten;Soort;Domein;Thema;Lijn;Kanaal;Ingediend door;Bron;Over organisatie;Wijk;Uitkomst;Inwoner (pseudoniem);Tekst (geanonimiseerd)',
    );
    expect(lines).toHaveLength(TAXI_RECORDS + 1);
    expect(new Set(lines.slice(1).map((line) => line.split(';')[0])).size).toBe(TAXI_RECORDS);
    // Quotes are doubled and a formula is neutralised, so Excel shows the text.
    expect(lines[1]).toMatch(/;"'=SOM\(1\) De taxi \d+ was te laat; ""zeer"" vervelend\."$/);
    const { rows } = await sql(
      `SELECT details FROM audit_log WHERE action = 'case_record.export' ORDER BY id DESC LIMIT 1`,
    );
    expect(rows[0]).toMatchObject({
      details: { filter: { search: 'taxi', domain: ['wmo'] }, returned: TAXI_RECORDS },
    });
  });

  it('should refuse a malformed export filter with a message', async () => {
    const session = await sut.login('beleid');
    const response = await fetch(`${sut.baseUrl}/api/records/export.csv?from=gisteren`, {
      headers: { cookie: session.cookie },
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('from moet een datum zijn');
    for (const query of [
      'domain=wmo;DROP',
      'kind=a%20b',
      'to=2025-01-01&to=2025-02-01',
      'search=a&search=b',
    ]) {
      const wrong = await fetch(`${sut.baseUrl}/api/records/export.csv?${query}`, {
        headers: { cookie: session.cookie },
      });
      expect(wrong.status).toBe(400);
    }
  });

  it('should refuse search and export for raad, panel and college', async () => {
    for (const role of ['raad', 'panel', 'college'] as const) {
      const session = await sut.login(role);
      const list = await session.graphql(SEARCH, { filter: { search: 'wachtlijst' } });
      expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const response = await fetch(`${sut.baseUrl}/api/records/export.csv?search=taxi`, {
        headers: { cookie: session.cookie },
      });
      expect(response.status).toBe(403);
      expect(await response.text()).not.toContain('taxi');
    }
    expect((await fetch(`${sut.baseUrl}/api/records/export.csv`)).status).toBe(401);
  });
});
