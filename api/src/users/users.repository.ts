import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { Role } from '../auth/role';
import { AppUser } from './app-user.entity';

/** An account of an OpenID Connect provider, as the provider describes it at login. */
export interface ExternalAccount {
  issuer: string;
  subject: string;
  username: string;
  displayName: string;
  role: Role;
  municipalityCode: string | null;
}

export interface ExternalUserRow {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  active: boolean;
}

@Injectable()
export class UsersRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The active user with this username (exact match), or null. */
  findActiveByUsername(username: string): Promise<AppUser | null> {
    return this.dataSource.getRepository(AppUser).findOne({ where: { username, active: true } });
  }

  /** A local (password) account by id, active or not. */
  findLocalById(id: number): Promise<AppUser | null> {
    return this.dataSource.getRepository(AppUser).findOne({ where: { id, externalIssuer: IsNull() } });
  }

  /** A local (password) account by its exact username, active or not. */
  findLocalByUsername(username: string): Promise<AppUser | null> {
    return this.dataSource.getRepository(AppUser).findOne({ where: { username, externalIssuer: IsNull() } });
  }

  async setPasswordHash(id: number, passwordHash: string): Promise<void> {
    await this.dataSource.getRepository(AppUser).update({ id }, { passwordHash });
  }

  /**
   * Creates the external account on its first login, or brings its name, role and municipality up
   * to date with the provider. `active` is left alone: a deactivated account stays deactivated.
   */
  async upsertExternal(account: ExternalAccount): Promise<ExternalUserRow> {
    const rows: ExternalUserRow[] = await this.dataSource.query(
      `INSERT INTO app_user (username, display_name, role, municipality_code, external_issuer, external_subject)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (external_issuer, external_subject) DO UPDATE
          SET display_name = EXCLUDED.display_name,
              role = EXCLUDED.role,
              municipality_code = EXCLUDED.municipality_code
       RETURNING id, username, display_name AS "displayName", role, active`,
      [
        account.username,
        account.displayName,
        account.role,
        account.municipalityCode,
        account.issuer,
        account.subject,
      ],
    );
    const row = rows[0];
    if (!row) throw new Error('upsertExternal returned no row');
    return row;
  }

  async municipalityExists(code: string): Promise<boolean> {
    const rows: { present: boolean }[] = await this.dataSource.query(
      'SELECT EXISTS (SELECT 1 FROM municipality WHERE code = $1) AS present',
      [code],
    );
    return rows[0]?.present === true;
  }

  /** Every account (local and external), or those of one municipality. */
  list(municipalityCode: string | null): Promise<ManagedUserRow[]> {
    return this.dataSource.query(
      `SELECT id, username, display_name AS "displayName", role, municipality_code AS "municipalityCode",
              active, external_issuer IS NOT NULL AS external
         FROM app_user WHERE $1::text IS NULL OR municipality_code = $1 ORDER BY username`,
      [municipalityCode],
    );
  }

  async findManaged(id: number): Promise<ManagedUserRow | null> {
    const rows: ManagedUserRow[] = await this.dataSource.query(
      `SELECT id, username, display_name AS "displayName", role, municipality_code AS "municipalityCode",
              active, external_issuer IS NOT NULL AS external
         FROM app_user WHERE id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** A local account; the password hash is set by the caller (AuthService) right after. */
  async createLocal(account: NewLocalAccount): Promise<number> {
    const rows: { id: number }[] = await this.dataSource.query(
      `INSERT INTO app_user (username, display_name, role, municipality_code, password_hash)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [account.username, account.displayName, account.role, account.municipalityCode, account.passwordHash],
    );
    const id = rows[0]?.id;
    if (id === undefined) throw new Error('createLocal returned no row');
    return id;
  }

  async update(id: number, role: Role, municipalityCode: string | null, active: boolean): Promise<void> {
    await this.dataSource.getRepository(AppUser).update({ id }, { role, municipalityCode, active });
  }
}

export interface ManagedUserRow {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  municipalityCode: string | null;
  active: boolean;
  external: boolean;
}

export interface NewLocalAccount {
  username: string;
  displayName: string;
  role: Role;
  municipalityCode: string | null;
  passwordHash: string;
}
