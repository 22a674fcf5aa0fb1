import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CaseRecord } from '../cases/case-record.entity';
import { Theme } from '../themes/theme.entity';

export type ThemeReviewReason = 'onder_drempel' | 'onenigheid' | 'steekproef';
export type ThemeReviewDecision = 'geaccepteerd' | 'ander_thema' | 'geen_thema';

/** A reviewer's decision on a suggested theme; training data for the next model. Table `theme_review` (0080). */
@Entity('theme_review')
@Check('chk_theme_review_reason', `reason IN ('onder_drempel', 'onenigheid', 'steekproef')`)
@Check('chk_theme_review_decision', `decision IN ('geaccepteerd', 'ander_thema', 'geen_thema')`)
@Check('chk_theme_review_theme', `(decision = 'geen_thema') = (decided_theme_id IS NULL)`)
@Index('idx_theme_review_decided', ['municipalityCode', 'decidedAt'])
export class ThemeReview {
  @PrimaryColumn({ name: 'municipality_code', type: 'text', primaryKeyConstraintName: 'pk_theme_review' })
  municipalityCode!: string;

  @PrimaryColumn({ name: 'case_id', type: 'bigint', primaryKeyConstraintName: 'pk_theme_review' })
  caseId!: string;

  @Column({ type: 'text' })
  reason!: ThemeReviewReason;

  @Column({ name: 'suggested_theme_id', type: 'integer', nullable: true })
  suggestedThemeId!: number | null;

  /** numeric(4, 3): pg returns numeric as a string. */
  @Column({ type: 'numeric', precision: 4, scale: 3, nullable: true })
  confidence!: string | null;

  @Column({ type: 'text' })
  decision!: ThemeReviewDecision;

  @Column({ name: 'decided_theme_id', type: 'integer', nullable: true })
  decidedThemeId!: number | null;

  @Column({ name: 'decided_by', type: 'text' })
  decidedBy!: string;

  @Column({ name: 'decided_at', type: 'timestamptz', default: () => 'now()' })
  decidedAt!: Date;

  @ManyToOne(() => CaseRecord, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'municipality_code',
      referencedColumnName: 'municipalityCode',
      foreignKeyConstraintName: 'fk_theme_review_case',
    },
    { name: 'case_id', referencedColumnName: 'id' },
  ])
  caseRecord!: CaseRecord;

  @ManyToOne(() => Theme, { nullable: true })
  @JoinColumn({
    name: 'suggested_theme_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'theme_review_suggested_theme_id_fkey',
  })
  suggestedTheme!: Theme | null;

  @ManyToOne(() => Theme, { nullable: true })
  @JoinColumn({
    name: 'decided_theme_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'theme_review_decided_theme_id_fkey',
  })
  decidedTheme!: Theme | null;
}
