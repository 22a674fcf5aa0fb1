import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AppUser } from '../users/app-user.entity';

/**
 * The append-only audit log. Table `audit_log` (0004); the trigger `trg_audit_log_append_only` that
 * rejects UPDATE and DELETE lives in SQL only (TypeORM has no notion of triggers).
 */
@Entity('audit_log')
@Index('idx_audit_log_occurred', ['occurredAt'])
@Index('idx_audit_log_user', ['userId', 'occurredAt'])
export class AuditLog {
  @PrimaryGeneratedColumn('increment', { type: 'bigint', primaryKeyConstraintName: 'audit_log_pkey' })
  id!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt!: Date;

  @Column({ name: 'user_id', type: 'integer', nullable: true })
  userId!: number | null;

  @Column({ type: 'text', nullable: true })
  username!: string | null;

  @Column({ type: 'text', nullable: true })
  role!: string | null;

  @Column({ type: 'text' })
  action!: string;

  @Column({ type: 'text', nullable: true })
  entity!: string | null;

  @Column({ name: 'entity_id', type: 'text', nullable: true })
  entityId!: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  details!: Record<string, unknown>;

  @ManyToOne(() => AppUser, { nullable: true })
  @JoinColumn({
    name: 'user_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'audit_log_user_id_fkey',
  })
  user!: AppUser | null;
}
