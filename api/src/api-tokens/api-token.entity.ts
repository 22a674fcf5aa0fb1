import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { AppUser } from '../users/app-user.entity';

/** A personal API token; the user holds the token, this row only its SHA-256 hash. Table `api_token` (0240). */
@Entity('api_token')
@Unique('uq_api_token_hash', ['tokenHash'])
@Index('idx_api_token_user', ['userId'])
@Check('chk_api_token_name', 'length(name) BETWEEN 1 AND 100')
@Check('chk_api_token_expiry', `expires_at > created_at AND expires_at <= created_at + interval '366 days'`)
export class ApiToken {
  @PrimaryGeneratedColumn('increment', { type: 'integer', primaryKeyConstraintName: 'api_token_pkey' })
  id!: number;

  @Column({ name: 'user_id', type: 'integer' })
  userId!: number;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'token_hash', type: 'text' })
  tokenHash!: string;

  /** The token's first characters, to recognise it in the list. */
  @Column({ type: 'text' })
  prefix!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt!: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @ManyToOne(() => AppUser, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'user_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'api_token_user_id_fkey',
  })
  user!: AppUser;
}
