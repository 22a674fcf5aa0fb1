import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Municipality } from '../municipalities/municipality.entity';
import { AppUser } from '../users/app-user.entity';

export const REPORT_KINDS = [
  'voorjaarsnota',
  'bestuursrapportage',
  'jaarverslag',
  'klachtenjaarverslag',
] as const;
export type ReportKindName = (typeof REPORT_KINDS)[number];

/**
 * A frozen report (docs/reports.md). Table `report_snapshot` (0076); the trigger that forbids UPDATE
 * lives in SQL only.
 */
@Entity('report_snapshot')
@Check(
  'chk_report_snapshot_kind',
  `kind IN ('voorjaarsnota', 'bestuursrapportage', 'jaarverslag', 'klachtenjaarverslag')`,
)
@Check('chk_report_snapshot_period', 'period_end >= period_start')
@Check('chk_report_snapshot_sha256', `sha256 ~ '^[0-9a-f]{64}$'`)
@Index('idx_report_snapshot_period', ['kind', 'periodStart', 'periodEnd'])
export class ReportSnapshot {
  @PrimaryGeneratedColumn('increment', { type: 'integer', primaryKeyConstraintName: 'report_snapshot_pkey' })
  id!: number;

  @Column({ name: 'municipality_code', type: 'text', nullable: true })
  municipalityCode!: string | null;

  @Column({ type: 'text' })
  kind!: ReportKindName;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'period_start', type: 'date' })
  periodStart!: string;

  @Column({ name: 'period_end', type: 'date' })
  periodEnd!: string;

  @Column({ type: 'integer' })
  version!: number;

  /** The report's JSON text exactly as frozen. */
  @Column({ type: 'text' })
  content!: string;

  @Column({ type: 'text' })
  sha256!: string;

  @Column({ name: 'data_as_of', type: 'timestamptz' })
  dataAsOf!: Date;

  @Column({ name: 'created_by', type: 'integer', nullable: true })
  createdBy!: number | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @ManyToOne(() => Municipality, { nullable: true })
  @JoinColumn({
    name: 'municipality_code',
    referencedColumnName: 'code',
    foreignKeyConstraintName: 'report_snapshot_municipality_code_fkey',
  })
  municipality!: Municipality | null;

  @ManyToOne(() => AppUser, { nullable: true })
  @JoinColumn({
    name: 'created_by',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'report_snapshot_created_by_fkey',
  })
  creator!: AppUser | null;
}
