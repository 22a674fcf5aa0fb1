import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ObjectionDecision } from '../objections/objection-decision.entity';
import { AppUser } from '../users/app-user.entity';
import { PanelSample } from './panel-sample.entity';

/** One drawn decision of a sample, with its stratum, weight and confirmation. Table `panel_sample_case` (0070). */
@Entity('panel_sample_case')
@Check('chk_panel_sample_case_weight', 'weight > 0')
@Index('idx_panel_sample_case_decision', ['municipalityCode', 'decisionId'])
export class PanelSampleCase {
  @PrimaryColumn({
    name: 'municipality_code',
    type: 'text',
    primaryKeyConstraintName: 'pk_panel_sample_case',
  })
  municipalityCode!: string;

  @PrimaryColumn({ name: 'sample_id', type: 'bigint', primaryKeyConstraintName: 'pk_panel_sample_case' })
  sampleId!: string;

  @PrimaryColumn({ name: 'decision_id', type: 'bigint', primaryKeyConstraintName: 'pk_panel_sample_case' })
  decisionId!: string;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'text' })
  stratum!: string;

  /** numeric(14, 6): pg returns numeric as a string. */
  @Column({ type: 'numeric', precision: 14, scale: 6 })
  weight!: string;

  @Column({ name: 'confirmed_by', type: 'integer', nullable: true })
  confirmedBy!: number | null;

  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt!: Date | null;

  @Column({ name: 'confirmation_note', type: 'text', nullable: true })
  confirmationNote!: string | null;

  @ManyToOne(() => PanelSample, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'municipality_code',
      referencedColumnName: 'municipalityCode',
      foreignKeyConstraintName: 'fk_panel_sample_case_sample',
    },
    { name: 'sample_id', referencedColumnName: 'id' },
  ])
  sample!: PanelSample;

  @ManyToOne(() => ObjectionDecision, { nullable: false })
  @JoinColumn([
    {
      name: 'municipality_code',
      referencedColumnName: 'municipalityCode',
      foreignKeyConstraintName: 'fk_panel_sample_case_decision',
    },
    { name: 'decision_id', referencedColumnName: 'id' },
  ])
  decision!: ObjectionDecision;

  @ManyToOne(() => AppUser, { nullable: true })
  @JoinColumn({
    name: 'confirmed_by',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'panel_sample_case_confirmed_by_fkey',
  })
  confirmedByUser!: AppUser | null;
}
