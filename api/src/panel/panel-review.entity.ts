import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AppUser } from '../users/app-user.entity';
import { PanelSampleCase } from './panel-sample-case.entity';

export const PANEL_ANSWERS = ['ja', 'nee', 'onduidelijk'] as const;
export type PanelAnswer = (typeof PANEL_ANSWERS)[number];

/** A member's review of one case, saved field by field. Table `panel_review` (0070). */
@Entity('panel_review')
@Check('chk_panel_review_system_error', `system_error IN ('ja', 'nee', 'onduidelijk')`)
@Check('chk_panel_review_reasonable', `reasonable IN ('ja', 'nee', 'onduidelijk')`)
export class PanelReview {
  @PrimaryColumn({ name: 'municipality_code', type: 'text', primaryKeyConstraintName: 'pk_panel_review' })
  municipalityCode!: string;

  @PrimaryColumn({ name: 'sample_id', type: 'bigint', primaryKeyConstraintName: 'pk_panel_review' })
  sampleId!: string;

  @PrimaryColumn({ name: 'decision_id', type: 'bigint', primaryKeyConstraintName: 'pk_panel_review' })
  decisionId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'integer', primaryKeyConstraintName: 'pk_panel_review' })
  userId!: number;

  @Column({ name: 'system_error', type: 'text', nullable: true })
  systemError!: PanelAnswer | null;

  @Column({ name: 'norm_codes', type: 'text', array: true, default: () => "'{}'" })
  normCodes!: string[];

  @Column({ type: 'text', nullable: true })
  reasonable!: PanelAnswer | null;

  /** Redacted free text. */
  @Column({ name: 'reasonable_explanation', type: 'text', nullable: true })
  reasonableExplanation!: string | null;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  @ManyToOne(() => PanelSampleCase, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'municipality_code',
      referencedColumnName: 'municipalityCode',
      foreignKeyConstraintName: 'fk_panel_review_case',
    },
    { name: 'sample_id', referencedColumnName: 'sampleId' },
    { name: 'decision_id', referencedColumnName: 'decisionId' },
  ])
  sampleCase!: PanelSampleCase;

  @ManyToOne(() => AppUser, { nullable: false })
  @JoinColumn({
    name: 'user_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'panel_review_user_id_fkey',
  })
  user!: AppUser;
}
