import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Theme } from '../themes/theme.entity';
import { CaseRecord } from './case-record.entity';

export type CaseThemeAssignedBy = 'bron' | 'classificatie' | 'handmatig';

/**
 * A theme of a case record, with how it was assigned so the classifier stays explainable. The primary
 * theme is also on case_record.theme_id. Table `case_theme` (0003).
 */
@Entity('case_theme')
@Check('chk_case_theme_assigned_by', `assigned_by IN ('bron', 'classificatie', 'handmatig')`)
@Check('chk_case_theme_confidence', 'confidence IS NULL OR confidence BETWEEN 0 AND 1')
@Index('idx_case_theme_theme', ['municipalityCode', 'themeId'])
export class CaseTheme {
  @PrimaryColumn({ name: 'municipality_code', type: 'text', primaryKeyConstraintName: 'pk_case_theme' })
  municipalityCode!: string;

  @PrimaryColumn({ name: 'case_id', type: 'bigint', primaryKeyConstraintName: 'pk_case_theme' })
  caseId!: string;

  @PrimaryColumn({ name: 'theme_id', type: 'integer', primaryKeyConstraintName: 'pk_case_theme' })
  themeId!: number;

  @Column({ name: 'is_primary', type: 'boolean', default: false })
  isPrimary!: boolean;

  @Column({ name: 'assigned_by', type: 'text' })
  assignedBy!: CaseThemeAssignedBy;

  /** numeric(4, 3) in [0, 1]: pg returns numeric as a string, e.g. '0.850'. */
  @Column({ type: 'numeric', precision: 4, scale: 3, nullable: true })
  confidence!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  evidence!: string[];

  /** What the keyword rules alone suggested (0080); differs from theme_id -> review queue. */
  @Column({ name: 'rule_theme_id', type: 'integer', nullable: true })
  ruleThemeId!: number | null;

  @ManyToOne(() => CaseRecord, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'municipality_code',
      referencedColumnName: 'municipalityCode',
      foreignKeyConstraintName: 'fk_case_theme_case',
    },
    { name: 'case_id', referencedColumnName: 'id' },
  ])
  caseRecord!: CaseRecord;

  @ManyToOne(() => Theme, { nullable: false })
  @JoinColumn({
    name: 'theme_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'case_theme_theme_id_fkey',
  })
  theme!: Theme;

  @ManyToOne(() => Theme, { nullable: true })
  @JoinColumn({
    name: 'rule_theme_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'case_theme_rule_theme_id_fkey',
  })
  ruleTheme!: Theme | null;
}
