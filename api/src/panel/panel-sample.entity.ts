import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { Municipality } from '../municipalities/municipality.entity';
import { AppUser } from '../users/app-user.entity';

/** A reproducible sample of objection decisions drawn by a coordinator. Table `panel_sample` (0070). */
@Entity('panel_sample')
@Check('chk_panel_sample_size', 'size >= 1')
@Check('chk_panel_sample_frame', `jsonb_typeof(frame) = 'object'`)
@Check('chk_panel_sample_stratify', `stratify_by IN ('law', 'outcome', 'theme', 'advisory_committee')`)
@Check(
  'chk_panel_sample_allocation',
  `(stratify_by IS NULL AND allocation IS NULL)
    OR (stratify_by IS NOT NULL AND allocation IN ('proportioneel', 'gelijk'))`,
)
@Check('chk_panel_sample_reviewers', 'reviewers_per_case IN (1, 2)')
export class PanelSample {
  @PrimaryColumn({ name: 'municipality_code', type: 'text', primaryKeyConstraintName: 'pk_panel_sample' })
  municipalityCode!: string;

  /** bigint identity: pg returns bigint as a string. */
  @PrimaryGeneratedColumn('identity', {
    type: 'bigint',
    generatedIdentity: 'BY DEFAULT',
    primaryKeyConstraintName: 'pk_panel_sample',
  })
  id!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  seed!: string;

  @Column({ type: 'integer' })
  size!: number;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  frame!: Record<string, unknown>;

  @Column({ name: 'stratify_by', type: 'text', nullable: true })
  stratifyBy!: string | null;

  @Column({ type: 'text', nullable: true })
  allocation!: string | null;

  @Column({ name: 'reviewers_per_case', type: 'integer', default: 1 })
  reviewersPerCase!: number;

  @Column({ name: 'frame_count', type: 'integer' })
  frameCount!: number;

  @Column({ name: 'drawn_by', type: 'integer' })
  drawnBy!: number;

  @Column({ name: 'drawn_at', type: 'timestamptz', default: () => 'now()' })
  drawnAt!: Date;

  @ManyToOne(() => Municipality, { nullable: false })
  @JoinColumn({
    name: 'municipality_code',
    referencedColumnName: 'code',
    foreignKeyConstraintName: 'panel_sample_municipality_code_fkey',
  })
  municipality!: Municipality;

  @ManyToOne(() => AppUser, { nullable: false })
  @JoinColumn({
    name: 'drawn_by',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'panel_sample_drawn_by_fkey',
  })
  drawnByUser!: AppUser;
}
