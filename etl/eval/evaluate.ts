/**
 * Evaluates the keyword classifier against a hand-labelled sample of Dutch complaint texts.
 *
 *   npx tsx etl/eval/evaluate.ts [--errors] [--sample path/to/sample.csv]
 *
 * The sample (labelled-sample.csv: id, theme_code, split, text) was written separately from the
 * demo generator's templates, so this measures the taxonomy keywords on text they were not built
 * from. Split `afstemming` (tuning) was used while choosing keywords and the phrase window; split
 * `controle` (hold-out) was written afterwards and not tuned on, so its numbers are the honest ones.
 * Prints precision / recall / F1 per theme, macro averages and coverage, for the exact theme code and
 * rolled up to the top-level theme (a subtheme counts as its parent), plus a summary per split and
 * per confidence threshold.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { createThemeClassifier, SUGGESTION_THRESHOLD } from '../src/themes/classifier';
import { THEME_TAXONOMY } from '../src/themes/taxonomy';

interface SampleRow {
  id: string;
  theme_code: string;
  split: string;
  text: string;
}

interface Scored {
  id: string;
  split: string;
  truth: string;
  predicted: string | null;
  confidence: number;
  evidence: string[];
  text: string;
}

interface ThemeMetrics {
  code: string;
  support: number;
  predicted: number;
  truePositives: number;
  precision: number | null;
  recall: number;
  f1: number | null;
}

const args = process.argv.slice(2);
const samplePath = args.includes('--sample')
  ? (args[args.indexOf('--sample') + 1] ?? '')
  : join(__dirname, 'labelled-sample.csv');
const showErrors = args.includes('--errors');

const parentOf = new Map(THEME_TAXONOMY.map((theme) => [theme.code, theme.parentCode ?? theme.code]));
const rollUp = (code: string | null): string | null => (code === null ? null : (parentOf.get(code) ?? code));

function metrics(rows: Scored[], map: (code: string | null) => string | null): ThemeMetrics[] {
  const codes = [...new Set(rows.map((row) => map(row.truth) ?? ''))].sort();
  return codes.map((code) => {
    const support = rows.filter((row) => map(row.truth) === code).length;
    const predicted = rows.filter((row) => map(row.predicted) === code).length;
    const truePositives = rows.filter((row) => map(row.truth) === code && map(row.predicted) === code).length;
    const precision = predicted === 0 ? null : truePositives / predicted;
    const recall = support === 0 ? 0 : truePositives / support;
    const f1 =
      precision === null || precision + recall === 0 ? null : (2 * precision * recall) / (precision + recall);
    return { code, support, predicted, truePositives, precision, recall, f1 };
  });
}

const pct = (value: number | null): string =>
  value === null ? '   n/a' : `${(value * 100).toFixed(1).padStart(5)}%`;
const mean = (values: number[]): number => values.reduce((sum, value) => sum + value, 0) / values.length;

function macro(table: ThemeMetrics[]): { precision: number; recall: number; f1: number } {
  // A theme that was never predicted counts as precision 0 / F1 0.
  return {
    precision: mean(table.map((row) => row.precision ?? 0)),
    recall: mean(table.map((row) => row.recall)),
    f1: mean(table.map((row) => row.f1 ?? 0)),
  };
}

function report(title: string, table: ThemeMetrics[]): void {
  console.log(`\n${title}`);
  console.log(
    `${'theme'.padEnd(24)} ${'n'.padStart(3)} ${'pred'.padStart(4)} ${'precision'.padStart(9)} ${'recall'.padStart(7)} ${'F1'.padStart(7)}`,
  );
  for (const row of table) {
    console.log(
      `${row.code.padEnd(24)} ${String(row.support).padStart(3)} ${String(row.predicted).padStart(4)} ${pct(row.precision).padStart(9)} ${pct(row.recall).padStart(7)} ${pct(row.f1).padStart(7)}`,
    );
  }
  const average = macro(table);
  console.log(
    `${'macro average'.padEnd(24)} ${''.padStart(8)} ${pct(average.precision).padStart(9)} ${pct(average.recall).padStart(7)} ${pct(average.f1).padStart(7)}`,
  );
}

function main(): void {
  const rows = parse<SampleRow>(readFileSync(samplePath), {
    columns: true,
    skip_empty_lines: true,
    bom: true,
  });
  const known = new Set(THEME_TAXONOMY.map((theme) => theme.code));
  const unknown = rows.filter((row) => !known.has(row.theme_code));
  if (unknown.length > 0) {
    throw new Error(
      `Onbekende themacodes in de steekproef: ${unknown.map((row) => `${row.id}:${row.theme_code}`).join(', ')}`,
    );
  }
  const classifier = createThemeClassifier(
    THEME_TAXONOMY.map((theme) => ({ code: theme.code, keywords: [...theme.keywords] })),
  );
  const started = process.hrtime.bigint();
  const score = (threshold: number): Scored[] =>
    rows.map((row) => {
      const suggestion = classifier.classify(row.text);
      const accepted = suggestion !== null && suggestion.confidence >= threshold;
      return {
        id: row.id,
        split: row.split,
        truth: row.theme_code,
        predicted: accepted ? suggestion.themeCode : null,
        confidence: suggestion?.confidence ?? 0,
        evidence: suggestion?.evidence ?? [],
        text: row.text,
      };
    });
  const scored = score(SUGGESTION_THRESHOLD);
  const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
  const anySuggestion = rows.filter((row) => classifier.classify(row.text) !== null).length;
  const covered = scored.filter((row) => row.predicted !== null);
  const correct = covered.filter((row) => row.predicted === row.truth).length;
  const correctRolled = covered.filter((row) => rollUp(row.predicted) === rollUp(row.truth)).length;

  console.log(
    `Steekproef: ${rows.length} teksten, ${THEME_TAXONOMY.length} thema's; drempel ${SUGGESTION_THRESHOLD}`,
  );
  report(
    'Per thema (exacte code)',
    metrics(scored, (code) => code),
  );
  report('Per hoofdthema (subthema telt als zijn hoofdthema)', metrics(scored, rollUp));
  console.log('\nDekking');
  console.log(`  met een suggestie (elke zekerheid):    ${pct(anySuggestion / rows.length)}`);
  console.log(`  met een suggestie >= drempel:          ${pct(covered.length / rows.length)}`);
  console.log(
    `  juist binnen de dekking (exact):       ${pct(covered.length ? correct / covered.length : 0)}`,
  );
  console.log(
    `  juist binnen de dekking (hoofdthema):  ${pct(covered.length ? correctRolled / covered.length : 0)}`,
  );
  console.log(`  juist over alles (exact):              ${pct(correct / rows.length)}`);
  console.log(
    `  tijd: ${elapsedMs.toFixed(1)} ms (${((elapsedMs * 1000) / rows.length).toFixed(1)} µs per tekst)`,
  );

  console.log('\nPer deel van de steekproef (drempel ' + String(SUGGESTION_THRESHOLD) + ')');
  console.log(
    `${'deel'.padEnd(12)} ${'n'.padStart(4)} ${'precisie'.padStart(9)} ${'recall'.padStart(7)} ${'F1'.padStart(7)} ${'dekking'.padStart(8)} ${'F1 hoofd'.padStart(9)}`,
  );
  for (const split of [...new Set(scored.map((row) => row.split))]) {
    const part = scored.filter((row) => row.split === split);
    const exact = macro(metrics(part, (code) => code));
    const rolled = macro(metrics(part, rollUp));
    const coverage = part.filter((row) => row.predicted !== null).length / part.length;
    console.log(
      `${split.padEnd(12)} ${String(part.length).padStart(4)} ${pct(exact.precision).padStart(9)} ${pct(exact.recall).padStart(7)} ${pct(exact.f1).padStart(7)} ${pct(coverage).padStart(8)} ${pct(rolled.f1).padStart(9)}`,
    );
  }

  console.log('\nPer drempel (hele steekproef)');
  console.log(
    `${'drempel'.padEnd(8)} ${'precisie'.padStart(9)} ${'recall'.padStart(7)} ${'F1'.padStart(7)} ${'dekking'.padStart(8)}`,
  );
  for (const threshold of [0.3, 0.4, 0.5, 0.6, 0.7]) {
    const atThreshold = score(threshold);
    const exact = macro(metrics(atThreshold, (code) => code));
    const coverage = atThreshold.filter((row) => row.predicted !== null).length / atThreshold.length;
    console.log(
      `${threshold.toFixed(1).padEnd(8)} ${pct(exact.precision).padStart(9)} ${pct(exact.recall).padStart(7)} ${pct(exact.f1).padStart(7)} ${pct(coverage).padStart(8)}`,
    );
  }

  if (showErrors) {
    console.log('\nFouten en gemiste teksten');
    for (const row of scored.filter((entry) => entry.predicted !== entry.truth)) {
      console.log(
        `  #${row.id} waar=${row.truth} voorspeld=${row.predicted ?? '-'} (${row.confidence}) [${row.evidence.join(', ')}] ${row.text}`,
      );
    }
  }
}

main();
