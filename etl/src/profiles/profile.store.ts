import { access } from 'node:fs/promises';
import { join } from 'node:path';
import type { Pool } from 'pg';
import { withTransaction } from '@leerlus/sql';
import { ImportUsageError } from '../errors';
import { type Actor, audit } from '../reference/reference.repository';
import { isProfilePath, type LoadedProfile, loadProfile, parseProfile, profilesDir } from './profile.loader';

/**
 * Source profiles saved in the database (`import_profile`, 0160): made in the dashboard or uploaded as
 * YAML, validated exactly like a profile file, and kept with every revision. The profiles in
 * etl/profiles stay the built-in ones; a saved profile may not take a built-in name.
 */
export interface StoredProfileListing {
  name: string;
  revision: number;
  label: string;
  target: string;
  version: string;
  savedBy: string;
  savedAt: Date;
}

export interface SavedProfile {
  name: string;
  revision: number;
  /** False when the text had the same settings as the newest revision (nothing added). */
  changed: boolean;
}

const MAX_YAML_LENGTH = 200_000;

/** Where a stored profile's messages say it came from. */
function origin(name: string, revision?: number): string {
  return revision === undefined
    ? `opgeslagen profiel ${name}`
    : `opgeslagen profiel ${name} (versie ${revision})`;
}

async function isBuiltIn(name: string): Promise<boolean> {
  try {
    await access(join(profilesDir(), `${name}.yaml`));
    return true;
  } catch {
    return false;
  }
}

/** Validates the YAML (ProfileError with every problem) and saves it as the profile's next revision. */
export async function saveStoredProfile(pool: Pool, yaml: string, actor: Actor): Promise<SavedProfile> {
  if (yaml.length > MAX_YAML_LENGTH) {
    throw new ImportUsageError(`Het profiel is te groot (meer dan ${MAX_YAML_LENGTH} tekens).`);
  }
  const profile = parseProfile(yaml, 'nieuw profiel');
  if (await isBuiltIn(profile.name)) {
    throw new ImportUsageError(
      `"${profile.name}" is een vast profiel van Leerlus; geef uw profiel een andere naam (name).`,
    );
  }
  return withTransaction(pool, async (client) => {
    // One saver per name at a time, so two saves never take the same revision.
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`import_profile:${profile.name}`]);
    const { rows } = await client.query<{ revision: number; version: string }>(
      'SELECT revision, version FROM import_profile WHERE name = $1 ORDER BY revision DESC LIMIT 1',
      [profile.name],
    );
    const newest = rows[0];
    if (newest && newest.version === profile.version) {
      return { name: profile.name, revision: newest.revision, changed: false };
    }
    const revision = (newest?.revision ?? 0) + 1;
    await client.query(
      `INSERT INTO import_profile (name, revision, label, target, version, yaml, saved_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [profile.name, revision, profile.label, profile.target, profile.version, yaml, actor.username],
    );
    await audit(client, actor, 'import_profile.save', 'import_profile', profile.name, {
      revision,
      version: profile.version,
    });
    return { name: profile.name, revision, changed: true };
  });
}

/** The newest revision of every saved profile. */
export async function listStoredProfiles(pool: Pool): Promise<StoredProfileListing[]> {
  const { rows } = await pool.query<StoredProfileListing>(
    `SELECT DISTINCT ON (name) name, revision, label, target, version,
            saved_by AS "savedBy", saved_at AS "savedAt"
       FROM import_profile ORDER BY name, revision DESC`,
  );
  return rows;
}

/** The YAML of a saved profile's newest revision, or null. */
export async function storedProfileYaml(
  pool: Pool,
  name: string,
): Promise<{ yaml: string; revision: number } | null> {
  const { rows } = await pool.query<{ yaml: string; revision: number }>(
    'SELECT yaml, revision FROM import_profile WHERE name = $1 ORDER BY revision DESC LIMIT 1',
    [name],
  );
  return rows[0] ?? null;
}

/** A saved profile's newest revision, parsed and checked again (the rules may have grown since). */
export async function loadStoredProfile(pool: Pool, name: string): Promise<LoadedProfile | null> {
  const stored = await storedProfileYaml(pool, name);
  return stored ? parseProfile(stored.yaml, origin(name, stored.revision)) : null;
}

/**
 * A profile by path, by built-in name (etl/profiles) or by the name of a saved profile, in that order:
 * what the CLI and the upload use, so both can take any saved profile.
 */
export async function resolveProfile(pool: Pool, nameOrPath: string): Promise<LoadedProfile> {
  if (isProfilePath(nameOrPath) || (await isBuiltIn(nameOrPath))) return loadProfile(nameOrPath);
  return (await loadStoredProfile(pool, nameOrPath)) ?? loadProfile(nameOrPath);
}
