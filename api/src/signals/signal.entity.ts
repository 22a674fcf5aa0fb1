import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { Municipality } from '../municipalities/municipality.entity';
import { Organisation } from '../organisations/organisation.entity';
import { Domain } from '../themes/domain.entity';
import { Theme } from '../themes/theme.entity';
import { AppUser } from '../users/app-user.entity';
import { SignalRule } from './signal-rule.entity';

export const SIGNAL_STATUSES = ['nieuw', 'in_behandeling', 'opgepakt'] as const;
export type SignalStatus = (typeof SIGNAL_STATUSES)[number];

export const SIGNAL_SEVERITIES = ['laag', 'midden', 'hoog'] as const;
export type SignalSeverity = (typeof SIGNAL_SEVERITIES)[number];

/**
 * A systemic-failure signal computed by refresh_signals() (sql/views/0300_signals.sql); the key is
 * rule + scope_key + period_start per municipality. Table `signal` (0030).
 */
@Entity('signal')
@Unique('uq_signal_key', ['municipalityCode', 'ruleCode', 'scopeKey', 'periodStart'])
@Check('chk_signal_status', `status IN ('nieuw', 'in_behandeling', 'opgepakt')`)
@Check('chk_signal_period', 'period_end >= period_start')
@Check('chk_signal_evidence', `jsonb_typeof(evidence) = 'object'`)
@Check('chk_signal_severity', `severity IN ('laag', 'midden', 'hoog')`)
@Index('idx_signal_period', ['municipalityCode', 'periodStart'])
@Index('idx_signal_rule', ['municipalityCode', 'ruleCode', 'periodStart'])
@Index('idx_signal_status', ['municipalityCode', 'status', 'periodStart'])
export class Signal {
  @PrimaryColumn({ name: 'municipality_code', type: 'text', primaryKeyConstraintName: 'pk_signal' })
  municipalityCode!: string;

  /** bigint identity: pg returns bigint as a string. */
  @PrimaryGeneratedColumn('identity', {
    type: 'bigint',
    generatedIdentity: 'BY DEFAULT',
    primaryKeyConstraintName: 'pk_signal',
  })
  id!: string;

  @Column({ name: 'rule_code', type: 'text' })
  ruleCode!: string;

  /** Canonical text of the scope, e.g. 'thema=wachttijd'. */
  @Column({ name: 'scope_key', type: 'text' })
  scopeKey!: string;

  @Column({ name: 'theme_id', type: 'integer', nullable: true })
  themeId!: number | null;

  @Column({ name: 'organisation_id', type: 'integer', nullable: true })
  organisationId!: number | null;

  @Column({ name: 'domain_code', type: 'text', nullable: true })
  domainCode!: string | null;

  @Column({ type: 'text', nullable: true })
  law!: string | null;

  @Column({ name: 'organisation_ids', type: 'integer', array: true, default: () => "'{}'" })
  organisationIds!: number[];

  /** ISO date. */
  @Column({ name: 'period_start', type: 'date' })
  periodStart!: string;

  @Column({ name: 'period_end', type: 'date' })
  periodEnd!: string;

  /** numeric(12, 3): pg returns numeric as a string. */
  @Column({ type: 'numeric', precision: 12, scale: 3 })
  score!: string;

  /** Aggregate evidence (counts, shares, codes); never a pseudonym or record id. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  evidence!: Record<string, unknown>;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ type: 'text', default: 'nieuw' })
  status!: SignalStatus;

  @Column({ name: 'status_note', type: 'text', nullable: true })
  statusNote!: string | null;

  @Column({ name: 'status_changed_by', type: 'integer', nullable: true })
  statusChangedBy!: number | null;

  @Column({ name: 'status_changed_at', type: 'timestamptz', nullable: true })
  statusChangedAt!: Date | null;

  /** laag / midden / hoog from the size of the deviation (sql/views/0450_signal_severity.sql). */
  @Column({ type: 'text', default: 'laag' })
  severity!: SignalSeverity;

  /** A 'hoog' signal about a recent period: the college hears of it at once (seed 003). */
  @Column({ type: 'boolean', default: false })
  urgent!: boolean;

  @Column({ name: 'urgent_since', type: 'timestamptz', nullable: true })
  urgentSince!: Date | null;

  @Column({ name: 'first_seen_at', type: 'timestamptz', default: () => 'now()' })
  firstSeenAt!: Date;

  @Column({ name: 'last_computed_at', type: 'timestamptz', default: () => 'now()' })
  lastComputedAt!: Date;

  @ManyToOne(() => Municipality, { nullable: false })
  @JoinColumn({
    name: 'municipality_code',
    referencedColumnName: 'code',
    foreignKeyConstraintName: 'signal_municipality_code_fkey',
  })
  municipality!: Municipality;

  @ManyToOne(() => SignalRule, { nullable: false })
  @JoinColumn({
    name: 'rule_code',
    referencedColumnName: 'code',
    foreignKeyConstraintName: 'signal_rule_code_fkey',
  })
  rule!: SignalRule;

  @ManyToOne(() => Theme, { nullable: true })
  @JoinColumn({
    name: 'theme_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'signal_theme_id_fkey',
  })
  theme!: Theme | null;

  @ManyToOne(() => Organisation, { nullable: true })
  @JoinColumn({
    name: 'organisation_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'signal_organisation_id_fkey',
  })
  organisation!: Organisation | null;

  @ManyToOne(() => Domain, { nullable: true })
  @JoinColumn({
    name: 'domain_code',
    referencedColumnName: 'code',
    foreignKeyConstraintName: 'signal_domain_code_fkey',
  })
  domain!: Domain | null;

  @ManyToOne(() => AppUser, { nullable: true })
  @JoinColumn({
    name: 'status_changed_by',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'signal_status_changed_by_fkey',
  })
  statusChangedByUser!: AppUser | null;
}
