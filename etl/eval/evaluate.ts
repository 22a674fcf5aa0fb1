/**
 * Evaluates the theme classifier (keyword rules + learned model) on the blind-written corpus.
 *
 *   npx tsx etl/eval/evaluate.ts                 # development: cross-validation on the training split
 *   npx tsx etl/eval/evaluate.ts --rules-only    # the same for the keyword rules alone
 *   npx tsx etl/eval/evaluate.ts --test          # train on the whole training split, score the test split
 *   npx tsx etl/eval/evaluate.ts --sweep         # cross-validation, judged at thresholds 0.30 … 0.90
 *   ... [--errors] [--threshold 0.5]
 *
 * Cross-validation: five folds, stratified by theme (the two training writers wrote different themes, so
 * folds per writer are impossible; the estimate is same-writer and therefore optimistic). The test split (a third writer, written last)
 * is never used to choose anything; run --test once, at the end (etl/eval/corpus/README.md).
 *
 * Definitions: a text is "covered" when it gets a theme with confidence >= threshold. Macro-F1 is the mean
 * over the theme codes that occur in the truth of per-theme F1 (exact code; a theme never predicted counts
 * 0). Precision is the share of covered texts whose theme is exactly right (a theme given to a
 * "geen_thema" or non-Dutch text counts as wrong). Coverage is the share of texts with a true theme that
 * are covered.
 */
import { join } from 'node:path';
import { createThemeClassifier, type ThemeDefinition } from '../src/themes/classifier';
import {
  type CorpusRow,
  CORPUS_DIRECTORY,
  readCorpus,
  recordDomain,
  toTrainingExamples,
} from '../src/themes/corpus';
import { createKeywordRules } from '../src/themes/keyword-rules';
import { THEME_TAXONOMY } from '../src/themes/taxonomy';
import { ThemeModel } from '../src/themes/theme-model';

interface Scored {
  row: CorpusRow;
  /** The suggestion whatever its confidence (null: no theme, other language). */
  suggested: string | null;
  /** The suggestion if its confidence reaches the threshold. */
  predicted: string | null;
  confidence: number;
  evidence: string[];
}

const args = process.argv.slice(2);
const option = (name: string): string | undefined =>
  args.includes(name) ? args[args.indexOf(name) + 1] : undefined;
const rulesOnly = args.includes('--rules-only');
const onTest = args.includes('--test');
const showErrors = args.includes('--errors');
const FOLDS = 5;

const THEMES: ThemeDefinition[] = THEME_TAXONOMY.map((theme) => ({
  code: theme.code,
  keywords: [...theme.keywords],
  domainCode: theme.domainCode,
  parentCode: theme.parentCode,
}));
const known = new Set(THEMES.map((theme) => theme.code));
const parentOf = new Map(THEMES.map((theme) => [theme.code, theme.parentCode ?? theme.code]));

function score(train: CorpusRow[], evaluated: CorpusRow[], threshold: number | undefined): Scored[] {
  const model = rulesOnly ? null : ThemeModel.train(toTrainingExamples(train), createKeywordRules(THEMES));
  const classifier = createThemeClassifier(THEMES, { model, threshold });
  return evaluated.map((row) => {
    const suggestion = classifier.classify(row.text, { domain: recordDomain(row) });
    const suggested = suggestion?.themeCode ?? null;
    return {
      row,
      suggested,
      predicted: suggested && suggestion && suggestion.confidence >= classifier.threshold ? suggested : null,
      confidence: suggestion?.confidence ?? 0,
      evidence: suggestion?.evidence ?? [],
    };
  });
}

const isTheme = (code: string | null): code is string => code !== null && known.has(code);

interface Summary {
  n: number;
  macroF1: number;
  macroF1Parent: number;
  precision: number;
  coverage: number;
  accuracy: number;
}

function macroF1(rows: Scored[], map: (code: string) => string): number {
  const truths = [
    ...new Set(
      rows
        .map((row) => row.row.theme)
        .filter(isTheme)
        .map(map),
    ),
  ];
  if (truths.length === 0) return NaN;
  const f1s = truths.map((code) => {
    const support = rows.filter((row) => isTheme(row.row.theme) && map(row.row.theme) === code).length;
    const predicted = rows.filter((row) => isTheme(row.predicted) && map(row.predicted) === code).length;
    const hits = rows.filter(
      (row) =>
        isTheme(row.row.theme) &&
        isTheme(row.predicted) &&
        map(row.row.theme) === code &&
        map(row.predicted) === code,
    ).length;
    return hits === 0 ? 0 : (2 * hits) / (support + predicted);
  });
  return f1s.reduce((sum, value) => sum + value, 0) / f1s.length;
}

function summarise(rows: Scored[]): Summary {
  const themed = rows.filter((row) => isTheme(row.row.theme));
  const covered = rows.filter((row) => row.predicted !== null);
  const correct = covered.filter((row) => row.predicted === row.row.theme).length;
  return {
    n: rows.length,
    macroF1: macroF1(rows, (code) => code),
    macroF1Parent: macroF1(rows, (code) => parentOf.get(code) ?? code),
    precision: covered.length ? correct / covered.length : NaN,
    coverage: themed.length ? themed.filter((row) => row.predicted !== null).length / themed.length : NaN,
    accuracy: themed.length
      ? themed.filter((row) => row.predicted === row.row.theme).length / themed.length
      : NaN,
  };
}

const pct = (value: number): string =>
  Number.isNaN(value) ? '     -' : `${(value * 100).toFixed(1).padStart(5)}%`;

function table(title: string, groups: [string, Scored[]][]): void {
  console.log(`\n${title}`);
  console.log(
    `| ${'deel'.padEnd(22)} | ${'n'.padStart(5)} | macro-F1 | F1 hoofdthema | precisie | dekking | juist |`,
  );
  console.log(`|${'-'.repeat(24)}|${'-'.repeat(7)}|----------|---------------|----------|---------|-------|`);
  for (const [name, rows] of groups) {
    const s = summarise(rows);
    console.log(
      `| ${name.padEnd(22)} | ${String(s.n).padStart(5)} | ${pct(s.macroF1).padStart(8)} | ${pct(s.macroF1Parent).padStart(13)} | ${pct(s.precision).padStart(8)} | ${pct(s.coverage).padStart(7)} | ${pct(s.accuracy)} |`,
    );
  }
}

/** The same suggestions judged against another threshold (the model does not depend on it). */
const atThreshold = (rows: Scored[], threshold: number): Scored[] =>
  rows.map((row) => ({
    ...row,
    predicted: row.suggested && row.confidence >= threshold ? row.suggested : null,
  }));

/** The rule fixed in issue 15: the lowest threshold whose cross-validated precision is at least this. */
const TARGET_PRECISION = 0.9;

function sweep(rows: Scored[]): void {
  console.log('\nDrempel (kruisvalidatie op het trainingsdeel)');
  console.log('| drempel | macro-F1 | precisie | dekking | juist |');
  console.log('|---------|----------|----------|---------|-------|');
  let chosen: number | null = null;
  for (let step = 6; step <= 18; step++) {
    const threshold = step / 20;
    const s = summarise(atThreshold(rows, threshold));
    if (chosen === null && s.precision >= TARGET_PRECISION) chosen = threshold;
    console.log(
      `| ${threshold.toFixed(2).padStart(7)} | ${pct(s.macroF1).padStart(8)} | ${pct(s.precision).padStart(8)} | ${pct(s.coverage).padStart(7)} | ${pct(s.accuracy)} |`,
    );
  }
  console.log(
    `Laagste drempel met precisie >= ${TARGET_PRECISION}: ${chosen === null ? 'geen' : chosen.toFixed(2)}`,
  );
}

function groupBy(rows: Scored[], key: (row: CorpusRow) => string): [string, Scored[]][] {
  const groups = new Map<string, Scored[]>();
  for (const row of rows) groups.set(key(row.row), [...(groups.get(key(row.row)) ?? []), row]);
  return [...groups.entries()].sort((a, b) => a[0].localeCompare(b[0]));
}

function main(): void {
  const threshold = option('--threshold') === undefined ? undefined : Number(option('--threshold'));
  const train = readCorpus(join(CORPUS_DIRECTORY, 'train'));
  const unknown = train.filter(
    (row) => row.theme !== null && row.theme !== 'geen_thema' && !known.has(row.theme),
  );
  if (unknown.length > 0) throw new Error(`Onbekende themacodes: ${unknown.map((row) => row.id).join(', ')}`);
  const started = Date.now();
  let scored: Scored[];
  if (onTest) {
    const test = readCorpus(join(CORPUS_DIRECTORY, 'test'));
    scored = score(train, test, threshold);
    console.log(
      `Testdeel: ${test.length} teksten; getraind op ${train.length} teksten van het trainingsdeel`,
    );
  } else {
    // Five folds, stratified by theme: the two training writers covered different themes, so a fold per
    // writer would test themes the model never saw. The estimate is therefore same-writer (optimistic).
    const seen = new Map<string, number>();
    const foldOf = new Map(
      train.map((row) => {
        const key = row.theme ?? `lang:${row.lang}`;
        const index = seen.get(key) ?? 0;
        seen.set(key, index + 1);
        return [row.id, `fold${index % FOLDS}`];
      }),
    );
    const writer = (row: CorpusRow): string => foldOf.get(row.id) ?? '';
    const writers = [...new Set(train.map(writer))];
    scored = writers.flatMap((held) =>
      score(
        train.filter((row) => writer(row) !== held),
        train.filter((row) => writer(row) === held),
        threshold,
      ),
    );
    console.log(
      `Kruisvalidatie (${FOLDS} delen, per thema gelijk verdeeld) op ${train.length} trainingsteksten`,
    );
  }
  console.log(
    `${rulesOnly ? 'Alleen trefwoorden' : 'Trefwoorden + model'}; ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  if (args.includes('--sweep')) sweep(scored);
  table('Totaal', [['alle teksten', scored]]);
  table(
    'Per register',
    groupBy(scored, (row) => row.register),
  );
  table(
    'Per moeilijk geval',
    groupBy(scored, (row) => row.hard_case),
  );
  table(
    'Per bron',
    groupBy(scored, (row) => row.source),
  );
  const foreign = scored.filter((row) => row.row.lang !== 'nl');
  console.log(
    `\nNiet-Nederlandse teksten: ${foreign.length}, waarvan met een Nederlands thema: ${foreign.filter((row) => row.predicted !== null).length}`,
  );
  const noTheme = scored.filter((row) => row.row.theme === 'geen_thema');
  console.log(
    `Teksten zonder thema: ${noTheme.length}, waarvan toch een thema kregen: ${noTheme.filter((row) => row.predicted !== null).length}`,
  );
  if (showErrors) {
    console.log('\nFouten en gemiste teksten');
    for (const row of scored.filter(
      (entry) => entry.predicted !== (isTheme(entry.row.theme) ? entry.row.theme : null),
    )) {
      console.log(
        `  ${row.row.id} [${row.row.hard_case}] waar=${row.row.theme} voorspeld=${row.predicted ?? '-'} (${row.confidence}) [${row.evidence.join(', ')}] ${row.row.text.slice(0, 160)}`,
      );
    }
  }
}

main();
