import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { MailService } from '../mail/mail.service';
import { METRICS_CLOCK, MetricsClock } from '../metrics/metrics.service';
import { renderInWorker } from './documents/render-in-worker';
import { dueReports } from './pc-calendar';
import { COUNCIL_FIGURES_NOTE } from './report-cells';
import { SubscriberRow, ReportSubscriptionsRepository } from './report-subscriptions.repository';
import { ReportsService } from './reports.service';

/** How often the P&C calendar is checked. */
const CHECK_EVERY_MS = 60 * 60 * 1000;
/** The first check, a while after start so it does not compete with the start-up. */
const FIRST_CHECK_MS = 60 * 1000;

/**
 * Scheduled P&C reports: when a report of the P&C calendar is due, it is frozen once per municipality
 * scope of its subscribers (as the council sees it), rendered as PDF from the snapshot and sent to
 * every subscriber who has not had it yet. Off without LEERLUS_SMTP_URL.
 */
@Injectable()
export class ReportSchedulerService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(ReportSchedulerService.name);
  private timers: NodeJS.Timeout[] = [];
  private running: Promise<number> | null = null;

  constructor(
    private readonly mail: MailService,
    @Inject(METRICS_CLOCK) private readonly clock: MetricsClock,
    private readonly subscriptions: ReportSubscriptionsRepository,
    private readonly reports: ReportsService,
  ) {}

  onModuleInit(): void {
    if (!this.mail.enabled) return;
    const check = (): void => void this.run(this.clock.today()).catch((error: unknown) => this.fail(error));
    this.timers = [setTimeout(check, FIRST_CHECK_MS).unref(), setInterval(check, CHECK_EVERY_MS).unref()];
  }

  async onModuleDestroy(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    await this.running?.catch(() => undefined);
  }

  /** Sends what is due on `today`; returns the number of e-mails sent. One run at a time. */
  run(today: string): Promise<number> {
    this.running ??= this.send(today).finally(() => (this.running = null));
    return this.running;
  }

  private async send(today: string): Promise<number> {
    if (!this.mail.enabled) return 0;
    let sent = 0;
    for (const due of dueReports(today)) {
      const byScope = new Map<string | null, SubscriberRow[]>();
      for (const subscriber of await this.subscriptions.subscribers(due.kind)) {
        byScope.set(subscriber.municipality_code, [
          ...(byScope.get(subscriber.municipality_code) ?? []),
          subscriber,
        ]);
      }
      for (const [scope, subscribers] of byScope) {
        const snapshotId =
          (await this.subscriptions.scheduledSnapshot(due.kind, due, scope)) ??
          (await this.reports.freezeScheduled(due, scope, subscribers[0]?.user_id ?? 0));
        const waiting = [];
        for (const subscriber of subscribers) {
          if (!(await this.subscriptions.delivered(subscriber.subscription_id, snapshotId))) {
            waiting.push(subscriber);
          }
        }
        if (waiting.length === 0) continue;
        const { report, citation } = await this.reports.stored(snapshotId);
        const pdf = await renderInWorker('pdf', report, () => undefined);
        for (const subscriber of waiting) {
          await this.mail.send({
            to: subscriber.email,
            subject: report.title,
            text: `Bijgevoegd: ${report.title}.\n\nVastgelegd als ${citation}. ${COUNCIL_FIGURES_NOTE}\n\nU krijgt dit bericht omdat u zich in Leerlus hebt aangemeld voor dit rapport; afmelden kan op de pagina Rapportages.`,
            attachments: [
              { filename: `leerlus-rapport-${snapshotId}.pdf`, content: pdf, contentType: 'application/pdf' },
            ],
          });
          await this.subscriptions.recordDelivery(subscriber.subscription_id, snapshotId);
          sent += 1;
        }
      }
    }
    return sent;
  }

  private fail(error: unknown): void {
    this.logger.error('scheduled reports failed', error instanceof Error ? error.stack : String(error));
  }
}
