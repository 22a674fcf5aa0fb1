import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/**
 * A core value or requirement of the Nationale ombudsman's behoorlijkheidswijzer (reference data).
 * Table `conduct_norm` (0070); core_value_code NULL marks a core value.
 */
@Entity('conduct_norm')
export class ConductNorm {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_conduct_norm' })
  code!: string;

  @Column({ name: 'core_value_code', type: 'text', nullable: true })
  coreValueCode!: string | null;

  @Column({ type: 'text' })
  label!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ name: 'sort_order', type: 'integer', default: 0 })
  sortOrder!: number;

  @ManyToOne(() => ConductNorm, { nullable: true })
  @JoinColumn({
    name: 'core_value_code',
    referencedColumnName: 'code',
    foreignKeyConstraintName: 'fk_conduct_norm_core_value',
  })
  coreValue!: ConductNorm | null;
}
