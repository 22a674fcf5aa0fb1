import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Municipality } from '../municipalities/municipality.entity';
import { ImportRecord } from './import.entity';

/**
 * Rollups and signals an import still owes after committing its facts, one row per municipality and part.
 * Table `derived_data_backlog` (0393); written and caught up by the ETL (etl/src/import/derived-after-commit.ts).
 */
@Entity('derived_data_backlog')
@Check('chk_derived_data_backlog_part', `part IN ('record_rollups', 'outcome_rollups', 'signals')`)
export class DerivedDataBacklog {
  @PrimaryColumn({
    name: 'municipality_code',
    type: 'text',
    primaryKeyConstraintName: 'pk_derived_data_backlog',
  })
  municipalityCode!: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_derived_data_backlog' })
  part!: string;

  @Column({ name: 'import_id', type: 'bigint', nullable: true })
  importId!: string | null;

  @CreateDateColumn({ name: 'queued_at', type: 'timestamptz' })
  queuedAt!: Date;

  @ManyToOne(() => Municipality, { nullable: false })
  @JoinColumn({
    name: 'municipality_code',
    referencedColumnName: 'code',
    foreignKeyConstraintName: 'derived_data_backlog_municipality_code_fkey',
  })
  municipality!: Municipality;

  @ManyToOne(() => ImportRecord, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'import_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'derived_data_backlog_import_id_fkey',
  })
  import!: ImportRecord | null;
}
