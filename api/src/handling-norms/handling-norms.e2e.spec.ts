import { hashPassword } from '../auth/auth.service';
import { CSRF_HEADER } from '../imports/csrf-header.guard';
import { createTestApp, logInOverHttp, TestApp, TestSession } from '../testing/createTestApp';
import { gemeenteExportCsv, gemeenteExportLine } from '../testing/gemeenteExport';
import { useTempDirs } from '@leerlus/sql/tempDirs';

const tempDir = useTempDirs();

const ADD = 'mutation ($input: SaveHandlingNormInput!) { addHandlingNorm(input: $input) }';
const WITHIN_TERM = `query ($query: HandlingTimesQueryInput!) {
  handlingTimes(query: $query) { totals { closed { value } withinTerm { value } } }
}`;

/** Received 3 April 2024, closed 15 May 2024: 42 days, just within the legal 6 weeks. */
const line = (caseNumber: string, subject = 'Wachttijd'): string =>
  gemeenteExportLine(caseNumber).replace(';Wachttijd;', `;${subject};`);

describe('handling norms as reference data (beheer, used by imports)', () => {
  let sut: TestApp;
  let beheer: TestSession;
  let beleid: TestSession;
  let dataDir: string;
  const saved = { dataDir: process.env.LEERLUS_DATA_DIR, key: process.env.LEERLUS_PSEUDONYM_KEY };
  const norm = {
    municipalityCode: 'GM9901',
    source: 'gemeente-lusdonk',
    termUnit: 'weken',
    replacesNorm: 'awb_9_11',
    validFrom: '2024-01-01',
  };

  beforeAll(async () => {
    dataDir = await tempDir('leerlus-norms-');
    process.env.LEERLUS_DATA_DIR = dataDir;
    process.env.LEERLUS_PSEUDONYM_KEY = 'test-pseudonym-key-0123456789abcdef';
    sut = await createTestApp();
    await sut.database.pool.query(
      `INSERT INTO municipality (code, name) VALUES ('GM9901', 'Lusdonk'), ('GM9902', 'Elders')`,
    );
    await sut.database.pool.query(
      `INSERT INTO organisation (code, name, kind, municipality_code)
       VALUES ('gemeente-lusdonk', 'Gemeente Lusdonk', 'gemeente', 'GM9901')`,
    );
    beheer = await sut.login('beheer');
    beleid = await sut.login('beleid');
  });

  afterAll(async () => {
    await sut?.close();
    process.env.LEERLUS_DATA_DIR = saved.dataDir;
    process.env.LEERLUS_PSEUDONYM_KEY = saved.key;
    if (saved.dataDir === undefined) delete process.env.LEERLUS_DATA_DIR;
    if (saved.key === undefined) delete process.env.LEERLUS_PSEUDONYM_KEY;
  });

  const upload = async (name: string, lines: string[]): Promise<void> => {
    const form = new FormData();
    form.append('profile', 'gemeente-klachten');
    form.append('municipality', 'GM9901');
    form.append('file', new Blob([gemeenteExportCsv(lines)], { type: 'text/csv' }), name);
    const response = await fetch(`${sut.baseUrl}/api/imports`, {
      method: 'POST',
      headers: { cookie: beheer.cookie, [CSRF_HEADER]: '1' },
      body: form,
    });
    expect(response.status).toBe(202);
    const { importId } = (await response.json()) as { importId: string };
    let status = 'running';
    for (let attempt = 0; attempt < 300 && (status === 'running' || status === 'pending'); attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const job = await beheer.graphql<{ importJob: { status: string } }>(
        'query ($id: ID!) { importJob(id: $id) { status } }',
        { id: importId },
      );
      status = job.data!.importJob.status;
    }
    expect(status).toBe('succeeded');
  };

  const figures = async (): Promise<{ closed: number; withinTerm: number }> => {
    const result = await beleid.graphql<{
      handlingTimes: { totals: { closed: { value: number }; withinTerm: { value: number } }[] };
    }>(WITHIN_TERM, {
      query: { dateRange: { from: '2024-04-01', to: '2024-04-30' }, family: 'klacht' },
    });
    expect(result.errors).toBeUndefined();
    const totals = result.data!.handlingTimes.totals[0]!;
    return { closed: totals.closed.value, withinTerm: totals.withinTerm.value };
  };

  const storedTerms = async (): Promise<Record<string, number | null>> => {
    const { rows } = await sut.database.pool.query<{ external_id: string; term_days: number | null }>(
      'SELECT external_id, term_days FROM case_record ORDER BY external_id',
    );
    return Object.fromEntries(rows.map((row) => [row.external_id, row.term_days]));
  };

  it('should change the "binnen termijn" figure of a newly imported export, most specific norm first', async () => {
    await upload('voor.csv', [line('KL-1')]);
    expect(await figures()).toEqual({ closed: 1, withinTerm: 1 });

    const specific = await beheer.graphql<{ addHandlingNorm: number }>(ADD, {
      input: { ...norm, theme: 'wachttijd', termAmount: 4, note: 'Eigen termijn voor wachttijdklachten' },
    });
    expect(specific.errors).toBeUndefined();
    const general = await beheer.graphql(ADD, { input: { ...norm, termAmount: 60, termUnit: 'dagen' } });
    expect(general.errors).toBeUndefined();
    const later = await beheer.graphql(ADD, {
      input: { ...norm, kind: 'klacht', termAmount: 1, validFrom: '2025-01-01' },
    });
    expect(later.errors).toBeUndefined();

    await upload('na.csv', [line('KL-2'), line('KL-3', 'Bejegening')]);
    // KL-1 keeps the legal term it was imported with; KL-2 gets 4 weeks (source + theme) and is over
    // term at 42 days; KL-3 gets the source's 60 days. The 2025 norm is not valid in April 2024.
    expect(await storedTerms()).toEqual({ 'KL-1': null, 'KL-2': 28, 'KL-3': 60 });
    expect(await figures()).toEqual({ closed: 3, withinTerm: 2 });
  });

  it('should list, change and end norms, audited, and refuse unknown themes and legal terms', async () => {
    const listed = await beheer.graphql<{
      handlingNorms: { id: number; theme: string | null; termDays: number; validTo: string | null }[];
    }>('{ handlingNorms { id theme kind termAmount termUnit termDays validFrom validTo } }');
    const norms = listed.data!.handlingNorms;
    expect(norms.map((n) => [n.theme, n.termDays])).toEqual([
      [null, 60],
      [null, 7],
      ['wachttijd', 28],
    ]);
    const id = norms[2]!.id;
    const changed = await beheer.graphql(
      'mutation ($id: Int!, $input: SaveHandlingNormInput!) { changeHandlingNorm(id: $id, input: $input) }',
      {
        id,
        input: { ...norm, theme: 'wachttijd', termAmount: 35, termUnit: 'dagen' },
      },
    );
    expect(changed.errors).toBeUndefined();
    const ended = await beheer.graphql(
      'mutation ($id: Int!) { endHandlingNorm(id: $id, validTo: "2024-12-31") }',
      {
        id,
      },
    );
    expect(ended.errors).toBeUndefined();
    const early = await beheer.graphql(
      'mutation ($id: Int!) { endHandlingNorm(id: $id, validTo: "2023-12-31") }',
      {
        id,
      },
    );
    expect(early.errors?.[0]?.message).toMatch(/voor de begindatum/);
    const unknownTheme = await beheer.graphql(ADD, {
      input: { ...norm, theme: 'bestaat-niet', termAmount: 2 },
    });
    expect(unknownTheme.errors?.[0]?.message).toMatch(/Thema bestaat-niet bestaat niet/);
    const unknownLaw = await beheer.graphql(ADD, {
      input: { ...norm, replacesNorm: 'awb_1_1', termAmount: 2 },
    });
    expect(unknownLaw.errors?.[0]?.message).toMatch(/awb_1_1/);
    const { rows } = await sut.database.pool.query(
      `SELECT term_days, valid_to::text FROM handling_norm WHERE id = $1`,
      [id],
    );
    expect(rows).toEqual([{ term_days: 35, valid_to: '2024-12-31' }]);
    const audit = await sut.database.pool.query(
      `SELECT action, username, details->'before'->>'term_amount' AS before FROM audit_log
        WHERE action LIKE 'norm.%' ORDER BY id`,
    );
    expect(audit.rows).toEqual([
      { action: 'norm.add', username: 'test-beheer', before: null },
      { action: 'norm.add', username: 'test-beheer', before: null },
      { action: 'norm.add', username: 'test-beheer', before: null },
      { action: 'norm.change', username: 'test-beheer', before: '4' },
      { action: 'norm.end', username: 'test-beheer', before: null },
    ]);
  });

  it("should keep a beheer bound to another municipality out of this one's norms", async () => {
    await sut.database.pool.query(
      `INSERT INTO app_user (username, display_name, password_hash, role, municipality_code)
       VALUES ('beheer-elders', 'Beheer Elders', $1, 'beheer', 'GM9902')`,
      [await hashPassword('Klaproos-Lantaarn-Vijver-42')],
    );
    const cookie = await logInOverHttp(
      `${sut.baseUrl}/graphql`,
      'beheer-elders',
      'Klaproos-Lantaarn-Vijver-42',
    );
    const elders = async <T>(query: string, variables?: Record<string, unknown>) =>
      (await (await sut.post({ query, variables }, { cookie })).json()) as {
        data?: T;
        errors?: { message: string }[];
      };
    expect((await elders<{ handlingNorms: unknown[] }>('{ handlingNorms { id } }')).data).toEqual({
      handlingNorms: [],
    });
    const added = await elders(ADD, { input: { ...norm, termAmount: 3 } });
    expect(added.errors?.[0]?.message).toMatch(/alleen gemeente GM9902/);
    const { rows } = await sut.database.pool.query<{ id: number }>('SELECT min(id) AS id FROM handling_norm');
    const ended = await elders('mutation ($id: Int!) { endHandlingNorm(id: $id, validTo: "2024-06-30") }', {
      id: rows[0]!.id,
    });
    expect(ended.errors?.[0]?.message).toMatch(/alleen gemeente GM9902/);
    const count = await sut.database.pool.query(
      `SELECT count(*)::int AS n FROM handling_norm WHERE valid_to = '2024-06-30'`,
    );
    expect(count.rows).toEqual([{ n: 0 }]);
    const raad = await sut.login('raad');
    expect((await raad.graphql('{ handlingNorms { id } }')).errors).toBeDefined();
  });
});
