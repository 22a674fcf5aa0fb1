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
import { Domain } from '../themes/domain.entity';
import { Theme } from '../themes/theme.entity';

export type ObjectionOutcome =
  'gegrond' | 'deels_gegrond' | 'ongegrond' | 'niet_ontvankelijk' | 'ingetrokken' | 'lopend' | 'onbekend';

/** A beslissing op bezwaar (objection decision) from the legal department. Table `objection_decision` (0003). */
@Entity('objection_decision')
@Unique('uq_objection_decision_external', ['municipalityCode', 'sourceOrganisationId', 'externalId'])
@Check(
  'chk_objection_decision_outcome',
  `outcome IN ('gegrond', 'deels_gegrond', 'ongegrond', 'niet_ontvankelijk', 'ingetrokken', 'lopend', 'onbekend')`,
)
@Check('chk_objection_decision_dates', 'decided_on IS NULL OR decided_on >= objection_received_on')
@Index('idx_objection_decision_received', ['municipalityCode', 'objectionReceivedOn'])
@Index('idx_objection_decision_law', ['municipalityCode', 'law', 'objectionReceivedOn'])
@Index('idx_objection_decision_import', ['importId'])
@Check('chk_objection_decision_record_key', 'record_key BETWEEN 0 AND 255')
export class ObjectionDecision {
  @PrimaryColumn({
    name: 'municipality_code',
    type: 'text',
    primaryKeyConstraintName: 'pk_objection_decision',
  })
  municipalityCode!: string;

  /** bigint identity: pg returns bigint as a string. */
  @PrimaryGeneratedColumn('identity', {
    type: 'bigint',
    generatedIdentity: 'BY DEFAULT',
    primaryKeyConstraintName: 'pk_objection_decision',
  })
  id!: string;

  @Column({ name: 'source_organisation_id', type: 'integer' })
  sourceOrganisationId!: number;

  @Column({ name: 'external_id', type: 'text' })
  externalId!: string;

  @Column({ type: 'text' })
  law!: string;

  @Column({ name: 'domain_code', type: 'text' })
  domainCode!: string;

  @Column({ name: 'theme_id', type: 'integer', nullable: true })
  themeId!: number | null;

  @Column({ name: 'decision_type', type: 'text', nullable: true })
  decisionType!: string | null;

  /** ISO date, e.g. '2024-03-01'. */
  @Column({ name: 'primary_decision_on', type: 'date', nullable: true })
  primaryDecisionOn!: string | null;

  @Column({ name: 'objection_received_on', type: 'date' })
  objectionReceivedOn!: string;

  @Column({ name: 'decided_on', type: 'date', nullable: true })
  decidedOn!: string | null;

  @Column({ name: 'advisory_committee', type: 'boolean', default: false })
  advisoryCommittee!: boolean;

  @Column({ type: 'boolean', default: false })
  extended!: boolean;

  @Column({ type: 'text', default: 'lopend' })
  outcome!: ObjectionOutcome;

  @Column({ name: 'summary_redacted', type: 'text', nullable: true })
  summaryRedacted!: string | null;

  @Column({ name: 'subject_key', type: 'text', nullable: true })
  subjectKey!: string | null;

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
    foreignKeyConstraintName: 'objection_decision_municipality_code_fkey',
  })
  municipality!: Municipality;

  @ManyToOne(() => Organisation, { nullable: false })
  @JoinColumn({
    name: 'source_organisation_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'objection_decision_source_organisation_id_fkey',
  })
  sourceOrganisation!: Organisation;

  @ManyToOne(() => Domain, { nullable: false })
  @JoinColumn({
    name: 'domain_code',
    referencedColumnName: 'code',
    foreignKeyConstraintName: 'objection_decision_domain_code_fkey',
  })
  domain!: Domain;

  @ManyToOne(() => Theme, { nullable: true })
  @JoinColumn({
    name: 'theme_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'objection_decision_theme_id_fkey',
  })
  theme!: Theme | null;

  @ManyToOne(() => ImportRecord, { nullable: false })
  @JoinColumn({
    name: 'import_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'objection_decision_import_id_fkey',
  })
  import!: ImportRecord;

  /**
   * Fixed random key of cell-key perturbation (migrations/0060), drawn at insert; never set by code.
   * The default as TypeORM reads it back (without the casts of `floor(random() * 256)`).
   */
  @Column({ name: 'record_key', type: 'smallint', default: () => 'floor((random() * (256)))' })
  recordKey!: number;
}
