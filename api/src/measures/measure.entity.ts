import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Municipality } from '../municipalities/municipality.entity';
import { Theme } from '../themes/theme.entity';
import { AppUser } from '../users/app-user.entity';

export const MEASURE_SOURCE_KINDS = ['signaal', 'panelbevinding', 'ombudsmanaanbeveling'] as const;
export type MeasureSourceKind = (typeof MEASURE_SOURCE_KINDS)[number];
export const MEASURE_STATUSES = ['besloten', 'in_uitvoering', 'uitgevoerd', 'gestopt'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

/** A measure in the measures register (docs/measures.md). Table `measure` (0075). */
@Entity('measure')
@Check('chk_measure_source_kind', `source_kind IN ('signaal', 'panelbevinding', 'ombudsmanaanbeveling')`)
@Check('chk_measure_source', '(source_kind IS NULL) = (source_ref IS NULL)')
@Check('chk_measure_status', `status IN ('besloten', 'in_uitvoering', 'uitgevoerd', 'gestopt')`)
@Check(
  'chk_measure_recommendation_status',
  `recommendation_status IN ('opgevolgd', 'niet_opgevolgd', 'in_afwachting')`,
)
@Check(
  'chk_measure_recommendation',
  `recommendation_status IS NULL OR source_kind IN ('panelbevinding', 'ombudsmanaanbeveling')`,
)
@Check('chk_measure_dates', 'effective_on >= decided_on')
@Index('idx_measure_theme', ['municipalityCode', 'themeId', 'effectiveOn'])
export class Measure {
  @PrimaryColumn({ name: 'municipality_code', type: 'text', primaryKeyConstraintName: 'pk_measure' })
  municipalityCode!: string;

  /** bigint identity: pg returns bigint as a string. */
  @PrimaryGeneratedColumn('identity', {
    type: 'bigint',
    generatedIdentity: 'BY DEFAULT',
    primaryKeyConstraintName: 'pk_measure',
  })
  id!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ name: 'theme_id', type: 'integer' })
  themeId!: number;

  @Column({ name: 'source_kind', type: 'text', nullable: true })
  sourceKind!: MeasureSourceKind | null;

  @Column({ name: 'source_ref', type: 'text', nullable: true })
  sourceRef!: string | null;

  @Column({ type: 'text' })
  owner!: string;

  @Column({ name: 'decided_on', type: 'date' })
  decidedOn!: string;

  @Column({ name: 'effective_on', type: 'date' })
  effectiveOn!: string;

  @Column({ name: 'expected_effect', type: 'text' })
  expectedEffect!: string;

  @Column({ type: 'text', default: 'besloten' })
  status!: MeasureStatus;

  @Column({ name: 'recommendation_status', type: 'text', nullable: true })
  recommendationStatus!: string | null;

  @Column({ name: 'pc_reference', type: 'text', nullable: true })
  pcReference!: string | null;

  @Column({ name: 'created_by', type: 'integer', nullable: true })
  createdBy!: number | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  @ManyToOne(() => Municipality, { nullable: false })
  @JoinColumn({
    name: 'municipality_code',
    referencedColumnName: 'code',
    foreignKeyConstraintName: 'measure_municipality_code_fkey',
  })
  municipality!: Municipality;

  @ManyToOne(() => Theme, { nullable: false })
  @JoinColumn({
    name: 'theme_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'measure_theme_id_fkey',
  })
  theme!: Theme;

  @ManyToOne(() => AppUser, { nullable: true })
  @JoinColumn({
    name: 'created_by',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'measure_created_by_fkey',
  })
  creator!: AppUser | null;
}
