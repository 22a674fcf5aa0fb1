import { seedMonthlyComplaints } from '../measures/testing/measure-fixtures';
import { createTestApp, TestApp } from '../testing/createTestApp';
import { SmtpTestServer, startSmtpTestServer } from '../testing/smtpTestServer';
import { ReportSchedulerService } from './report-scheduler.service';

describe('scheduled P&C reports by e-mail (in-process SMTP server)', () => {
  let sut: TestApp;
  let smtp: SmtpTestServer;

  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    sut = await createTestApp({
      mail: { smtpUrl: smtp.url, from: 'leerlus@gemeente.test' },
    });
    await seedMonthlyComplaints(sut.database.pool, { from: '2025-01-01', to: '2025-06-01' }, () => 12);
  });

  afterAll(async () => {
    await sut?.close();
    await smtp?.close();
  });

  it('should send a due report once to each subscriber, frozen as a scheduled snapshot with the PDF attached', async () => {
    const raad = await sut.login('raad');
    const subscribed = await raad.graphql(
      `mutation { subscribeToReports(kind: bestuursrapportage, email: "raadslid@gemeente.test") { kind email } }`,
    );
    expect(subscribed.errors).toBeUndefined();
    const scheduler = sut.app.get(ReportSchedulerService);

    expect(await scheduler.run('2025-08-31')).toBe(0);
    expect(await scheduler.run('2025-09-15')).toBe(1);
    expect(await scheduler.run('2025-09-16')).toBe(0);

    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail!.to).toEqual(['raadslid@gemeente.test']);
    expect(mail!.raw).toContain(
      'Subject: Bestuursrapportage: klachten en signalen sociaal domein, 1-1-2025 t/m',
    );
    expect(mail!.raw).toMatch(/Content-Type: application\/pdf; name=leerlus-rapport-\d+\.pdf/);
    const { rows } = await sut.database.pool.query<{
      kind: string;
      period_start: string;
      created_by: number | null;
    }>(`SELECT kind, period_start::text, created_by FROM report_snapshot`);
    expect(rows).toEqual([{ kind: 'bestuursrapportage', period_start: '2025-01-01', created_by: null }]);
  });

  it('should refuse an invalid e-mail address and let a subscriber unsubscribe', async () => {
    const college = await sut.login('college');
    const invalid = await college.graphql(
      `mutation { subscribeToReports(kind: jaarverslag, email: "geen-adres") { kind } }`,
    );
    expect(invalid.errors?.[0]?.message).toContain('e-mailadres');
    const raad = await sut.login('raad');
    const removed = await raad.graphql<{ unsubscribeFromReports: boolean }>(
      `mutation { unsubscribeFromReports(kind: bestuursrapportage) }`,
    );
    expect(removed.data?.unsubscribeFromReports).toBe(true);
    const list = await raad.graphql<{ reportSubscriptions: unknown[] }>(
      `query { reportSubscriptions { kind } }`,
    );
    expect(list.data?.reportSubscriptions).toEqual([]);
    const again = await raad.graphql<{ unsubscribeFromReports: boolean }>(
      `mutation { unsubscribeFromReports(kind: bestuursrapportage) }`,
    );
    expect(again.data?.unsubscribeFromReports).toBe(false);
  });
});
