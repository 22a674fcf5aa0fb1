import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AppUser } from '../users/app-user.entity';

/** A login session; the cookie carries the token, this row only its SHA-256 hash. Table `user_session` (0020). */
@Entity('user_session')
@Index('idx_user_session_user', ['userId'])
@Index('idx_user_session_expires', ['expiresAt'])
export class UserSession {
  @PrimaryColumn({ name: 'token_hash', type: 'text', primaryKeyConstraintName: 'user_session_pkey' })
  tokenHash!: string;

  @Column({ name: 'user_id', type: 'integer' })
  userId!: number;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  /** Absolute end of the session. */
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  /** Basis of the idle timeout. */
  @Column({ name: 'last_seen_at', type: 'timestamptz', default: () => 'now()' })
  lastSeenAt!: Date;

  @ManyToOne(() => AppUser, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'user_id',
    referencedColumnName: 'id',
    foreignKeyConstraintName: 'user_session_user_id_fkey',
  })
  user!: AppUser;
}
