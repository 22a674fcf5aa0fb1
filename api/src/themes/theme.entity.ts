import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Domain } from './domain.entity';

export type ThemeLevel = 'thema' | 'subthema';

/**
 * domain -> theme -> subtheme, editable by the administrator. A theme without a domain applies to every
 * domain; a subtheme has a parent theme. Table `theme` (0001).
 */
@Entity('theme')
@Unique('uq_theme_code', ['code'])
@Check('chk_theme_level', `level IN ('thema', 'subthema')`)
@Check('chk_theme_parent', `(level = 'thema') = (parent_id IS NULL)`)
@Index('idx_theme_parent', ['parentId'])
export class Theme {
  @PrimaryGeneratedColumn('increment', { type: 'integer', primaryKeyConstraintName: 'theme_pkey' })
  id!: number;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  label!: string;

  @Column({ name: 'domain_code', type: 'text', nullable: true })
  domainCode!: string | null;

  @Column({ name: 'parent_id', type: 'integer', nullable: true })
  parentId!: number | null;

  @Column({ type: 'text' })
  level!: ThemeLevel;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  /** Words that suggest this theme in free text (explainable classifier). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  keywords!: string[];

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ name: 'sort_order', type: 'integer', default: 0 })
  sortOrder!: number;

  @ManyToOne(() => Domain, { nullable: true })
  @JoinColumn({
    name: 'domain_code',
    referencedColumnName: 'code',
    foreignKeyConstraintName: 'theme_domain_code_fkey',
  })
  domain!: Domain | null;

  @ManyToOne(() => Theme, { nullable: true })
  @JoinColumn({
    name: 'parent_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'theme_parent_id_fkey',
  })
  parent!: Theme | null;
}
