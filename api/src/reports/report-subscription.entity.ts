import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { AppUser } from '../users/app-user.entity';
import { ReportSnapshot } from './report-snapshot.entity';
import { ReportKindName } from './report-snapshot.entity';

/** A user's wish to receive a kind of P&C report by e-mail. Table `report_subscription` (0077). */
@Entity('report_subscription')
@Unique('uq_report_subscription', ['userId', 'kind'])
@Check(
  'chk_report_subscription_kind',
  `kind IN ('voorjaarsnota', 'bestuursrapportage', 'jaarverslag', 'klachtenjaarverslag')`,
)
@Check('chk_report_subscription_email', `email ~ '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$'`)
export class ReportSubscription {
  @PrimaryGeneratedColumn('increment', {
    type: 'integer',
    primaryKeyConstraintName: 'report_subscription_pkey',
  })
  id!: number;

  @Column({ name: 'user_id', type: 'integer' })
  userId!: number;

  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  kind!: ReportKindName;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @ManyToOne(() => AppUser, { nullable: false })
  @JoinColumn({
    name: 'user_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'report_subscription_user_id_fkey',
  })
  user!: AppUser;
}

/** A frozen report sent to a subscriber. Table `report_delivery` (0077). */
@Entity('report_delivery')
@Unique('uq_report_delivery', ['subscriptionId', 'snapshotId'])
export class ReportDelivery {
  @PrimaryGeneratedColumn('increment', { type: 'integer', primaryKeyConstraintName: 'report_delivery_pkey' })
  id!: number;

  @Column({ name: 'subscription_id', type: 'integer' })
  subscriptionId!: number;

  @Column({ name: 'snapshot_id', type: 'integer' })
  snapshotId!: number;

  @Column({ name: 'sent_at', type: 'timestamptz', default: () => 'now()' })
  sentAt!: Date;

  @ManyToOne(() => ReportSubscription, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'subscription_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'report_delivery_subscription_id_fkey',
  })
  subscription!: ReportSubscription;

  @ManyToOne(() => ReportSnapshot, { nullable: false })
  @JoinColumn({
    name: 'snapshot_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'report_delivery_snapshot_id_fkey',
  })
  snapshot!: ReportSnapshot;
}
