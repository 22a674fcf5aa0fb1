import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Municipality } from '../municipalities/municipality.entity';
import { Domain } from '../themes/domain.entity';
import { Organisation } from './organisation.entity';

/** A municipality's contract with an organisation for one domain. Table `contract` (0001). */
@Entity('contract')
@Check('chk_contract_period', 'ends_on IS NULL OR ends_on >= starts_on')
@Index('idx_contract_organisation', ['organisationId'])
@Index('idx_contract_municipality', ['municipalityCode'])
@Check('chk_contract_record_key', 'record_key BETWEEN 0 AND 255')
export class Contract {
  @PrimaryGeneratedColumn('increment', { type: 'integer', primaryKeyConstraintName: 'contract_pkey' })
  id!: number;

  @Column({ name: 'municipality_code', type: 'text' })
  municipalityCode!: string;

  @Column({ name: 'organisation_id', type: 'integer' })
  organisationId!: number;

  @Column({ name: 'domain_code', type: 'text' })
  domainCode!: string;

  @Column({ type: 'text', nullable: true })
  reference!: string | null;

  /** ISO date, e.g. '2024-03-01'. */
  @Column({ name: 'starts_on', type: 'date' })
  startsOn!: string;

  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn!: string | null;

  /** Providers report complaints by nature and cause every half year (seed 003). */
  @Column({ name: 'half_year_report_required', type: 'boolean', default: true })
  halfYearReportRequired!: boolean;

  @ManyToOne(() => Municipality, { nullable: false })
  @JoinColumn({
    name: 'municipality_code',
    referencedColumnName: 'code',
    foreignKeyConstraintName: 'contract_municipality_code_fkey',
  })
  municipality!: Municipality;

  @ManyToOne(() => Organisation, { nullable: false })
  @JoinColumn({
    name: 'organisation_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'contract_organisation_id_fkey',
  })
  organisation!: Organisation;

  @ManyToOne(() => Domain, { nullable: false })
  @JoinColumn({
    name: 'domain_code',
    referencedColumnName: 'code',
    foreignKeyConstraintName: 'contract_domain_code_fkey',
  })
  domain!: Domain;

  /**
   * Fixed random key of cell-key perturbation (migrations/0061), drawn at insert; never set by code.
   * The default as TypeORM reads it back (without the casts of `floor(random() * 256)`).
   */
  @Column({ name: 'record_key', type: 'smallint', default: () => 'floor((random() * (256)))' })
  recordKey!: number;
}
