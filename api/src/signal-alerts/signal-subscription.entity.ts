import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { Signal } from '../signals/signal.entity';
import { AppUser } from '../users/app-user.entity';

export const SIGNAL_ALERT_SCOPES = ['alle', 'urgent'] as const;
export type SignalAlertScope = (typeof SIGNAL_ALERT_SCOPES)[number];

export const SIGNAL_ALERT_REASONS = ['nieuw', 'urgent'] as const;
export type SignalAlertReason = (typeof SIGNAL_ALERT_REASONS)[number];

/** A user's wish to hear of new (or only urgent) signals by e-mail. Table `signal_subscription` (0130). */
@Entity('signal_subscription')
@Unique('uq_signal_subscription', ['userId'])
@Check('chk_signal_subscription_scope', `scope IN ('alle', 'urgent')`)
@Check('chk_signal_subscription_email', `email ~ '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$'`)
export class SignalSubscription {
  @PrimaryGeneratedColumn('increment', {
    type: 'integer',
    primaryKeyConstraintName: 'signal_subscription_pkey',
  })
  id!: number;

  @Column({ name: 'user_id', type: 'integer' })
  userId!: number;

  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  scope!: SignalAlertScope;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @ManyToOne(() => AppUser, { nullable: false })
  @JoinColumn({
    name: 'user_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'signal_subscription_user_id_fkey',
  })
  user!: AppUser;
}

/** One alert sent: a signal is announced once as new and once when it becomes urgent (0130). */
@Entity('signal_notification')
@Check('chk_signal_notification_reason', `reason IN ('nieuw', 'urgent')`)
export class SignalNotification {
  @PrimaryColumn({
    name: 'subscription_id',
    type: 'integer',
    primaryKeyConstraintName: 'pk_signal_notification',
  })
  subscriptionId!: number;

  @PrimaryColumn({
    name: 'municipality_code',
    type: 'text',
    primaryKeyConstraintName: 'pk_signal_notification',
  })
  municipalityCode!: string;

  @PrimaryColumn({ name: 'signal_id', type: 'bigint', primaryKeyConstraintName: 'pk_signal_notification' })
  signalId!: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_signal_notification' })
  reason!: SignalAlertReason;

  @Column({ name: 'sent_at', type: 'timestamptz', default: () => 'now()' })
  sentAt!: Date;

  @ManyToOne(() => SignalSubscription, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'subscription_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'signal_notification_subscription_id_fkey',
  })
  subscription!: SignalSubscription;

  @ManyToOne(() => Signal, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'municipality_code',
      referencedColumnName: 'municipalityCode',
      foreignKeyConstraintName: 'fk_signal_notification_signal',
    },
    { name: 'signal_id', referencedColumnName: 'id' },
  ])
  signal!: Signal;
}
