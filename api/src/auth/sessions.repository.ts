import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthenticatedUser, Role } from './role';
import { UserSession } from './user-session.entity';

interface SessionUserRow {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  municipalityCode: string | null;
  validUntil: Date;
}

/** A session that is live now, and the moment it ends unless a request comes first. */
export interface LiveSession {
  user: AuthenticatedUser;
  validUntil: Date;
}

@Injectable()
export class SessionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async create(tokenHash: string, userId: number, absoluteSeconds: number): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO user_session (token_hash, user_id, expires_at)
       VALUES ($1, $2, now() + make_interval(secs => $3))`,
      [tokenHash, userId, absoluteSeconds],
    );
  }

  /**
   * The user of a live session (not past expires_at, seen within the idle timeout, user still active)
   * and when the session ends unless used again; null otherwise. Marks the session as seen only when that is over a minute ago: writing the row on
   * every request made concurrent requests of one session queue on its row lock and a commit each
   * (the idle timeout is kept to the minute).
   */
  async touch(tokenHash: string, idleSeconds: number): Promise<LiveSession | null> {
    const rows: SessionUserRow[] = await this.dataSource.query(
      `WITH session AS (
         SELECT user_id, last_seen_at, expires_at FROM user_session
          WHERE token_hash = $1
            AND expires_at > now()
            AND last_seen_at > now() - make_interval(secs => $2)),
       seen AS (
         UPDATE user_session SET last_seen_at = now()
          WHERE token_hash = $1
            AND EXISTS (SELECT 1 FROM session WHERE last_seen_at < now() - interval '1 minute'))
       SELECT u.id, u.username, u.display_name AS "displayName", u.role, u.municipality_code AS "municipalityCode",
              least(session.expires_at,
                    CASE WHEN session.last_seen_at < now() - interval '1 minute' THEN now()
                         ELSE session.last_seen_at END + make_interval(secs => $2)) AS "validUntil"
         FROM session JOIN app_user u ON u.id = session.user_id
        WHERE u.active`,
      [tokenHash, idleSeconds],
    );
    const row = rows[0];
    if (!row) return null;
    const { validUntil, ...user } = row;
    return { user, validUntil };
  }

  async delete(tokenHash: string): Promise<void> {
    await this.dataSource.getRepository(UserSession).delete({ tokenHash });
  }

  /** Ends every session of a user, but the one with `keepTokenHash` (the user's own, on a password change). */
  async deleteForUser(userId: number, keepTokenHash: string | null): Promise<void> {
    await this.dataSource.query(
      'DELETE FROM user_session WHERE user_id = $1 AND token_hash IS DISTINCT FROM $2',
      [userId, keepTokenHash],
    );
  }

  /** Housekeeping: sessions that can no longer be used. */
  async deleteExpired(idleSeconds: number): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM user_session
        WHERE expires_at <= now() OR last_seen_at <= now() - make_interval(secs => $1)`,
      [idleSeconds],
    );
  }
}
