import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Role } from '../auth/role';
import { SignalAlertReason, SignalAlertScope } from './signal-subscription.entity';

export interface SignalSubscriptionRow {
  scope: SignalAlertScope;
  email: string;
  created_at: Date;
}

/** One signal a subscriber has not yet heard of, with the reasons it is news to them. */
export interface PendingAlertRow {
  subscription_id: number;
  email: string;
  scope: SignalAlertScope;
  user_id: number;
  username: string;
  display_name: string;
  role: Role;
  user_municipality_code: string | null;
  signal_id: string;
  signal_municipality_code: string;
  reasons: SignalAlertReason[];
}

@Injectable()
export class SignalAlertsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async find(userId: number): Promise<SignalSubscriptionRow | null> {
    const rows = await this.dataSource.query<SignalSubscriptionRow[]>(
      `SELECT scope, email, created_at FROM signal_subscription WHERE user_id = $1`,
      [userId],
    );
    return rows[0] ?? null;
  }

  async subscribe(userId: number, scope: SignalAlertScope, email: string): Promise<SignalSubscriptionRow> {
    const rows = await this.dataSource.query<SignalSubscriptionRow[]>(
      `INSERT INTO signal_subscription (user_id, scope, email) VALUES ($1, $2, $3)
       ON CONFLICT (user_id) DO UPDATE SET scope = excluded.scope, email = excluded.email
       RETURNING scope, email, created_at`,
      [userId, scope, email],
    );
    const row = rows[0];
    if (!row) throw new Error('signal_subscription upsert returned no row');
    return row;
  }

  async unsubscribe(userId: number): Promise<boolean> {
    // A bare DELETE … RETURNING comes back from TypeORM as [rows, count]; counting in SQL is unambiguous.
    const [result] = await this.dataSource.query<{ removed: number }[]>(
      `WITH removed AS (DELETE FROM signal_subscription WHERE user_id = $1 RETURNING id)
       SELECT count(*)::integer AS removed FROM removed`,
      [userId],
    );
    return (result?.removed ?? 0) > 0;
  }

  /**
   * Active signals in an active subscriber's municipality scope that became news after they
   * subscribed and were not announced to them yet: 'nieuw' (first seen; scope 'alle' only) and
   * 'urgent' (became urgent; both scopes).
   */
  pending(): Promise<PendingAlertRow[]> {
    return this.dataSource.query<PendingAlertRow[]>(
      `SELECT sub.id AS subscription_id, sub.email, sub.scope, u.id AS user_id, u.username,
              u.display_name, u.role, u.municipality_code AS user_municipality_code,
              s.id::text AS signal_id, s.municipality_code AS signal_municipality_code, r.reasons
         FROM signal_subscription sub
         JOIN app_user u ON u.id = sub.user_id AND u.active
         JOIN signal s
           ON s.active AND (u.municipality_code IS NULL OR s.municipality_code = u.municipality_code)
        CROSS JOIN LATERAL (
          SELECT array_remove(ARRAY[
                   CASE WHEN sub.scope = 'alle' AND s.first_seen_at >= sub.created_at
                          AND NOT EXISTS (SELECT 1 FROM signal_notification n
                                          WHERE n.subscription_id = sub.id AND n.municipality_code = s.municipality_code
                                            AND n.signal_id = s.id AND n.reason = 'nieuw')
                        THEN 'nieuw' END,
                   CASE WHEN s.urgent AND s.urgent_since >= sub.created_at
                          AND NOT EXISTS (SELECT 1 FROM signal_notification n
                                          WHERE n.subscription_id = sub.id AND n.municipality_code = s.municipality_code
                                            AND n.signal_id = s.id AND n.reason = 'urgent')
                        THEN 'urgent' END], NULL) AS reasons
        ) r
        WHERE cardinality(r.reasons) > 0
        ORDER BY sub.id, s.urgent DESC, s.id`,
    );
  }

  async recordSent(
    subscriptionId: number,
    municipalityCode: string,
    signalId: string,
    reasons: readonly SignalAlertReason[],
  ): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO signal_notification (subscription_id, municipality_code, signal_id, reason)
       SELECT $1, $2, $3::bigint, unnest($4::text[])
       ON CONFLICT DO NOTHING`,
      [subscriptionId, municipalityCode, signalId, reasons],
    );
  }
}
