import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ReportKindName } from './report-snapshot.entity';

export interface SubscriptionRow {
  kind: ReportKindName;
  email: string;
  created_at: Date;
}

export interface SubscriberRow {
  subscription_id: number;
  user_id: number;
  email: string;
  municipality_code: string | null;
}

@Injectable()
export class ReportSubscriptionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  list(userId: number): Promise<SubscriptionRow[]> {
    return this.dataSource.query<SubscriptionRow[]>(
      `SELECT kind, email, created_at FROM report_subscription WHERE user_id = $1 ORDER BY kind`,
      [userId],
    );
  }

  async subscribe(userId: number, kind: ReportKindName, email: string): Promise<SubscriptionRow> {
    const rows = await this.dataSource.query<SubscriptionRow[]>(
      `INSERT INTO report_subscription (user_id, kind, email) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, kind) DO UPDATE SET email = excluded.email
       RETURNING kind, email, created_at`,
      [userId, kind, email],
    );
    const row = rows[0];
    if (!row) throw new Error('report_subscription upsert returned no row');
    return row;
  }

  async unsubscribe(userId: number, kind: ReportKindName): Promise<boolean> {
    // A bare DELETE … RETURNING comes back from TypeORM as [rows, count]; counting in SQL is unambiguous.
    const [result] = await this.dataSource.query<{ removed: number }[]>(
      `WITH removed AS (DELETE FROM report_subscription WHERE user_id = $1 AND kind = $2 RETURNING id)
       SELECT count(*)::integer AS removed FROM removed`,
      [userId, kind],
    );
    return (result?.removed ?? 0) > 0;
  }

  /** Active users subscribed to a kind, with their municipality scope. */
  subscribers(kind: ReportKindName): Promise<SubscriberRow[]> {
    return this.dataSource.query<SubscriberRow[]>(
      `SELECT s.id AS subscription_id, s.user_id, s.email, u.municipality_code
         FROM report_subscription s JOIN app_user u ON u.id = s.user_id AND u.active
        WHERE s.kind = $1
        ORDER BY s.id`,
      [kind],
    );
  }

  /** The latest scheduled (not user-made) snapshot of this kind, period and scope. */
  async scheduledSnapshot(
    kind: ReportKindName,
    period: { from: string; to: string },
    scope: string | null,
  ): Promise<string | null> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT id::text FROM report_snapshot
        WHERE kind = $1 AND period_start = $2 AND period_end = $3 AND created_by IS NULL
          AND municipality_code IS NOT DISTINCT FROM $4
        ORDER BY version DESC LIMIT 1`,
      [kind, period.from, period.to, scope],
    );
    return rows[0]?.id ?? null;
  }

  async delivered(subscriptionId: number, snapshotId: string): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>(
      `SELECT 1 FROM report_delivery WHERE subscription_id = $1 AND snapshot_id = $2::integer`,
      [subscriptionId, snapshotId],
    );
    return rows.length > 0;
  }

  async recordDelivery(subscriptionId: number, snapshotId: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO report_delivery (subscription_id, snapshot_id) VALUES ($1, $2::integer) ON CONFLICT DO NOTHING`,
      [subscriptionId, snapshotId],
    );
  }
}
