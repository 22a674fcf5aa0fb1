import type { Pool } from 'pg';
import { hashPassword } from '../auth/auth.service';
import { passwordProblem } from '../auth/password-policy';

export interface AdminAccount {
  username: string;
  password: string;
}

/**
 * LEERLUS_ADMIN_USERNAME + LEERLUS_ADMIN_PASSWORD → the first beheer account of a production
 * installation; undefined when neither is set. One without the other, or a password the password
 * policy refuses (shorter than 12 characters, common, easily guessed), is a configuration error.
 */
export function adminAccountFromEnv(env: NodeJS.ProcessEnv): AdminAccount | undefined {
  const username = env.LEERLUS_ADMIN_USERNAME?.trim() ?? '';
  const password = env.LEERLUS_ADMIN_PASSWORD ?? '';
  if (!username && !password) return undefined;
  if (!username || !password) {
    throw new Error('Set both LEERLUS_ADMIN_USERNAME and LEERLUS_ADMIN_PASSWORD, or neither');
  }
  const problem = passwordProblem(password, [username]);
  if (problem) throw new Error(`LEERLUS_ADMIN_PASSWORD is not accepted: ${problem}`);
  return { username, password };
}

/**
 * When the installation has no active beheer user, creates `account` as one (argon2id, like every
 * password). Returns true when it did. The username must not be taken by another user.
 */
export async function ensureAdminUser(pool: Pick<Pool, 'connect'>, account: AdminAccount): Promise<boolean> {
  const hash = await hashPassword(account.password);
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    // Two processes starting at once must not both create it.
    await client.query('LOCK TABLE app_user IN SHARE ROW EXCLUSIVE MODE');
    const { rows } = await client.query<{ admin: boolean; taken: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM app_user WHERE role = 'beheer' AND active) AS admin,
              EXISTS (SELECT 1 FROM app_user WHERE username = $1) AS taken`,
      [account.username],
    );
    if (rows[0]?.admin) {
      await client.query('ROLLBACK');
      return false;
    }
    if (rows[0]?.taken) {
      throw new Error(
        `LEERLUS_ADMIN_USERNAME "${account.username}" is already taken by an account that is not an active beheerder; choose another name`,
      );
    }
    await client.query(
      `INSERT INTO app_user (username, display_name, password_hash, role) VALUES ($1, 'Beheerder', $2, 'beheer')`,
      [account.username, hash],
    );
    await client.query('COMMIT');
    return true;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}
