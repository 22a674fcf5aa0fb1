import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AppUser } from '../users/app-user.entity';
import { ReportSnapshot } from './report-snapshot.entity';

export const DOCUMENT_FORMATS = ['pdf', 'docx', 'xlsx'] as const;
export type DocumentFormatName = (typeof DOCUMENT_FORMATS)[number];
export const DOCUMENT_STATUSES = ['wachtend', 'bezig', 'klaar', 'mislukt'] as const;
export type DocumentStatusName = (typeof DOCUMENT_STATUSES)[number];

/** A document rendered from a snapshot in the background. Table `report_document` (0076). */
@Entity('report_document')
@Check('chk_report_document_format', `format IN ('pdf', 'docx', 'xlsx')`)
@Check('chk_report_document_status', `status IN ('wachtend', 'bezig', 'klaar', 'mislukt')`)
@Check('chk_report_document_progress', 'progress BETWEEN 0 AND 100')
@Index('idx_report_document_snapshot', ['snapshotId'])
export class ReportDocument {
  @PrimaryGeneratedColumn('increment', { type: 'integer', primaryKeyConstraintName: 'report_document_pkey' })
  id!: number;

  @Column({ name: 'snapshot_id', type: 'integer' })
  snapshotId!: number;

  @Column({ type: 'text' })
  format!: DocumentFormatName;

  @Column({ type: 'text', default: 'wachtend' })
  status!: DocumentStatusName;

  @Column({ type: 'integer', default: 0 })
  progress!: number;

  @Column({ type: 'bytea', nullable: true })
  content!: Buffer | null;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Column({ name: 'requested_by', type: 'integer', nullable: true })
  requestedBy!: number | null;

  @Column({ name: 'requested_at', type: 'timestamptz', default: () => 'now()' })
  requestedAt!: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  @ManyToOne(() => ReportSnapshot, { nullable: false })
  @JoinColumn({
    name: 'snapshot_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'report_document_snapshot_id_fkey',
  })
  snapshot!: ReportSnapshot;

  @ManyToOne(() => AppUser, { nullable: true })
  @JoinColumn({
    name: 'requested_by',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'report_document_requested_by_fkey',
  })
  requester!: AppUser | null;
}
