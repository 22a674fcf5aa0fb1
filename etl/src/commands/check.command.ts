import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { type Command, InvalidArgumentError } from 'commander';
import type { Pool } from 'pg';
import { previewFile, type FilePreview } from '../preview/preview-file';
import { resolveProfile } from '../profiles/profile.store';
import type { Target } from '../profiles/targets';
import type { CommandTools } from './command-tools';

const TARGETS: Target[] = [
  'case_record',
  'objection_decision',
  'provider_report',
  'contract',
  'client_count',
];

function target(value: string): Target {
  if (!TARGETS.includes(value as Target)) throw new InvalidArgumentError(`kies uit ${TARGETS.join(', ')}`);
  return value as Target;
}

function show(value: unknown): string {
  const text = Array.isArray(value) ? value.join(';') : String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text.replace(/\s+/g, ' ');
}

function print(preview: FilePreview, tools: CommandTools): void {
  console.log(`${preview.file}: ${preview.description}`);
  console.log(`\nKolommen (kopregel op rij ${preview.headerLine}):`);
  console.log(
    tools.table(
      preview.columns.map((c) => ({
        kolom: c.column,
        'waarden (eerste)': show(c.values.slice(0, 3).join(' | ')),
        'voorstel veld': c.field ?? '',
        waarom: c.because ?? '',
      })),
    ),
  );
  for (const problem of preview.problems) console.log(`PROBLEEM: ${problem}`);
  for (const warning of preview.warnings) console.log(`Waarschuwing: ${warning}`);
  if (preview.rows.length > 0) {
    const fields = [...new Set(preview.rows.flatMap((row) => Object.keys(row.values)))];
    console.log(`\nZo worden de eerste ${preview.rows.length} rijen opgeslagen:`);
    console.log(
      tools.table(
        preview.rows.map((row) => ({
          rij: row.line,
          ...Object.fromEntries(
            fields.map((f) => [f, row.values[f] === undefined ? '' : show(row.values[f])]),
          ),
        })),
      ),
    );
  }
  if (preview.rejected.length > 0) {
    console.log(`\nAfgewezen (${preview.rejected.length}):`);
    for (const r of preview.rejected) console.log(`  rij ${r.line}: ${r.reason}`);
  }
  if (preview.redactions.length > 0) {
    console.log(`\nPersoonsgegevens die worden weggelakt (${preview.redactions.length} cellen):`);
    for (const r of preview.redactions) {
      console.log(`  rij ${r.line}, kolom "${r.column}": ${r.found.join(', ')}`);
    }
  }
}

/** `etl check <file> [--profile p]`: what an import would do, nothing stored. */
export function addCheckCommand(program: Command, tools: CommandTools): void {
  program
    .command('check')
    .description('laat zien hoe een bestand gelezen en opgeslagen zou worden, zonder iets op te slaan')
    .argument('<file>', 'CSV-, XLSX- of JSON-bestand')
    .option('-p, --profile <name>', 'profielnaam of pad; zonder profiel: kolommen en een conceptprofiel')
    .option(
      '-t, --target <target>',
      `doel voor het conceptprofiel (${TARGETS.join(', ')})`,
      target,
      'case_record',
    )
    .option('-n, --rows <n>', 'aantal rijen', (v) => Number.parseInt(v, 10), 50)
    .option('--draft <file>', 'schrijf het conceptprofiel naar dit YAML-bestand')
    .action(
      async (file: string, options: { profile?: string; target: Target; rows: number; draft?: string }) => {
        const preview = await tools.withDatabase(async (pool: Pool) =>
          previewFile(pool, {
            file: resolve(file),
            profile: options.profile ? await resolveProfile(pool, options.profile) : undefined,
            target: options.target,
            rows: options.rows,
          }),
        );
        print(preview, tools);
        if (preview.draft !== null) {
          if (options.draft) {
            await writeFile(resolve(options.draft), preview.draft);
            console.log(`\nConceptprofiel geschreven naar ${resolve(options.draft)}`);
          } else console.log(`\nConceptprofiel:\n${preview.draft}`);
        }
        if (preview.problems.length > 0) process.exitCode = 1;
      },
    );
}
