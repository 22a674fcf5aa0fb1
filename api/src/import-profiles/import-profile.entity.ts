import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** One revision of a source profile saved in the dashboard. Table `import_profile` (0160). */
@Entity('import_profile')
@Check('chk_import_profile_name', `name ~ '^[a-z0-9-]+$'`)
@Check('chk_import_profile_revision', 'revision >= 1')
export class ImportProfileRevision {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_import_profile' })
  name!: string;

  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'pk_import_profile' })
  revision!: number;

  @Column({ type: 'text' })
  label!: string;

  @Column({ type: 'text' })
  target!: string;

  /** Settings hash; part of an import's identity. */
  @Column({ type: 'text' })
  version!: string;

  @Column({ type: 'text' })
  yaml!: string;

  @Column({ name: 'saved_by', type: 'text' })
  savedBy!: string;

  @Column({ name: 'saved_at', type: 'timestamptz', default: () => 'now()' })
  savedAt!: Date;
}
