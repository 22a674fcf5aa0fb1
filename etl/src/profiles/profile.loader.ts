import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { basename, extname, isAbsolute, join, resolve } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { compileDateFormat } from '../normalise/dates';
import { parseBoolean, parseInteger } from '../normalise/values';
import { type Profile, profileSchema } from './profile.schema';
import { mustBeInExport, TARGET_FIELDS, type Target, type TargetField } from './targets';
import { parseRule } from '../transform/rules';

/** etl/profiles (from both etl/src/profiles and etl/dist/profiles); LEERLUS_PROFILES_DIR overrides it. */
export function profilesDir(): string {
  return process.env.LEERLUS_PROFILES_DIR ?? join(__dirname, '..', '..', 'profiles');
}

export type LoadedProfile = Profile & {
  /** The YAML file the profile came from. */
  file: string;
  /**
   * Hash of the profile's settings (not of its layout or comments): part of an import's identity, so
   * the same file imported again after the profile changed is imported again.
   */
  version: string;
};

/** Object keys in a fixed order, so the version does not depend on the order of keys in the YAML. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, item]) => [key, canonical(item)]),
    );
  }
  return value;
}

export function profileVersion(profile: Profile): string {
  return createHash('sha256')
    .update(JSON.stringify(canonical(profile)))
    .digest('hex')
    .slice(0, 12);
}

export class ProfileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`Profiel ${file} is ongeldig:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Fields of the target (names from targets.ts). */
export function targetFields(target: Target): Record<string, TargetField> {
  return TARGET_FIELDS[target];
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] ?? 0;
      row[j] = Math.min(current + 1, (row[j - 1] ?? 0) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] ?? 0;
}

function suggestion(name: string, candidates: string[]): string {
  const best = candidates
    .map((candidate) => ({ candidate, d: distance(name.toLowerCase(), candidate) }))
    .sort((x, y) => x.d - y.d)[0];
  return best && best.d <= Math.max(2, Math.floor(name.length / 2))
    ? ` (bedoelde u "${best.candidate}"?)`
    : '';
}

/** Types a vocabulary translates; for string, integer and date it is a lookup table. */
const VOCABULARY_TYPES = new Set([
  'code',
  'codes',
  'theme',
  'organisation',
  'boolean',
  'string',
  'integer',
  'date',
]);

/** Checks a schema-valid profile against TARGET_FIELDS; returns every problem (empty = fine). */
export function checkProfile(profile: Profile): string[] {
  const problems: string[] = [];
  const fields = targetFields(profile.target);
  const known = Object.keys(fields);
  for (const [name, mapping] of Object.entries(profile.fields)) {
    const field = fields[name];
    const key = `fields.${name}`;
    if (!field) {
      problems.push(
        `${key}: onbekend veld "${name}" voor doel ${profile.target}${suggestion(name, known)}; bekende velden: ${known.join(', ')}`,
      );
      continue;
    }
    if (mapping.vocabulary !== undefined) {
      if (!VOCABULARY_TYPES.has(field.type)) {
        problems.push(`${key}.vocabulary: een veld van type ${field.type} gebruikt geen vocabulaire`);
      } else if (!profile.vocabularies[mapping.vocabulary]) {
        const names = Object.keys(profile.vocabularies);
        problems.push(
          `${key}.vocabulary: vocabulaire "${mapping.vocabulary}" bestaat niet in vocabularies` +
            `${suggestion(mapping.vocabulary, names)}${names.length ? `; wel: ${names.join(', ')}` : ''}`,
        );
      }
    }
    if (
      (field.type === 'code' || field.type === 'codes') &&
      mapping.column !== undefined &&
      !mapping.vocabulary
    ) {
      problems.push(
        `${key}: veld "${name}" is een code-veld; geef een vocabulary die de waarden in de export vertaalt naar ` +
          `${(field.codes ?? []).join(', ')}`,
      );
    }
    const vocabulary = mapping.vocabulary ? profile.vocabularies[mapping.vocabulary] : undefined;
    if (vocabulary && field.codes) {
      for (const [source, code] of Object.entries(vocabulary)) {
        const allowed = field.type === 'codes' && code === '' ? true : field.codes.includes(code);
        if (!allowed) {
          problems.push(
            `vocabularies.${mapping.vocabulary}.${source}: "${code}" is geen geldige code voor veld ${name}; ` +
              `toegestaan: ${field.codes.join(', ')}`,
          );
        }
      }
    }
    if (vocabulary && field.type === 'boolean') {
      for (const [source, value] of Object.entries(vocabulary)) {
        if (parseBoolean(value) === undefined) {
          problems.push(`vocabularies.${mapping.vocabulary}.${source}: "${value}" is geen ja/nee-waarde`);
        }
      }
    }
    if (mapping.default !== undefined) problems.push(...checkDefault(profile, name, field, mapping.default));
  }
  for (const [name, field] of Object.entries(fields)) {
    if (mustBeInExport(field) && !profile.fields[name]) {
      problems.push(`fields: verplicht veld "${name}" ontbreekt (geef een column of een default)`);
    }
  }
  profile.rules.forEach((text, i) => {
    const rule = parseRule(text, known);
    if (typeof rule === 'string') problems.push(`rules[${i}]: ${rule}`);
  });
  profile.dateFormats.forEach((format, i) => {
    try {
      compileDateFormat(format);
    } catch (error) {
      problems.push(`dateFormats[${i}]: ${(error as Error).message}`);
    }
  });
  return problems;
}

function checkDefault(
  profile: Profile,
  name: string,
  field: TargetField,
  value: string | number | boolean,
): string[] {
  const key = `fields.${name}.default`;
  const text = String(value);
  switch (field.type) {
    case 'code':
      return field.codes?.includes(text)
        ? []
        : [`${key}: "${text}" is geen geldige code; toegestaan: ${(field.codes ?? []).join(', ')}`];
    case 'codes': {
      const bad = text
        .split(profile.listSeparator)
        .map((part) => part.trim())
        .filter((part) => part !== '' && !field.codes?.includes(part));
      return bad.length ? [`${key}: ${bad.map((b) => `"${b}"`).join(', ')} geen geldige code(s)`] : [];
    }
    case 'boolean':
      return typeof value === 'boolean' || parseBoolean(text) !== undefined
        ? []
        : [`${key}: "${text}" is geen ja/nee-waarde`];
    case 'integer':
      return parseInteger(text) !== undefined ? [] : [`${key}: "${text}" is geen geheel getal`];
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(text) ? [] : [`${key}: geef een vaste datum als jjjj-mm-dd`];
    case 'identifier':
    case 'text':
      return [
        `${key}: een ${field.type === 'identifier' ? 'identificatie' : 'vrije tekst'} kan geen vaste waarde hebben`,
      ];
    case 'string':
    case 'organisation':
    case 'theme':
      return [];
  }
}

function schemaProblems(issues: { path: PropertyKey[]; message: string }[]): string[] {
  return issues.map((issue) => `${issue.path.map(String).join('.') || '(profiel)'}: ${issue.message}`);
}

/** Parses and checks profile YAML; throws ProfileError naming the file and every offending key. */
export function parseProfile(text: string, file: string): LoadedProfile {
  let document: unknown;
  try {
    document = parseYaml(text);
  } catch (error) {
    throw new ProfileError(file, [`YAML-fout: ${(error as Error).message}`]);
  }
  const parsed = profileSchema.safeParse(document);
  if (!parsed.success) throw new ProfileError(file, schemaProblems(parsed.error.issues));
  const problems = checkProfile(parsed.data);
  if (problems.length > 0) throw new ProfileError(file, problems);
  return { ...parsed.data, file, version: profileVersion(parsed.data) };
}

export function isProfilePath(nameOrPath: string): boolean {
  return (
    nameOrPath.includes('/') ||
    nameOrPath.includes('\\') ||
    /\.ya?ml$/i.test(nameOrPath) ||
    isAbsolute(nameOrPath)
  );
}

/**
 * A profile by name (etl/profiles/<name>.yaml) or by path to a YAML file. Throws ProfileError with
 * every problem found (schema, unknown fields, vocabularies, codes, defaults).
 */
export async function loadProfile(
  nameOrPath: string,
  options: { dir?: string } = {},
): Promise<LoadedProfile> {
  const byName = !isProfilePath(nameOrPath);
  const file = byName ? join(options.dir ?? profilesDir(), `${nameOrPath}.yaml`) : resolve(nameOrPath);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      const known = byName ? (await listProfiles(options)).map((p) => p.name) : [];
      throw new ProfileError(file, [
        `profiel "${nameOrPath}" niet gevonden${known.length ? `; beschikbaar: ${known.join(', ')}` : ''}`,
      ]);
    }
    throw error;
  }
  const profile = parseProfile(text, file);
  if (byName && profile.name !== nameOrPath) {
    throw new ProfileError(file, [
      `name: "${profile.name}" moet gelijk zijn aan de bestandsnaam "${nameOrPath}"`,
    ]);
  }
  return profile;
}

export interface ProfileListing {
  name: string;
  label: string;
  target: Target | null;
  file: string;
  description?: string | undefined;
  /** Set when the profile does not load; the message names the offending keys. */
  error?: string;
}

/** Every profile in the profiles directory, also the broken ones (with their error). */
export async function listProfiles(options: { dir?: string } = {}): Promise<ProfileListing[]> {
  const dir = options.dir ?? profilesDir();
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const files = entries.filter((entry) => /\.ya?ml$/i.test(entry)).sort();
  return Promise.all(
    files.map(async (entry): Promise<ProfileListing> => {
      const file = join(dir, entry);
      const name = basename(entry, extname(entry));
      try {
        const profile = parseProfile(await readFile(file, 'utf8'), file);
        return {
          name: profile.name,
          label: profile.label,
          target: profile.target,
          file,
          description: profile.description,
        };
      } catch (error) {
        return { name, label: '', target: null, file, error: (error as Error).message };
      }
    }),
  );
}
