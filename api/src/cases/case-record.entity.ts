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

export type CaseKind = 'klacht' | 'signaal' | 'melding' | 'hulpvraag';
export type CaseLine = 'eerste_lijn_aanbieder' | 'eerste_lijn_gemeente' | 'tweede_lijn';
export type CaseRoute = 'informeel' | 'formeel' | 'bemiddeling' | 'onbekend';
export type CaseOutcome =
  | 'gegrond'
  | 'deels_gegrond'
  | 'ongegrond'
  | 'niet_ontvankelijk'
  | 'ingetrokken'
  | 'opgelost'
  | 'doorverwezen'
  | 'interventie'
  | 'lopend'
  | 'onbekend';

/** One klacht / signaal / melding / hulpvraag from any source. Table `case_record` (0003). */
@Entity('case_record')
@Unique('uq_case_record_external', ['municipalityCode', 'sourceOrganisationId', 'externalId'])
@Check('chk_case_record_kind', `kind IN ('klacht', 'signaal', 'melding', 'hulpvraag')`)
@Check('chk_case_record_line', `line IN ('eerste_lijn_aanbieder', 'eerste_lijn_gemeente', 'tweede_lijn')`)
@Check('chk_case_record_route', `route IN ('informeel', 'formeel', 'bemiddeling', 'onbekend')`)
@Check(
  'chk_case_record_outcome',
  `outcome IN ('gegrond', 'deels_gegrond', 'ongegrond', 'niet_ontvankelijk', 'ingetrokken', 'opgelost', ` +
    `'doorverwezen', 'interventie', 'lopend', 'onbekend')`,
)
@Check('chk_case_record_dates', 'closed_on IS NULL OR closed_on >= received_on')
@Check('chk_case_record_term', 'term_days IS NULL OR term_days > 0')
@Index('idx_case_record_received', ['municipalityCode', 'receivedOn'])
@Index('idx_case_record_domain', ['municipalityCode', 'domainCode', 'receivedOn'])
@Index('idx_case_record_source', ['municipalityCode', 'sourceOrganisationId', 'receivedOn'])
@Index('idx_case_record_subject_key', ['municipalityCode', 'subjectKey', 'receivedOn'])
@Check('chk_case_record_record_key', 'record_key BETWEEN 0 AND 255')
export class CaseRecord {
  @PrimaryColumn({ name: 'municipality_code', type: 'text', primaryKeyConstraintName: 'pk_case_record' })
  municipalityCode!: string;

  /** bigint identity: pg returns bigint as a string. */
  @PrimaryGeneratedColumn('identity', {
    type: 'bigint',
    generatedIdentity: 'BY DEFAULT',
    primaryKeyConstraintName: 'pk_case_record',
  })
  id!: string;

  /** The organisation that delivered the export. */
  @Column({ name: 'source_organisation_id', type: 'integer' })
  sourceOrganisationId!: number;

  /** The organisation the record is about. */
  @Column({ name: 'subject_organisation_id', type: 'integer', nullable: true })
  subjectOrganisationId!: number | null;

  @Column({ name: 'external_id', type: 'text' })
  externalId!: string;

  @Column({ type: 'text' })
  kind!: CaseKind;

  @Column({ name: 'domain_code', type: 'text' })
  domainCode!: string;

  /** The primary theme; all themes are in case_theme. */
  @Column({ name: 'theme_id', type: 'integer', nullable: true })
  themeId!: number | null;

  @Column({ type: 'text', default: 'onbekend' })
  channel!: string;

  @Column({ name: 'complainant_type', type: 'text', default: 'onbekend' })
  complainantType!: string;

  /** Where in the chain: 1st line at a provider, 1st line at the municipality, 2nd line (ombudsman). */
  @Column({ type: 'text' })
  line!: CaseLine;

  @Column({ type: 'text', default: 'onbekend' })
  route!: CaseRoute;

  /** ISO date, e.g. '2024-03-01'. */
  @Column({ name: 'received_on', type: 'date' })
  receivedOn!: string;

  @Column({ name: 'acknowledged_on', type: 'date', nullable: true })
  acknowledgedOn!: string | null;

  @Column({ name: 'closed_on', type: 'date', nullable: true })
  closedOn!: string | null;

  @Column({ name: 'term_days', type: 'integer', nullable: true })
  termDays!: number | null;

  @Column({ type: 'boolean', default: false })
  extended!: boolean;

  @Column({ name: 'extension_days', type: 'integer', nullable: true })
  extensionDays!: number | null;

  @Column({ name: 'external_committee', type: 'boolean', default: false })
  externalCommittee!: boolean;

  @Column({ type: 'text', default: 'onbekend' })
  outcome!: CaseOutcome;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  measures!: string[];

  @Column({ name: 'feedback_given', type: 'boolean', nullable: true })
  feedbackGiven!: boolean | null;

  @Column({ name: 'recommendation_made', type: 'boolean', nullable: true })
  recommendationMade!: boolean | null;

  @Column({ name: 'recommendation_followed', type: 'boolean', nullable: true })
  recommendationFollowed!: boolean | null;

  /** Keyed pseudonym (HMAC-SHA256) of the citizen; the key never enters the database. */
  @Column({ name: 'subject_key', type: 'text', nullable: true })
  subjectKey!: string | null;

  @Column({ name: 'neighbourhood_code', type: 'text', nullable: true })
  neighbourhoodCode!: string | null;

  @Column({ name: 'text_redacted', type: 'text', nullable: true })
  textRedacted!: string | null;

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
    foreignKeyConstraintName: 'case_record_municipality_code_fkey',
  })
  municipality!: Municipality;

  @ManyToOne(() => Organisation, { nullable: false })
  @JoinColumn({
    name: 'source_organisation_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'case_record_source_organisation_id_fkey',
  })
  sourceOrganisation!: Organisation;

  @ManyToOne(() => Organisation, { nullable: true })
  @JoinColumn({
    name: 'subject_organisation_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'case_record_subject_organisation_id_fkey',
  })
  subjectOrganisation!: Organisation | null;

  @ManyToOne(() => Domain, { nullable: false })
  @JoinColumn({
    name: 'domain_code',
    referencedColumnName: 'code',
    foreignKeyConstraintName: 'case_record_domain_code_fkey',
  })
  domain!: Domain;

  @ManyToOne(() => Theme, { nullable: true })
  @JoinColumn({
    name: 'theme_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'case_record_theme_id_fkey',
  })
  theme!: Theme | null;

  @ManyToOne(() => ImportRecord, { nullable: false })
  @JoinColumn({
    name: 'import_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'case_record_import_id_fkey',
  })
  import!: ImportRecord;

  /**
   * Fixed random key of cell-key perturbation (migrations/0060), drawn at insert; never set by code.
   * The default as TypeORM reads it back (without the casts of `floor(random() * 256)`).
   */
  @Column({ name: 'record_key', type: 'smallint', default: () => 'floor((random() * (256)))' })
  recordKey!: number;
}
