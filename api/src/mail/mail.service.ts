import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { createTransport, type SendMailOptions, type Transporter } from 'nodemailer';
import { APP_CONFIG, AppConfig } from '../config/app-config';

export type OutgoingMail = Pick<SendMailOptions, 'to' | 'subject' | 'text' | 'attachments'>;

/**
 * The one SMTP connection of the API (LEERLUS_SMTP_URL, LEERLUS_MAIL_FROM; README "E-mail"), shared by
 * scheduled P&C reports and signal alerts. Off (enabled false) without an SMTP URL.
 */
@Injectable()
export class MailService implements OnModuleDestroy {
  private readonly transport: Transporter | null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.transport = config.mail ? createTransport(config.mail.smtpUrl) : null;
  }

  get enabled(): boolean {
    return this.transport !== null;
  }

  /** Sends one e-mail from the configured sender; throws when mail is off or the server refuses it. */
  async send(mail: OutgoingMail): Promise<void> {
    if (!this.transport || !this.config.mail) throw new Error('e-mail is niet ingesteld (LEERLUS_SMTP_URL)');
    await this.transport.sendMail({ ...mail, from: this.config.mail.from });
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
