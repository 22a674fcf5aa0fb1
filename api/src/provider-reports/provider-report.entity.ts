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
import { ImportRecord } from '../imports/import.entity';
import { Municipality } from '../municipalities/municipality.entity';
import { Organisation } from '../organisations/organisation.entity';

/**
 * A provider's half-year total report of complaints by nature and cause (seed 003).
 * Table `provider_report` (0003).
 */
@Entity('provider_report')
@Unique('uq_provider_report_period', ['municipalityCode', 'providerOrganisationId', 'periodStart'])
@Check('chk_provider_report_period', 'period_end > period_start')
@Index('idx_provider_report_period', ['municipalityCode', 'periodStart'])
@Check('chk_provider_report_record_key', 'record_key BETWEEN 0 AND 255')
export class ProviderReport {
  @PrimaryColumn({ name: 'municipality_code', type: 'text', primaryKeyConstraintName: 'pk_provider_report' })
  municipalityCode!: string;

  /** bigint identity: pg returns bigint as a string. */
  @PrimaryGeneratedColumn('identity', {
    type: 'bigint',
    generatedIdentity: 'BY DEFAULT',
    primaryKeyConstraintName: 'pk_provider_report',
  })
  id!: string;

  @Column({ name: 'provider_organisation_id', type: 'integer' })
  providerOrganisationId!: number;

  /** ISO date, e.g. '2024-01-01'. */
  @Column({ name: 'period_start', type: 'date' })
  periodStart!: string;

  @Column({ name: 'period_end', type: 'date' })
  periodEnd!: string;

  @Column({ name: 'due_on', type: 'date' })
  dueOn!: string;

  @Column({ name: 'submitted_on', type: 'date', nullable: true })
  submittedOn!: string | null;

  @Column({ type: 'text', nullable: true })
  measures!: string | null;

  @Column({ name: 'import_id', type: 'bigint' })
  importId!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  @ManyToOne(() => Municipality, { nullable: false })
  @JoinColumn({
    name: 'municipality_code',
    referencedColumnName: 'code',
    foreignKeyConstraintName: 'provider_report_municipality_code_fkey',
  })
  municipality!: Municipality;

  @ManyToOne(() => Organisation, { nullable: false })
  @JoinColumn({
    name: 'provider_organisation_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'provider_report_provider_organisation_id_fkey',
  })
  providerOrganisation!: Organisation;

  @ManyToOne(() => ImportRecord, { nullable: false })
  @JoinColumn({
    name: 'import_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'provider_report_import_id_fkey',
  })
  import!: ImportRecord;

  /**
   * Fixed random key of cell-key perturbation (migrations/0060), drawn at insert; never set by code.
   * The default as TypeORM reads it back (without the casts of `floor(random() * 256)`).
   */
  @Column({ name: 'record_key', type: 'smallint', default: () => 'floor((random() * (256)))' })
  recordKey!: number;
}
