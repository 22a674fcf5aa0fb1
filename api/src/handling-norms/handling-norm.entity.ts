import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Municipality } from '../municipalities/municipality.entity';
import { Organisation } from '../organisations/organisation.entity';
import { Theme } from '../themes/theme.entity';

/**
 * A municipality's own handling term for the records of one source, optionally one theme or kind.
 * Table `handling_norm` (0180); written through the ETL's statements (etl/src/reference/norms.repository.ts).
 */
@Entity('handling_norm')
@Index('idx_handling_norm_source', ['municipalityCode', 'sourceOrganisationId'])
@Check('chk_handling_norm_kind', `kind IS NULL OR kind IN ('klacht', 'signaal', 'melding', 'hulpvraag')`)
@Check('chk_handling_norm_amount', 'term_amount > 0')
@Check('chk_handling_norm_unit', `term_unit IN ('dagen', 'weken')`)
@Check(
  'chk_handling_norm_days',
  `term_days = CASE term_unit WHEN 'weken' THEN term_amount * 7 ELSE term_amount END`,
)
@Check('chk_handling_norm_replaces', `replaces_norm ~ '^[a-z0-9_]+$'`)
@Check('chk_handling_norm_period', 'valid_to IS NULL OR valid_to >= valid_from')
export class HandlingNormRecord {
  @PrimaryGeneratedColumn('increment', { type: 'integer', primaryKeyConstraintName: 'handling_norm_pkey' })
  id!: number;

  @Column({ name: 'municipality_code', type: 'text' })
  municipalityCode!: string;

  @Column({ name: 'source_organisation_id', type: 'integer' })
  sourceOrganisationId!: number;

  @Column({ name: 'theme_id', type: 'integer', nullable: true })
  themeId!: number | null;

  @Column({ type: 'text', nullable: true })
  kind!: string | null;

  @Column({ name: 'term_amount', type: 'integer' })
  termAmount!: number;

  @Column({ name: 'term_unit', type: 'text' })
  termUnit!: string;

  @Column({ name: 'term_days', type: 'integer' })
  termDays!: number;

  @Column({ name: 'replaces_norm', type: 'text' })
  replacesNorm!: string;

  @Column({ name: 'valid_from', type: 'date' })
  validFrom!: string;

  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @ManyToOne(() => Municipality, { nullable: false })
  @JoinColumn({
    name: 'municipality_code',
    referencedColumnName: 'code',
    foreignKeyConstraintName: 'handling_norm_municipality_code_fkey',
  })
  municipality!: Municipality;

  @ManyToOne(() => Organisation, { nullable: false })
  @JoinColumn({
    name: 'source_organisation_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'handling_norm_source_organisation_id_fkey',
  })
  sourceOrganisation!: Organisation;

  @ManyToOne(() => Theme)
  @JoinColumn({
    name: 'theme_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'handling_norm_theme_id_fkey',
  })
  theme!: Theme | null;
}
