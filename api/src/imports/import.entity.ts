import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Municipality } from '../municipalities/municipality.entity';

export type ImportStatus = 'pending' | 'running' | 'succeeded' | 'failed' | 'duplicate';

/** One import of a source file; every fact row carries the import that last wrote it. Table `import` (0002). */
@Entity('import')
@Check('chk_import_status', `status IN ('pending', 'running', 'succeeded', 'failed', 'duplicate')`)
@Check('chk_import_sha256', `sha256 ~ '^[0-9a-f]{64}$'`)
@Index('idx_import_sha256', ['municipalityCode', 'sha256', 'profile'])
@Index('idx_import_created', ['createdAt'])
export class ImportRecord {
  /** bigserial: pg returns bigint as a string. */
  @PrimaryGeneratedColumn('increment', { type: 'bigint', primaryKeyConstraintName: 'import_pkey' })
  id!: string;

  @Column({ name: 'municipality_code', type: 'text' })
  municipalityCode!: string;

  @Column({ name: 'file_name', type: 'text' })
  fileName!: string;

  @Column({ type: 'text' })
  sha256!: string;

  @Column({ type: 'text' })
  profile!: string;

  /** Hash of the profile's settings the import ran with (0095); part of the import's identity. */
  @Column({ name: 'profile_version', type: 'text', nullable: true })
  profileVersion!: string | null;

  @Column({ type: 'text', default: 'pending' })
  status!: ImportStatus;

  @Column({ name: 'rows_read', type: 'integer', default: 0 })
  rowsRead!: number;

  @Column({ name: 'rows_inserted', type: 'integer', default: 0 })
  rowsInserted!: number;

  @Column({ name: 'rows_updated', type: 'integer', default: 0 })
  rowsUpdated!: number;

  @Column({ name: 'rows_unchanged', type: 'integer', default: 0 })
  rowsUnchanged!: number;

  @Column({ name: 'rows_rejected', type: 'integer', default: 0 })
  rowsRejected!: number;

  @Column({ name: 'min_date', type: 'date', nullable: true })
  minDate!: string | null;

  @Column({ name: 'max_date', type: 'date', nullable: true })
  maxDate!: string | null;

  /** The day the source made the export (0088); null: the load day stands in. */
  @Column({ name: 'exported_on', type: 'date', nullable: true })
  exportedOn!: string | null;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Column({ name: 'started_by', type: 'text', nullable: true })
  startedBy!: string | null;

  /** The header row of the source file, in its order (0011). */
  @Column({ name: 'source_columns', type: 'text', array: true, default: () => "'{}'" })
  sourceColumns!: string[];

  /** Non-fatal warnings of the import (0011). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  warnings!: string[];

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  @ManyToOne(() => Municipality, { nullable: false })
  @JoinColumn({
    name: 'municipality_code',
    referencedColumnName: 'code',
    foreignKeyConstraintName: 'import_municipality_code_fkey',
  })
  municipality!: Municipality;
}
