import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const TRAIN = join(__dirname, '..', '..', '..', 'etl', 'eval', 'corpus', 'train');

/**
 * Every `every`-th text of the shipped training corpus written to `directory` (a test's temporary
 * one), for LEERLUS_THEME_CORPUS_DIR: a theme model trained in a test then takes seconds, not minutes.
 */
export function smallThemeCorpus(directory: string, every: number): string {
  for (const file of readdirSync(TRAIN)) {
    const lines = readFileSync(join(TRAIN, file), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '');
    writeFileSync(join(directory, file), lines.filter((_, index) => index % every === 0).join('\n'));
  }
  return directory;
}
