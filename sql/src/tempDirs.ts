import { afterAll } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RUN_DIR_ENV } from './testing';

/**
 * For a test file: a function that makes a temporary directory (`<prefix>XXXXXX` in the jest run's
 * directory, else in the system temp dir), and an afterAll that removes every directory it made, also
 * when the tests failed. Call at the top of the file or in a `describe`. (Not TMPDIR: exceljs's
 * streaming reader then sometimes loses the workbook part of an XLSX; see test/README.md.)
 */
export function useTempDirs(defaultPrefix = 'leerlus-'): (prefix?: string) => Promise<string> {
  const made: string[] = [];
  afterAll(async () => {
    await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });
  return async (prefix = defaultPrefix) => {
    const dir = await mkdtemp(join(process.env[RUN_DIR_ENV] ?? tmpdir(), prefix));
    made.push(dir);
    return dir;
  };
}
