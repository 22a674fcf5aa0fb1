import { publishedFromFacts } from '../disclosure/testing/published-from-facts';
import { createTestApp, TestApp, TestSession } from '../testing/createTestApp';
import { ReceivedMail, SmtpTestServer, startSmtpTestServer } from '../testing/smtpTestServer';
import { SignalAlertsSender } from './signal-alerts.sender';

const AS_OF = '2025-09-30';
const SUBSCRIBE = `mutation ($scope: SignalAlertScope!, $email: String!) {
  subscribeToSignals(scope: $scope, email: $email) { scope email }
}`;

/**
 * Signal alerts over a real SMTP exchange (docs/signal-alerts.md): a new signal reaches subscribers of
 * 'alle', an urgent one reaches every subscriber at once, each once, in the recipient's municipality
 * only, as the recipient's role may see it, and with no personal data.
 */
describe('signal alerts by e-mail (in-process SMTP server)', () => {
  let sut: TestApp;
  let smtp: SmtpTestServer;
  let sender: SignalAlertsSender;
  let citizen = 0;
  const sql = (text: string, params: unknown[] = []): Promise<unknown> =>
    sut.database.pool.query(text, params);
  const mailsTo = (address: string): ReceivedMail[] =>
    smtp.received.filter((mail) => mail.to.includes(address));
  const subject = (mail: ReceivedMail | undefined): string =>
    /^Subject: (.*)$/m.exec(mail?.raw ?? '')?.[1] ?? '';

  /** Citizens at three organisations within the window: the wal-en-schip rule (pseudonyms 64 long). */
  const addBouncingCitizens = async (count: number): Promise<void> => {
    for (let i = 0; i < count; i += 1) {
      citizen += 1;
      const key = `ps_geheim_${citizen}_`.padEnd(64, 'f');
      for (const [source, day] of [
        ['a', '2025-01-10'],
        ['gemeente', '2025-02-10'],
        ['b', '2025-03-10'],
      ] as const) {
        await sql(
          `INSERT INTO case_record (municipality_code, source_organisation_id, external_id, kind, domain_code, line,
             received_on, subject_key, text_redacted, import_id)
           VALUES ('GM0001', (SELECT id FROM organisation WHERE code = $2), $1 || $2, 'klacht', 'jeugd',
             'eerste_lijn_aanbieder', $3, $1, 'Mevrouw [NAAM] wacht al maanden', (SELECT id FROM import))`,
          [key, source, day],
        );
      }
    }
  };
  /**
   * The number of citizens between wal and schip as the council sees it: perturbed with the citizens' keys
   * (sql/views/0300_signals.sql), as every count of the aggregate roles.
   */
  const publishedCitizens = async (): Promise<number | null> => {
    const published = await publishedFromFacts(
      sut.database.pool,
      `SELECT 'all' AS cell, count(*) AS n, sum(hashtext('GM0001:' || subject_key) & 255) AS keys
         FROM (SELECT DISTINCT subject_key FROM case_record WHERE municipality_code = 'GM0001') AS c`,
    );
    return published.get('all')?.value ?? null;
  };
  /** The line "Sterkte: <value>" of a mail, whole (mail lines end in CRLF). */
  const strength = (value: number | null): RegExp => new RegExp(`^Sterkte: ${value}\\r?$`, 'm');
  const subscribe = async (session: TestSession, scope: string, email: string): Promise<void> => {
    const result = await session.graphql(SUBSCRIBE, { scope, email });
    expect(result.errors).toBeUndefined();
  };

  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    sut = await createTestApp({ mail: { smtpUrl: smtp.url, from: 'leerlus@gemeente.test' } });
    sender = sut.app.get(SignalAlertsSender);
    await sql(`INSERT INTO municipality (code, name) VALUES ('GM0001', 'Leerstad'), ('GM0002', 'Anderstad')`);
    await sql(
      `INSERT INTO organisation (code, name, kind) VALUES ('gemeente', 'Gemeente Leerstad', 'gemeente'),
         ('a', 'Aanbieder A', 'aanbieder'), ('b', 'Aanbieder B', 'aanbieder')`,
    );
    await sql(
      `INSERT INTO import (municipality_code, file_name, sha256, profile) VALUES ('GM0001', 't.csv', $1, 't')`,
      ['d'.repeat(64)],
    );

    await subscribe(await sut.login('raad'), 'alle', 'raadslid@gemeente.test');
    await subscribe(await sut.login('beleid'), 'urgent', 'beleid@gemeente.test');
    await subscribe(await sut.login('college'), 'alle', 'wethouder@anderstad.test');
    // The college member works for another municipality: no alert about Leerstad may reach them.
    await sql(`UPDATE app_user SET municipality_code = 'GM0002' WHERE username = 'test-college'`);

    // Two citizens between wal and schip (2 < 5: withheld for the council; severity laag).
    await addBouncingCitizens(2);
    // A provider whose report over 2024-H2 (due 1-7-2025) is missing 91 days later: hoog and urgent.
    await sql(
      `INSERT INTO contract (municipality_code, organisation_id, domain_code, starts_on)
       SELECT 'GM0001', id, 'jeugd', '2024-01-01' FROM organisation WHERE code = 'a'`,
    );
    await sql(
      `INSERT INTO provider_report (municipality_code, provider_organisation_id, period_start, period_end, due_on,
         submitted_on, import_id)
       SELECT 'GM0001', id, '2024-01-01', '2024-06-30', '2024-12-01', '2024-11-20', (SELECT id FROM import)
         FROM organisation WHERE code = 'a'`,
    );
    await sql(`SELECT * FROM refresh_signals(NULL, $1::date)`, [AS_OF]);
  });

  afterAll(async () => {
    await sut?.close();
    await smtp?.close();
  });

  it('should refuse an invalid address and show the subscription to its owner', async () => {
    const panel = await sut.login('panel');
    const invalid = await panel.graphql(SUBSCRIBE, { scope: 'alle', email: 'geen-adres' });
    expect(invalid.errors?.[0]?.message).toContain('e-mailadres');
    const raad = await sut.login('raad');
    const own = await raad.graphql<{ signalSubscription: unknown }>(
      'query { signalSubscription { scope email } }',
    );
    expect(own.data?.signalSubscription).toEqual({ scope: 'alle', email: 'raadslid@gemeente.test' });
  });

  it('should send new signals to "alle", urgent ones to every subscriber, within their municipality only', async () => {
    expect(await sender.run()).toBe(3);

    expect(mailsTo('wethouder@anderstad.test')).toEqual([]);
    const raad = mailsTo('raadslid@gemeente.test');
    expect(raad.map(subject).sort()).toEqual([
      'Nieuw signaal in Leerlus: Inwoner tussen wal en schip',
      'Urgent signaal in Leerlus: Aanbieder rapporteert te laat of niet',
    ]);
    const beleid = mailsTo('beleid@gemeente.test');
    expect(beleid.map(subject)).toEqual(['Urgent signaal in Leerlus: Aanbieder rapporteert te laat of niet']);
    expect(beleid[0]?.decoded).toContain('Ernst: hoog, urgent');
    expect(beleid[0]?.decoded).toContain('Sterkte: 91');
    expect(beleid[0]?.decoded).toContain('Waarover: Aanbieder A');
    expect(beleid[0]?.decoded).toContain('meteen bij het college');
  });

  it('should show the council what the council may see: two citizens perturbed, never shown as 2', async () => {
    const walEnSchip = mailsTo('raadslid@gemeente.test').find((mail) =>
      subject(mail).includes('wal en schip'),
    );
    // Two citizens are published as 0 or 5 (ptable row 2), as on the signals page.
    const published = await publishedCitizens();
    expect([0, 5]).toContain(published);
    expect(walEnSchip?.decoded).toMatch(strength(published));
    expect(walEnSchip?.decoded).toContain('Ernst: laag');
    expect(walEnSchip?.decoded).toContain('kleine aantallen zijn afgeschermd');
    expect(walEnSchip?.decoded).not.toMatch(strength(2));
  });

  it('should put no personal data in any alert: no pseudonym, no record text, no record id', () => {
    for (const mail of smtp.received) {
      expect(mail.decoded).not.toContain('ps_geheim');
      expect(mail.decoded).not.toContain('[NAAM]');
      expect(mail.decoded).not.toContain('wacht al maanden');
      expect(mail.decoded).toContain('geen namen, geen dossiers en geen andere persoonsgegevens');
    }
  });

  it('should send each alert once, and again when a signal becomes urgent', async () => {
    expect(await sender.run()).toBe(0);
    const before = smtp.received.length;

    // Ten citizens between wal and schip: severity hoog (severity_hoog 10) in a running year, so urgent.
    await addBouncingCitizens(8);
    await sql(`SELECT * FROM refresh_signals(NULL, $1::date)`, [AS_OF]);
    expect(await sender.run()).toBe(2);
    const fresh = smtp.received.slice(before);
    expect(fresh.map((mail) => [mail.to[0], subject(mail)]).sort()).toEqual([
      ['beleid@gemeente.test', 'Urgent signaal in Leerlus: Inwoner tussen wal en schip'],
      ['raadslid@gemeente.test', 'Urgent signaal in Leerlus: Inwoner tussen wal en schip'],
    ]);
    expect(fresh.find((mail) => mail.to[0] === 'raadslid@gemeente.test')?.decoded).toMatch(
      strength(await publishedCitizens()),
    );
    expect(fresh.find((mail) => mail.to[0] === 'beleid@gemeente.test')?.decoded).toMatch(strength(10));
    expect(await sender.run()).toBe(0);
  });

  it('should stop alerts after unsubscribing, and say when there was nothing to stop', async () => {
    const raad = await sut.login('raad');
    const removed = await raad.graphql<{ unsubscribeFromSignals: boolean }>(
      'mutation { unsubscribeFromSignals }',
    );
    expect(removed.data?.unsubscribeFromSignals).toBe(true);
    const own = await raad.graphql<{ signalSubscription: unknown }>('query { signalSubscription { scope } }');
    expect(own.data?.signalSubscription).toBeNull();
    const again = await raad.graphql<{ unsubscribeFromSignals: boolean }>(
      'mutation { unsubscribeFromSignals }',
    );
    expect(again.data?.unsubscribeFromSignals).toBe(false);
  });
});
