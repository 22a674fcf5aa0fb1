import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { Signal } from '../signals/signal.entity';
import { AppUser } from '../users/app-user.entity';
import { PanelSample } from './panel-sample.entity';

/** The panel's finding added to an existing signal. Table `panel_signal_finding` (0070). */
@Entity('panel_signal_finding')
@Index('idx_panel_signal_finding_signal', ['municipalityCode', 'signalId'])
export class PanelSignalFinding {
  @PrimaryColumn({
    name: 'municipality_code',
    type: 'text',
    primaryKeyConstraintName: 'pk_panel_signal_finding',
  })
  municipalityCode!: string;

  /** bigint identity: pg returns bigint as a string. */
  @PrimaryGeneratedColumn('identity', {
    type: 'bigint',
    generatedIdentity: 'BY DEFAULT',
    primaryKeyConstraintName: 'pk_panel_signal_finding',
  })
  id!: string;

  @Column({ name: 'signal_id', type: 'bigint' })
  signalId!: string;

  @Column({ name: 'sample_id', type: 'bigint', nullable: true })
  sampleId!: string | null;

  /** Redacted free text. */
  @Column({ type: 'text' })
  finding!: string;

  @Column({ name: 'created_by', type: 'integer' })
  createdBy!: number;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @ManyToOne(() => Signal, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'municipality_code',
      referencedColumnName: 'municipalityCode',
      foreignKeyConstraintName: 'fk_panel_signal_finding_signal',
    },
    { name: 'signal_id', referencedColumnName: 'id' },
  ])
  signal!: Signal;

  @ManyToOne(() => PanelSample, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'municipality_code',
      referencedColumnName: 'municipalityCode',
      foreignKeyConstraintName: 'fk_panel_signal_finding_sample',
    },
    { name: 'sample_id', referencedColumnName: 'id' },
  ])
  sample!: PanelSample | null;

  @ManyToOne(() => AppUser, { nullable: false })
  @JoinColumn({
    name: 'created_by',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'panel_signal_finding_created_by_fkey',
  })
  createdByUser!: AppUser;
}
