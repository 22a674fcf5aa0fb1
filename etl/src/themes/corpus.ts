import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NO_THEME, type TrainingExample } from './theme-model';

/**
 * The labelled Dutch corpus in etl/eval/corpus (README there): texts written blind, without sight of the
 * keyword lists. Its training split is the base every installation's model starts from; the test split is
 * only read by the evaluation script.
 */
export interface CorpusRow {
  id: string;
  /** A theme code, "geen_thema", or null for a text that is not Dutch. */
  theme: string | null;
  domain: string | null;
  source: string;
  register: string;
  hard_case: string;
  lang: string;
  text: string;
}

export const CORPUS_DIRECTORY = join(__dirname, '..', '..', 'eval', 'corpus');

export function readCorpus(directory: string): CorpusRow[] {
  const files = readdirSync(directory)
    .filter((name) => name.endsWith('.jsonl'))
    .sort();
  return files.flatMap((file) =>
    readFileSync(join(directory, file), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as CorpusRow),
  );
}

/** Dutch rows as training examples (non-Dutch rows teach nothing about themes). */
export function toTrainingExamples(rows: CorpusRow[]): TrainingExample[] {
  return rows
    .filter((row) => row.lang === 'nl' && row.text.trim() !== '')
    .map((row) => ({ text: row.text, themeCode: row.theme ?? NO_THEME }));
}

/** Every theme domain code used in records (corpus rows may say "alle" for "no particular domain"). */
export function recordDomain(row: CorpusRow): string | null {
  return row.domain && row.domain !== 'alle' ? row.domain : null;
}
