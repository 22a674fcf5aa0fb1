import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthenticatedUser } from '../auth/role';
import { ApiToken } from './api-token.entity';

/** A token found by its hash, with its user as they are now. */
export interface TokenWithUser {
  id: number;
  expired: boolean;
  revoked: boolean;
  userActive: boolean;
  user: AuthenticatedUser;
}

type TokenUserRow = Omit<TokenWithUser, 'user'> & AuthenticatedUser & { tokenId: number };

@Injectable()
export class ApiTokensRepository {
  constructor(private readonly dataSource: DataSource) {}

  async create(
    userId: number,
    name: string,
    tokenHash: string,
    prefix: string,
    validDays: number,
  ): Promise<ApiToken> {
    const rows: { id: number }[] = await this.dataSource.query(
      `INSERT INTO api_token (user_id, name, token_hash, prefix, expires_at)
       VALUES ($1, $2, $3, $4, now() + make_interval(days => $5))
       RETURNING id`,
      [userId, name, tokenHash, prefix, validDays],
    );
    return this.dataSource.getRepository(ApiToken).findOneByOrFail({ id: rows[0]!.id });
  }

  /** The user's tokens, newest first; revoked ones too (the list shows that they were revoked). */
  listForUser(userId: number): Promise<ApiToken[]> {
    return this.dataSource.getRepository(ApiToken).find({ where: { userId }, order: { id: 'DESC' } });
  }

  /** Revokes the user's own live token; false when they have no such token. */
  async revoke(userId: number, id: number): Promise<boolean> {
    const [, revoked]: [unknown[], number] = await this.dataSource.query(
      `UPDATE api_token SET revoked_at = now()
        WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL AND expires_at > now()`,
      [id, userId],
    );
    return revoked > 0;
  }

  /**
   * The token with this hash and its user's current account (role, municipality, active), and marks
   * it as used: at most once a minute, like a session, so a burst of requests does not queue on the row.
   */
  async findAndTouch(tokenHash: string): Promise<TokenWithUser | null> {
    const rows: TokenUserRow[] = await this.dataSource.query(
      `WITH token AS (
         SELECT id, user_id, expires_at <= now() AS expired, revoked_at IS NOT NULL AS revoked
           FROM api_token WHERE token_hash = $1),
       used AS (
         UPDATE api_token t SET last_used_at = now()
           FROM token
          WHERE t.id = token.id AND NOT token.expired AND NOT token.revoked
            AND (t.last_used_at IS NULL OR t.last_used_at < now() - interval '1 minute'))
       SELECT token.id AS "tokenId", token.expired, token.revoked, u.active AS "userActive",
              u.id, u.username, u.display_name AS "displayName", u.role,
              u.municipality_code AS "municipalityCode"
         FROM token JOIN app_user u ON u.id = token.user_id`,
      [tokenHash],
    );
    const row = rows[0];
    if (!row) return null;
    const { tokenId, expired, revoked, userActive, ...user } = row;
    return { id: tokenId, expired, revoked, userActive, user };
  }
}
