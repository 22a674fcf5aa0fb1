import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseProfile, profilesDir } from './profile.loader';

/**
 * The columns of an export in the shape of a built-in profile, in the profile's order: the columns
 * its fields read, then the columns it ignores. Writers of such an export (the demo data, the API
 * tests, the benchmark) take their header from here, so the profile stays the one definition.
 */
export function builtInProfileColumns(name: string): string[] {
  const file = join(profilesDir(), `${name}.yaml`);
  const profile = parseProfile(readFileSync(file, 'utf8'), file);
  const read = Object.values(profile.fields).flatMap((field) => field.column ?? []);
  return [...new Set([...read, ...profile.ignoreColumns])];
}

/**
 * A row's cells in the order of `columns`. Throws when the row misses one of them or has one more,
 * so that a renamed column in the profile fails the writer instead of leaving a column empty.
 */
export function cellsInOrder(columns: readonly string[], row: Readonly<Record<string, string>>): string[] {
  const extra = Object.keys(row).filter((column) => !columns.includes(column));
  const missing = columns.filter((column) => !(column in row));
  if (extra.length > 0 || missing.length > 0) {
    throw new Error(
      `Row does not match the columns: missing ${missing.join(', ')}; extra ${extra.join(', ')}`,
    );
  }
  return columns.map((column) => row[column] ?? '');
}
