/**
 * Adds a file of blind-written training texts to the corpus after checking every line
 * (etl/eval/corpus/README.md): the same JSONL format, known theme codes, registers, hard cases and
 * sources, unique ids. Nothing is corrected; a file with a bad line is refused with the reasons.
 *
 *   npx tsx etl/eval/add-corpus-file.ts <source.jsonl> train/d-<theme>.jsonl
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIRECTORY, type CorpusRow, readCorpus } from '../src/themes/corpus';
import { THEME_TAXONOMY } from '../src/themes/taxonomy';

const REGISTERS = new Set([
  'burger_email',
  'sms_kort',
  'kcc_notitie',
  'klachtfunctionaris',
  'ouder',
  'mantelzorger',
  'jongere',
  'nieuwkomer',
]);
const HARD_CASES = new Set(['none', 'second_topic', 'negation', 'paraphrase', 'last_sentence']);
const SOURCES = new Set(['klacht', 'bezwaar', 'aanbieder']);
const DOMAINS = new Set([
  'wmo',
  'jeugd',
  'werk_inkomen',
  'schuldhulp',
  'inburgering',
  'overig',
  'alle',
  null,
]);
const THEMES = new Set<string | null>([...THEME_TAXONOMY.map((theme) => theme.code), 'geen_thema', null]);

/** The reasons a parsed line is not a corpus row (empty when it is one). */
function problems(row: Partial<CorpusRow>): string[] {
  const found: string[] = [];
  if (typeof row.id !== 'string' || row.id === '') found.push('geen id');
  if (!THEMES.has(row.theme ?? null) || row.theme === undefined) found.push(`onbekend thema ${row.theme}`);
  if (!DOMAINS.has(row.domain ?? null)) found.push(`onbekend domein ${row.domain}`);
  if (!SOURCES.has(row.source ?? '')) found.push(`onbekende bron ${row.source}`);
  if (!REGISTERS.has(row.register ?? '')) found.push(`onbekend register ${row.register}`);
  if (!HARD_CASES.has(row.hard_case ?? '')) found.push(`onbekend moeilijk geval ${row.hard_case}`);
  if (typeof row.lang !== 'string' || !/^[a-z]{2}$/.test(row.lang)) found.push(`onbekende taal ${row.lang}`);
  if (row.lang === 'nl' && row.theme === null) {
    found.push('Nederlandse tekst zonder thema (gebruik geen_thema)');
  }
  if (row.lang !== 'nl' && row.theme !== null) found.push('niet-Nederlandse tekst met een thema');
  if (typeof row.text !== 'string' || row.text.trim() === '') found.push('geen tekst');
  return found;
}

const readRows = (file: string): CorpusRow[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as CorpusRow);

function main(): void {
  const [source, named] = process.argv.slice(2);
  if (!source || !named) throw new Error('Gebruik: add-corpus-file.ts <bron.jsonl> <doel.jsonl>');
  // `train/…` and `test/…` are paths inside the corpus, as etl/eval/corpus/README.md writes them.
  const target = /^(train|test)\//.test(named) ? join(CORPUS_DIRECTORY, named) : named;
  // Ids must be unique over the whole corpus; the target's own rows are replaced (a file written again).
  const replaced = new Set(existsSync(target) ? readRows(target).map((row) => row.id) : []);
  const ids = new Set(
    [...readCorpus(join(CORPUS_DIRECTORY, 'train')), ...readCorpus(join(CORPUS_DIRECTORY, 'test'))]
      .map((row) => row.id)
      .filter((id) => !replaced.has(id)),
  );
  const errors: string[] = [];
  const lines: string[] = [];
  readFileSync(source, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (line.trim() === '') return;
      let row: Partial<CorpusRow>;
      try {
        row = JSON.parse(line) as Partial<CorpusRow>;
      } catch (error) {
        errors.push(`regel ${index + 1}: geen geldige JSON (${(error as Error).message})`);
        return;
      }
      const found = problems(row);
      if (row.id && ids.has(row.id)) found.push(`id ${row.id} bestaat al`);
      if (found.length > 0) errors.push(`regel ${index + 1}: ${found.join('; ')}`);
      else {
        ids.add(row.id ?? '');
        lines.push(line.trim());
      }
    });
  if (errors.length > 0) {
    console.error(`${source} geweigerd:\n${errors.join('\n')}`);
    process.exitCode = 1;
    return;
  }
  // The lines as written: the corpus keeps the writer's text byte for byte.
  writeFileSync(target, `${lines.join('\n')}\n`);
  console.log(`${target}: ${lines.length} teksten`);
}

main();
