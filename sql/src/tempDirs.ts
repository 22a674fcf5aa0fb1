import { afterAll } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * For a test file: a function that makes a temporary directory (`<temp dir>/<prefix>XXXXXX`), and
 * an afterAll that removes every directory it made, also when the tests failed. Call at the top of
 * the file or in a `describe`.
 */
export function useTempDirs(defaultPrefix = 'leerlus-'): (prefix?: string) => Promise<string> {
  const made: string[] = [];
  afterAll(async () => {
    await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });
  return async (prefix = defaultPrefix) => {
    const dir = await mkdtemp(join(tmpdir(), prefix));
    made.push(dir);
    return dir;
  };
}
