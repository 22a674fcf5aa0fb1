import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AppUser } from '../users/app-user.entity';
import { PanelSampleCase } from './panel-sample-case.entity';

/** A panel member assigned to review one case of a sample. Table `panel_assignment` (0070). */
@Entity('panel_assignment')
@Index('idx_panel_assignment_user', ['userId', 'municipalityCode', 'sampleId'])
export class PanelAssignment {
  @PrimaryColumn({ name: 'municipality_code', type: 'text', primaryKeyConstraintName: 'pk_panel_assignment' })
  municipalityCode!: string;

  @PrimaryColumn({ name: 'sample_id', type: 'bigint', primaryKeyConstraintName: 'pk_panel_assignment' })
  sampleId!: string;

  @PrimaryColumn({ name: 'decision_id', type: 'bigint', primaryKeyConstraintName: 'pk_panel_assignment' })
  decisionId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'integer', primaryKeyConstraintName: 'pk_panel_assignment' })
  userId!: number;

  @ManyToOne(() => PanelSampleCase, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'municipality_code',
      referencedColumnName: 'municipalityCode',
      foreignKeyConstraintName: 'fk_panel_assignment_case',
    },
    { name: 'sample_id', referencedColumnName: 'sampleId' },
    { name: 'decision_id', referencedColumnName: 'decisionId' },
  ])
  sampleCase!: PanelSampleCase;

  @ManyToOne(() => AppUser, { nullable: false })
  @JoinColumn({
    name: 'user_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'panel_assignment_user_id_fkey',
  })
  user!: AppUser;
}
