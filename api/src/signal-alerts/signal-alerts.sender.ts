import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { MailService } from '../mail/mail.service';
import { SignalsService } from '../signals/signals.service';
import { composeSignalAlert } from './signal-alert-mail';
import { PendingAlertRow, SignalAlertsRepository } from './signal-alerts.repository';

/** How often new and newly urgent signals are looked for (imports and the hourly recompute make them). */
const CHECK_EVERY_MS = 60 * 1000;

/**
 * Sends signal alerts by e-mail (docs/signal-alerts.md): each subscriber hears once of a new signal
 * (scope 'alle') and once when a signal becomes urgent, as their role may see it. Off without
 * LEERLUS_SMTP_URL.
 */
@Injectable()
export class SignalAlertsSender implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(SignalAlertsSender.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | null = null;

  constructor(
    private readonly mail: MailService,
    private readonly repository: SignalAlertsRepository,
    private readonly signals: SignalsService,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.mail.enabled) return;
    this.timer = setInterval(() => void this.run(), CHECK_EVERY_MS).unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** One round; returns the number of e-mails sent. A round still running is not started twice. */
  run(): Promise<number> {
    this.running ??= this.sendPending()
      .catch((error: unknown) => {
        this.logger.error(`Signaalmeldingen versturen mislukt: ${String(error)}`);
        return 0;
      })
      .finally(() => (this.running = null));
    return this.running;
  }

  private async sendPending(): Promise<number> {
    if (!this.mail.enabled) return 0;
    let sent = 0;
    for (const row of await this.repository.pending()) {
      if (await this.sendOne(row)) sent += 1;
    }
    return sent;
  }

  /** A failed e-mail is logged and tried again next round (nothing is recorded as sent). */
  private async sendOne(row: PendingAlertRow): Promise<boolean> {
    const recipient = {
      id: row.user_id,
      username: row.username,
      displayName: row.display_name,
      role: row.role,
      municipalityCode: row.user_municipality_code,
    };
    const signal = await this.signals.signal(row.signal_id, recipient);
    if (!signal) return false;
    try {
      await this.mail.send({
        to: row.email,
        ...composeSignalAlert(signal, row.reasons, { role: row.role, scope: row.scope }),
      });
    } catch (error: unknown) {
      this.logger.warn(`Signaalmelding ${row.signal_id} niet verstuurd: ${String(error)}`);
      return false;
    }
    await this.repository.recordSent(
      row.subscription_id,
      row.signal_municipality_code,
      row.signal_id,
      row.reasons,
    );
    return true;
  }
}
