import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** A systemic-failure rule with its thresholds (configuration). Table `signal_rule` (0030). */
@Entity('signal_rule')
@Check('chk_signal_rule_thresholds', `jsonb_typeof(thresholds) = 'object'`)
export class SignalRule {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'signal_rule_pkey' })
  code!: string;

  @Column({ type: 'text' })
  label!: string;

  @Column({ type: 'text' })
  description!: string;

  /** Threshold name -> number; the keys per rule are documented in docs/indicators/signals.md. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  thresholds!: Record<string, number>;

  @Column({ type: 'boolean', default: true })
  enabled!: boolean;

  @Column({ name: 'sort_order', type: 'integer', default: 0 })
  sortOrder!: number;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
