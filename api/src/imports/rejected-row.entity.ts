import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ImportRecord } from './import.entity';

/** A source row an import rejected, kept with its reason so it can be fixed and re-imported. Table `rejected_row` (0002). */
@Entity('rejected_row')
@Index('idx_rejected_row_import', ['importId', 'rowNumber'])
export class RejectedRow {
  @PrimaryGeneratedColumn('increment', { type: 'bigint', primaryKeyConstraintName: 'rejected_row_pkey' })
  id!: string;

  @Column({ name: 'import_id', type: 'bigint' })
  importId!: string;

  @Column({ name: 'row_number', type: 'integer' })
  rowNumber!: number;

  @Column({ name: 'column_name', type: 'text', nullable: true })
  columnName!: string | null;

  @Column({ type: 'text', nullable: true })
  value!: string | null;

  @Column({ type: 'text' })
  reason!: string;

  /** The source row (header -> value), identifiers pseudonymised and free text redacted. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  raw!: Record<string, unknown>;

  @ManyToOne(() => ImportRecord, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'import_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'rejected_row_import_id_fkey',
  })
  import!: ImportRecord;
}
