import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type ThemeModelStatus = 'kandidaat' | 'actief' | 'vervangen' | 'afgewezen';

/**
 * A trained theme model of this installation with its evaluation (etl/src/themes/training.ts). Exactly one
 * is active; the ETL classifies with it. Table `theme_model` (0080).
 */
@Entity('theme_model')
@Check('chk_theme_model_status', `status IN ('kandidaat', 'actief', 'vervangen', 'afgewezen')`)
@Check('chk_theme_model_threshold', 'threshold BETWEEN 0 AND 1')
@Index('uq_theme_model_active', ['status'], { unique: true, where: `status = 'actief'` })
export class ThemeModelRecord {
  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'theme_model_pkey' })
  version!: number;

  @Column({ type: 'text' })
  status!: ThemeModelStatus;

  @Column({ name: 'trained_at', type: 'timestamptz', default: () => 'now()' })
  trainedAt!: Date;

  @Column({ name: 'trained_by', type: 'text' })
  trainedBy!: string;

  @Column({ type: 'jsonb' })
  training!: Record<string, number>;

  @Column({ type: 'jsonb' })
  evaluation!: Record<string, unknown>;

  /** numeric(4, 3): pg returns numeric as a string. */
  @Column({ type: 'numeric', precision: 4, scale: 3 })
  threshold!: string;

  @Column({ type: 'bytea' })
  model!: Buffer;

  @Column({ name: 'activated_at', type: 'timestamptz', nullable: true })
  activatedAt!: Date | null;

  @Column({ name: 'activated_by', type: 'text', nullable: true })
  activatedBy!: string | null;
}
