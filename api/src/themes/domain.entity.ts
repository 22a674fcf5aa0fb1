import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A social-domain area of law (wmo, jeugd, ...); fixed vocabulary seeded by 0005. Table `domain` (0001). */
@Entity('domain')
export class Domain {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'domain_pkey' })
  code!: string;

  @Column({ type: 'text' })
  label!: string;

  @Column({ type: 'text', nullable: true })
  law!: string | null;

  @Column({ name: 'sort_order', type: 'integer', default: 0 })
  sortOrder!: number;
}
