import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { AppUser } from '../users/app-user.entity';

/** A user's named page with its dashboard state, optionally shared with colleagues. Table `saved_view` (0230). */
@Entity('saved_view')
@Unique('uq_saved_view_owner_name', ['ownerId', 'name'])
@Check('chk_saved_view_name', 'char_length(name) BETWEEN 1 AND 80')
@Check('chk_saved_view_path', `path ~ '^/([^/?#\\\\][^?#\\\\]*)?$' AND char_length(path) <= 200`)
@Check('chk_saved_view_search', `(search = '' OR search ~ '^\\?[^#]*$') AND char_length(search) <= 2000`)
export class SavedView {
  @PrimaryGeneratedColumn('increment', { type: 'integer', primaryKeyConstraintName: 'saved_view_pkey' })
  id!: number;

  @Column({ name: 'owner_id', type: 'integer' })
  ownerId!: number;

  @Column({ type: 'text' })
  name!: string;

  /** The page, e.g. `/themas`. */
  @Column({ type: 'text' })
  path!: string;

  /** The page's dashboard state: the URL's query string with its `?`, or empty. */
  @Column({ type: 'text', default: '' })
  search!: string;

  /** Visible to the owner's colleagues (same role and municipality). */
  @Column({ type: 'boolean', default: false })
  shared!: boolean;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  @ManyToOne(() => AppUser, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'owner_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'saved_view_owner_id_fkey',
  })
  owner!: AppUser;
}
