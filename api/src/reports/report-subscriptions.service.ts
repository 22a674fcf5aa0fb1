import { Injectable, UnprocessableEntityException } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { AuthenticatedUser } from '../auth/role';
import { isEmailAddress } from '../mail/email-address';
import { ReportSubscriptionModel } from './models/report-subscription.model';
import { REPORT_KINDS, ReportKindName } from './report-snapshot.entity';
import { ReportSubscriptionsRepository, SubscriptionRow } from './report-subscriptions.repository';

const map = (row: SubscriptionRow): ReportSubscriptionModel => ({
  kind: row.kind,
  email: row.email,
  createdAt: row.created_at,
});

@Injectable()
export class ReportSubscriptionsService {
  constructor(
    private readonly repository: ReportSubscriptionsRepository,
    private readonly audit: AuditService,
  ) {}

  async list(user: AuthenticatedUser): Promise<ReportSubscriptionModel[]> {
    return (await this.repository.list(user.id)).map(map);
  }

  async subscribe(
    kind: ReportKindName,
    email: string,
    user: AuthenticatedUser,
  ): Promise<ReportSubscriptionModel> {
    const address = email.trim();
    if (!REPORT_KINDS.includes(kind)) throw new UnprocessableEntityException('onbekend soort rapport');
    if (!isEmailAddress(address)) {
      throw new UnprocessableEntityException('ongeldig e-mailadres');
    }
    const row = await this.repository.subscribe(user.id, kind, address);
    // The address is personal data: only that there is one is logged.
    await this.audit.record({
      user,
      action: 'report.subscribe',
      entity: 'report_subscription',
      details: { kind },
    });
    return map(row);
  }

  async unsubscribe(kind: ReportKindName, user: AuthenticatedUser): Promise<boolean> {
    const removed = await this.repository.unsubscribe(user.id, kind);
    if (removed) {
      await this.audit.record({
        user,
        action: 'report.unsubscribe',
        entity: 'report_subscription',
        details: { kind },
      });
    }
    return removed;
  }
}
