import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** A municipality (CBS code `GM0000`); every fact belongs to exactly one. Table `municipality` (0001). */
@Entity('municipality')
@Check('chk_municipality_code', `code ~ '^GM[0-9]{4}$'`)
export class Municipality {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'municipality_pkey' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  region!: string | null;

  @Column({ type: 'text', nullable: true })
  province!: string | null;

  /** Takes part in the regional comparison of its region (0250; set by beheer, audited). */
  @Column({ name: 'regional_comparison', type: 'boolean', default: false })
  regionalComparison!: boolean;
}
