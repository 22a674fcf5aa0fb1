import { createTestApp, TestApp } from '../testing/createTestApp';

const SIGNALS = `query {
  signals { id ruleCode scopeKey status score scoreSuppressed severity urgent
            evidence { name value suppressed organisationCode } organisations { code } }
}`;
const SIGNAL_WITH_RECORDS = `query ($id: ID!) {
  signal(id: $id) { id ruleCode evidenceRecords { recordType recordId subjectKeyShort textRedacted } }
}`;
const UPDATE = `mutation ($id: ID!, $status: SignalStatus!, $note: String) {
  updateSignalStatus(id: $id, status: $status, note: $note) { id status statusNote }
}`;

interface SignalsData {
  signals: {
    id: string;
    ruleCode: string;
    score: number | null;
    scoreSuppressed: boolean;
    evidence: { name: string; value: number | null; suppressed: boolean; organisationCode: string | null }[];
  }[];
}

describe('signals (GraphQL)', () => {
  let sut: TestApp;
  let signalId: string;

  beforeAll(async () => {
    sut = await createTestApp();
    const sql = (text: string, params: unknown[] = []): Promise<unknown> =>
      sut.database.pool.query(text, params);
    await sql(`INSERT INTO municipality (code, name) VALUES ('GM0001', 'Leerstad')`);
    await sql(
      `INSERT INTO organisation (code, name, kind) VALUES ('gemeente', 'Gemeente', 'gemeente'),
         ('a', 'Aanbieder A', 'aanbieder'), ('b', 'Aanbieder B', 'aanbieder')`,
    );
    await sql(
      `INSERT INTO import (municipality_code, file_name, sha256, profile) VALUES ('GM0001', 't.csv', $1, 't')`,
      ['c'.repeat(64)],
    );
    // Two citizens at three organisations each within the window (wal en schip): 2 citizens < 5.
    // Pseudonyms as long as real ones (64 characters), so the short display form is tested.
    const [first, second] = ['ps_secret_1', 'ps_secret_2'].map((key) => key.padEnd(64, 'f'));
    for (const [key, source, day] of [
      [first, 'a', '2025-01-10'],
      [first, 'gemeente', '2025-02-10'],
      [first, 'b', '2025-03-10'],
      [second, 'a', '2025-01-12'],
      [second, 'gemeente', '2025-02-12'],
      [second, 'b', '2025-03-12'],
    ] as const) {
      await sql(
        `INSERT INTO case_record (municipality_code, source_organisation_id, external_id, kind, domain_code, line,
           received_on, subject_key, text_redacted, import_id)
         VALUES ('GM0001', (SELECT id FROM organisation WHERE code = $2), $1 || $2, 'klacht', 'jeugd',
           'eerste_lijn_aanbieder', $3, $1, 'Tekst [BSN]', (SELECT id FROM import))`,
        [key, source, day],
      );
    }
    await sql(`SELECT * FROM refresh_signals(NULL, '2025-09-30')`);
    const rows = (await sut.database.pool.query<{ id: string }>(`SELECT id::text FROM signal`)).rows;
    signalId = rows[0]!.id;
  });

  afterAll(async () => {
    await sut?.close();
  });

  it('should refuse an anonymous caller', async () => {
    const result = await sut.graphql(SIGNALS);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('should show raad the signal with its small counts perturbed (never as themselves) and no pseudonyms', async () => {
    const raad = await sut.login('raad');
    const result = await raad.graphql<SignalsData>(SIGNALS);
    expect(result.errors).toBeUndefined();
    const [signal] = result.data!.signals;
    const citizens = signal!.evidence.find((value) => value.name === 'citizens');
    // Two citizens: published as 0 or 5 (ptable row 2), as every count of the aggregate roles.
    expect([0, 5]).toContain(citizens?.value);
    expect(signal).toMatchObject({
      ruleCode: 'wal_en_schip',
      score: citizens?.value,
      scoreSuppressed: false,
      // The severity comes from the exact counts; its bands start at the disclosure threshold, so 'laag'
      // says the count is below it (as the old '×' did), never which small number it is.
      severity: 'laag',
      urgent: false,
    });
    expect(signal!.evidence.some((value) => value.name.endsWith('KeySum'))).toBe(false);
    expect(JSON.stringify(result)).not.toContain('ps_secret');
  });

  it('should show beleid the exact counts', async () => {
    const beleid = await sut.login('beleid');
    const result = await beleid.graphql<SignalsData>(SIGNALS);
    const [signal] = result.data!.signals;
    expect(signal).toMatchObject({ score: 2, scoreSuppressed: false });
    expect(signal!.evidence.find((value) => value.name === 'citizens')).toMatchObject({
      value: 2,
      suppressed: false,
    });
  });

  it('should refuse raad the evidence records and the status update', async () => {
    const raad = await sut.login('raad');
    const records = await raad.graphql(SIGNAL_WITH_RECORDS, { id: signalId });
    expect(records.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(records)).not.toContain('ps_secret');
    const update = await raad.graphql(UPDATE, { id: signalId, status: 'opgepakt', note: null });
    expect(update.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const { rows } = await sut.database.pool.query<{ status: string }>('SELECT status FROM signal');
    expect(rows[0]?.status).toBe('nieuw');
  });

  it('should give beleid the pseudonymised records and audit the read', async () => {
    const beleid = await sut.login('beleid');
    const result = await beleid.graphql<{ signal: { evidenceRecords: { subjectKeyShort: string }[] } }>(
      SIGNAL_WITH_RECORDS,
      { id: signalId },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.signal.evidenceRecords).toHaveLength(6);
    // The same short pseudonym as records show (PSEUDONYM_DISPLAY_LENGTH), never the full 64 characters.
    expect(new Set(result.data!.signal.evidenceRecords.map((record) => record.subjectKeyShort))).toEqual(
      new Set(['ps_secret_1f', 'ps_secret_2f']),
    );
    const { rows } = await sut.database.pool.query<{ username: string; entity_id: string }>(
      `SELECT username, entity_id FROM audit_log WHERE action = 'signal.evidence_read'`,
    );
    expect(rows).toEqual([{ username: 'test-beleid', entity_id: signalId }]);
  });

  it('should let beleid update the status, audited, and keep it through a recompute', async () => {
    const beleid = await sut.login('beleid');
    const result = await beleid.graphql<{ updateSignalStatus: { status: string; statusNote: string } }>(
      UPDATE,
      {
        id: signalId,
        status: 'in_behandeling',
        note: 'Besproken in het MT',
      },
    );
    expect(result.data?.updateSignalStatus).toMatchObject({
      status: 'in_behandeling',
      statusNote: 'Besproken in het MT',
    });
    const audit = await sut.database.pool.query<{ details: Record<string, unknown> }>(
      `SELECT details FROM audit_log WHERE action = 'signal.status_update'`,
    );
    expect(audit.rows).toEqual([{ details: { from: 'nieuw', to: 'in_behandeling', note: true } }]);

    await sut.database.pool.query(`SELECT * FROM refresh_signals(NULL, '2025-09-30')`);
    const { rows } = await sut.database.pool.query<{ status: string }>('SELECT status FROM signal');
    expect(rows[0]?.status).toBe('in_behandeling');
  });

  it('should list the rules for every role', async () => {
    const panel = await sut.login('panel');
    const result = await panel.graphql<{ signalRules: { code: string }[] }>(
      '{ signalRules { code thresholds { name value } } }',
    );
    expect(result.data?.signalRules.map((rule) => rule.code)).toHaveLength(9);
  });
});
