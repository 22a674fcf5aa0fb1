/**
 * Classification speed at import: texts per second for the keyword rules alone and for rules + model,
 * on 20,000 texts (the training split, repeated), and how many times slower the model makes it.
 *
 *   npx tsx etl/eval/speed.ts
 */
import { join } from 'node:path';
import { createThemeClassifier, type ThemeDefinition } from '../src/themes/classifier';
import { CORPUS_DIRECTORY, readCorpus, recordDomain, toTrainingExamples } from '../src/themes/corpus';
import { createKeywordRules } from '../src/themes/keyword-rules';
import { THEME_TAXONOMY } from '../src/themes/taxonomy';
import { ThemeModel } from '../src/themes/theme-model';

const TEXTS = 20_000;
const themes: ThemeDefinition[] = THEME_TAXONOMY.map((theme) => ({
  code: theme.code,
  keywords: [...theme.keywords],
  domainCode: theme.domainCode,
  parentCode: theme.parentCode,
}));
const corpus = readCorpus(join(CORPUS_DIRECTORY, 'train'));
const rows = Array.from({ length: TEXTS }, (_, index) => corpus[index % corpus.length]!);

/** Texts per second. */
function measure(label: string, model: ThemeModel | null): number {
  const classifier = createThemeClassifier(themes, { model });
  const started = process.hrtime.bigint();
  for (const row of rows) classifier.classify(row.text, { domain: recordDomain(row) });
  const rate = TEXTS / (Number(process.hrtime.bigint() - started) / 1e9);
  console.log(`${label.padEnd(22)} ${Math.round(rate).toLocaleString('nl-NL')} teksten/s`);
  return rate;
}

const averageLength = Math.round(rows.reduce((sum, row) => sum + row.text.length, 0) / rows.length);
console.log(`${TEXTS.toLocaleString('nl-NL')} teksten, gemiddeld ${averageLength} tekens`);
const rulesRate = measure('alleen trefwoorden', null);
const trainStarted = Date.now();
const model = ThemeModel.train(toTrainingExamples(corpus), createKeywordRules(themes));
console.log(`model getraind in ${((Date.now() - trainStarted) / 1000).toFixed(1)} s`);
const bytes = model.serialize();
const loadStarted = Date.now();
ThemeModel.deserialize(bytes);
console.log(`model: ${(bytes.length / 1e6).toFixed(1)} MB, geladen in ${Date.now() - loadStarted} ms`);
const modelRate = measure('trefwoorden + model', model);
console.log(`verhouding            ${(rulesRate / modelRate).toFixed(1)}x zo traag met model`);
