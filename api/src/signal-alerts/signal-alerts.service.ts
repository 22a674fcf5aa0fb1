import { Injectable, UnprocessableEntityException } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { AuthenticatedUser } from '../auth/role';
import { isEmailAddress } from '../mail/email-address';
import { SignalSubscriptionModel } from './models/signal-subscription.model';
import { SignalAlertsRepository, SignalSubscriptionRow } from './signal-alerts.repository';
import { SIGNAL_ALERT_SCOPES, SignalAlertScope } from './signal-subscription.entity';

const map = (row: SignalSubscriptionRow): SignalSubscriptionModel => ({
  scope: row.scope,
  email: row.email,
  createdAt: row.created_at,
});

/** A user's own subscription to signal alerts (every role that sees signals may subscribe). */
@Injectable()
export class SignalAlertsService {
  constructor(
    private readonly repository: SignalAlertsRepository,
    private readonly audit: AuditService,
  ) {}

  async subscription(user: AuthenticatedUser): Promise<SignalSubscriptionModel | null> {
    const row = await this.repository.find(user.id);
    return row ? map(row) : null;
  }

  async subscribe(
    scope: SignalAlertScope,
    email: string,
    user: AuthenticatedUser,
  ): Promise<SignalSubscriptionModel> {
    const address = email.trim();
    if (!SIGNAL_ALERT_SCOPES.includes(scope)) throw new UnprocessableEntityException('onbekende keuze');
    if (!isEmailAddress(address)) throw new UnprocessableEntityException('ongeldig e-mailadres');
    const row = await this.repository.subscribe(user.id, scope, address);
    // The address is personal data: only the choice is logged.
    await this.audit.record({
      user,
      action: 'signal.subscribe',
      entity: 'signal_subscription',
      details: { scope },
    });
    return map(row);
  }

  async unsubscribe(user: AuthenticatedUser): Promise<boolean> {
    const removed = await this.repository.unsubscribe(user.id);
    if (removed) {
      await this.audit.record({ user, action: 'signal.unsubscribe', entity: 'signal_subscription' });
    }
    return removed;
  }
}
