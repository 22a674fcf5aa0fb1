import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Municipality } from '../municipalities/municipality.entity';

export type AppUserRole = 'raad' | 'panel' | 'college' | 'beleid' | 'beheer';

/**
 * A user of the dashboard; passwords are argon2id hashes. Table `app_user` (0004); external
 * (OpenID Connect) accounts: issuer + subject, no password (0050).
 */
@Entity('app_user')
@Unique('uq_app_user_username', ['username'])
@Unique('uq_app_user_external', ['externalIssuer', 'externalSubject'])
@Check('chk_app_user_role', `role IN ('raad', 'panel', 'college', 'beleid', 'beheer')`)
@Check(
  'chk_app_user_external',
  `(external_issuer IS NULL AND external_subject IS NULL)
    OR (external_issuer IS NOT NULL AND external_subject IS NOT NULL AND password_hash IS NULL)`,
)
export class AppUser {
  @PrimaryGeneratedColumn('increment', { type: 'integer', primaryKeyConstraintName: 'app_user_pkey' })
  id!: number;

  @Column({ type: 'text' })
  username!: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash!: string | null;

  @Column({ type: 'text' })
  role!: AppUserRole;

  /** NULL: all municipalities in this installation. */
  @Column({ name: 'municipality_code', type: 'text', nullable: true })
  municipalityCode!: string | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** The OpenID Connect issuer of an external account; NULL for a local account. */
  @Column({ name: 'external_issuer', type: 'text', nullable: true })
  externalIssuer!: string | null;

  /** The `sub` claim of an external account at externalIssuer. */
  @Column({ name: 'external_subject', type: 'text', nullable: true })
  externalSubject!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @ManyToOne(() => Municipality, { nullable: true })
  @JoinColumn({
    name: 'municipality_code',
    referencedColumnName: 'code',
    foreignKeyConstraintName: 'app_user_municipality_code_fkey',
  })
  municipality!: Municipality | null;
}
