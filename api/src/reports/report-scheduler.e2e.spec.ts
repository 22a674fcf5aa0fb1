import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { seedMonthlyComplaints } from '../measures/testing/measure-fixtures';
import { createTestApp, TestApp } from '../testing/createTestApp';
import { ReportSchedulerService } from './report-scheduler.service';

interface ReceivedMail {
  to: string[];
  raw: string;
}

describe('scheduled P&C reports by e-mail (in-process SMTP server)', () => {
  let sut: TestApp;
  let smtp: SMTPServer;
  const received: ReceivedMail[] = [];

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          received.push({
            to: session.envelope.rcptTo.map((address) => address.address),
            // Unfolded: long header lines are continued on the next line after whitespace.
            raw: Buffer.concat(chunks)
              .toString('utf8')
              .replace(/\r\n[ \t]+/g, ' '),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const { port } = smtp.server.address() as AddressInfo;
    sut = await createTestApp({
      mail: { smtpUrl: `smtp://127.0.0.1:${port}`, from: 'leerlus@gemeente.test' },
    });
    await seedMonthlyComplaints(sut.database.pool, { from: '2025-01-01', to: '2025-06-01' }, () => 12);
  });

  afterAll(async () => {
    await sut?.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
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

    expect(received).toHaveLength(1);
    const [mail] = received;
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
  });
});
