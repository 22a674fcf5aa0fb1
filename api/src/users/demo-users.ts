import { randomBytes } from 'node:crypto';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Pool } from 'pg';
import { hashPassword } from '../auth/auth.service';
import { Role, ROLES } from '../auth/role';

export interface DemoUser {
  username: Role;
  displayName: string;
  role: Role;
  password: string;
}

export interface EnsureDemoUsersOptions {
  /** `<dataDir>/demo-users.txt` receives generated passwords (mode 0600). */
  dataDir: string;
  /** LEERLUS_DEMO_PASSWORD: one password for all demo users instead of random ones. */
  env?: NodeJS.ProcessEnv;
  /**
   * The demo municipality: every demo user is bound to it, so its figures stay its own while the demo
   * region's neighbours are in the same installation, the regional comparison has an own municipality
   * to start from, and beheer's uploads on Bronnen go to it.
   */
  municipalityCode?: string | null;
}

export const DEMO_USERS_FILE = 'demo-users.txt';

const DISPLAY_NAMES: { [R in Role]: string } = {
  raad: 'Demo raadslid',
  panel: 'Demo burgerpanel',
  college: 'Demo college van B&W',
  beleid: 'Demo beleidsmedewerker',
  beheer: 'Demo beheerder',
};

/**
 * On a fresh installation (no users at all), one user per role, named after the role. Passwords
 * come from LEERLUS_DEMO_PASSWORD or are random per user (so knowing the raad password gives no
 * beheer access) and are written to `<dataDir>/demo-users.txt`. Returns the users it created
 * (empty when app_user already had rows), for `npm start` to print with formatDemoUsers.
 */
export async function ensureDemoUsers(
  pool: Pick<Pool, 'connect'>,
  { dataDir, env = process.env, municipalityCode = null }: EnsureDemoUsersOptions,
): Promise<DemoUser[]> {
  const shared = env.LEERLUS_DEMO_PASSWORD;
  const users: DemoUser[] = ROLES.map((role) => ({
    username: role,
    displayName: DISPLAY_NAMES[role],
    role,
    password: shared || randomBytes(12).toString('base64url'),
  }));
  const hashes = await Promise.all(users.map((user) => hashPassword(user.password)));

  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    // Two processes starting at once must not both seed.
    await client.query('LOCK TABLE app_user IN SHARE ROW EXCLUSIVE MODE');
    const { rows } = await client.query<{ present: boolean }>(
      'SELECT EXISTS (SELECT 1 FROM app_user) AS present',
    );
    if (rows[0]?.present) {
      await client.query('ROLLBACK');
      return [];
    }
    for (const [index, user] of users.entries()) {
      await client.query(
        `INSERT INTO app_user (username, display_name, password_hash, role, municipality_code)
         VALUES ($1, $2, $3, $4, $5)`,
        [user.username, user.displayName, hashes[index], user.role, municipalityCode],
      );
    }
    if (!shared) await writeDemoUsersFile(dataDir, users);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
  return users;
}

async function writeDemoUsersFile(dataDir: string, users: DemoUser[]): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  const file = join(dataDir, DEMO_USERS_FILE);
  const lines = users.map((user) => `${user.username}\t${user.password}\t${user.displayName}`);
  await writeFile(
    file,
    `# Leerlus demo-gebruikers (gebruikersnaam, wachtwoord, naam)\n${lines.join('\n')}\n`,
    {
      mode: 0o600,
    },
  );
  await chmod(file, 0o600); // writeFile's mode only applies when it creates the file
}

/**
 * "Demo-gebruikers: raad / <password>, panel / <password>, …"; in production only the names: a
 * production log never holds a password (they are in demo-users.txt, mode 0600).
 */
export function formatDemoUsers(users: readonly DemoUser[], production = false): string {
  if (production) {
    return `Demo-gebruikers: ${users.map((user) => user.username).join(', ')} (wachtwoorden in ${DEMO_USERS_FILE} in de datamap, of LEERLUS_DEMO_PASSWORD)`;
  }
  return `Demo-gebruikers: ${users.map((user) => `${user.username} / ${user.password}`).join(', ')}`;
}
