// ETL throughput and memory: `npx jest --config test/bench/jest.config.js --runInBand etl.bench`.
// 1. Generates a BENCH_ETL_ROWS-row (default 1,000,000) export in the format of the shipped profile
//    gemeente-klachten (CSV, ';', Windows-1252, dd-mm-jjjj, BSNs, free text) and times, in the same
//    run and database server, a raw PostgreSQL COPY of that file into a bare all-text table against
//    our full import (read, normalise, pseudonymise, redact, classify, stage with COPY, merge into
//    case_record + case_theme, rejected rows, rollups), and against a COPY of the rows it stored into an
//    empty copy of the indexed case_record (the limit of this schema). Prints rows/s and both ratios,
//    the same for our staging phase alone (everything up to and including the COPY into the staging
//    table), and then imports a monthly export of 50,000 rows (a fifth of them re-exported records) into
//    the loaded database and prints how long its rollup refresh took. Per phase of the full import it
//    prints wall-clock and CPU seconds (ImportSummary.phases); BENCH_THREADS_AB_ROWS stages a file with the
//    staging thread counts of BENCH_THREADS_AB (default 0,1; redaction and classification) alternately;
//    BENCH_MONTHLY_ROWS=0 skips the monthly import, whose phases are printed too, with a full recompute of
//    the signals on the same data.
// 2. Spawns the CLI as a child process on a BENCH_RSS_ROWS-row file (default 10,000,000) and records
//    its peak RSS (VmHWM). By default the child is stopped once it has read and staged every row and
//    enters the merge phase: from then on only PostgreSQL works and the process merely awaits the
//    result, so its memory cannot grow any more. BENCH_RSS_COMPLETE=1 waits for the whole import.
//    BENCH_RSS_ROWS=0 skips this part (quick throughput runs).
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { createTestDatabase, type TestDatabase } from '@leerlus/sql/testing';
import { seedDemoReference } from '../../etl/src/demo/reference';
import { importFile, type ImportSummary } from '../../etl/src/import-file';
import { cliImportArgs } from './support/cliImport';
import { EXPORT_DAYS, generateExport, KLACHTEN_HEADERS } from './support/klachtenExport';

const ROWS = Number(process.env.BENCH_ETL_ROWS ?? 1_000_000);
const RSS_ROWS = Number(process.env.BENCH_RSS_ROWS ?? 10_000_000);
const RSS_COMPLETE = process.env.BENCH_RSS_COMPLETE === '1';
const itRss = RSS_ROWS > 0 ? it : it.skip;
/** Rows of the monthly export imported into the loaded database (a fifth of them re-exports); 0 skips it. */
const MONTHLY_ROWS = Number(process.env.BENCH_MONTHLY_ROWS ?? 50_000);
/** Rows of the file staged with and without a staging thread, alternately, in the same run; 0 skips it. */
const THREADS_AB_ROWS = Number(process.env.BENCH_THREADS_AB_ROWS ?? 0);

const ROOT = resolve(__dirname, '..', '..');
const MUNICIPALITY = 'GM9901';
const KEY = 'benchmark-pseudonym-key-0123456789';

const log = (message: string): void => {
  process.stdout.write(`${message}\n`);
};
const rate = (rows: number, ms: number): number => Math.round(rows / (ms / 1000));
const fmt = (n: number): string => n.toLocaleString('en-US');

/** CPU seconds (user + system) used so far by each PostgreSQL backend connected to this database. */
async function backendCpu(db: TestDatabase): Promise<Map<number, number>> {
  const { rows } = await db.pool.query<{ pid: number }>(
    'SELECT pid FROM pg_stat_activity WHERE datname = current_database()',
  );
  const cpu = new Map<number, number>();
  for (const { pid } of rows) {
    try {
      const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      cpu.set(pid, (Number(fields[11]) + Number(fields[12])) / 100);
    } catch {
      // Not on Linux, or the server runs elsewhere: CPU figures are then left out.
    }
  }
  return cpu;
}

/**
 * Samples backendCpu every 200 ms and keeps the last value per backend: the import's own session
 * ends with the import (a fresh session per import), so a single snapshot afterwards would miss it.
 */
function cpuSampler(db: TestDatabase): {
  snapshot: () => Map<number, number>;
  stop: () => Promise<Map<number, number>>;
} {
  const seen = new Map<number, number>();
  let running = true;
  const loop = (async () => {
    while (running) {
      for (const [pid, seconds] of await backendCpu(db)) seen.set(pid, Math.max(seen.get(pid) ?? 0, seconds));
      await new Promise((done) => setTimeout(done, 200));
    }
  })();
  return {
    snapshot: () => new Map(seen),
    stop: async () => {
      running = false;
      await loop;
      for (const [pid, seconds] of await backendCpu(db)) seen.set(pid, Math.max(seen.get(pid) ?? 0, seconds));
      return seen;
    },
  };
}

function cpuSpent(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, seconds] of after) total += seconds - (before.get(pid) ?? 0);
  return total;
}

/** Peak resident set size (VmHWM) of a process, in MiB; null when it has exited. */
async function peakRss(pid: number): Promise<number | null> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const match = /VmHWM:\s+(\d+) kB/.exec(status);
    return match ? Math.round(Number(match[1]) / 1024) : null;
  } catch {
    return null;
  }
}

/**
 * The limit of this schema for loading: the rows the import stored, copied (COPY, binary-free text
 * format) into an empty table made LIKE case_record INCLUDING ALL (its indexes, checks and defaults;
 * no foreign keys). Returns the rows, the time of that COPY alone and the number of indexes.
 */
async function copyIntoIndexedTwin(
  db: TestDatabase,
  dir: string,
): Promise<{ rows: number; ms: number; cpu: number; indexes: number }> {
  const file = join(dir, 'case_record.copy');
  const client = await db.pool.connect();
  try {
    // Generated columns (the search vector) cannot be copied in: the twin computes them itself, as the import does.
    const { rows: stored } = await client.query<{ columns: string }>(
      `SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) AS columns FROM pg_attribute
       WHERE attrelid = 'case_record'::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = ''`,
    );
    const columns = stored[0]!.columns;
    await pipeline(
      client.query(
        copyTo(
          `COPY (SELECT ${columns} FROM case_record WHERE municipality_code = '${MUNICIPALITY}' ORDER BY id) TO STDOUT`,
        ),
      ),
      createWriteStream(file),
    );
    await client.query('CREATE TABLE bench_indexed (LIKE case_record INCLUDING ALL)');
    const cpuBefore = await backendCpu(db);
    const started = performance.now();
    const copied = await pipeline(
      createReadStream(file, { highWaterMark: 1 << 20 }),
      client.query(copyFrom(`COPY bench_indexed (${columns}) FROM STDIN`)),
    ).then(() => performance.now() - started);
    const cpu = cpuSpent(cpuBefore, await backendCpu(db));
    const { rows } = await client.query<{ rows: number; indexes: number }>(
      `SELECT (SELECT count(*) FROM bench_indexed)::int AS rows,
              (SELECT count(*) FROM pg_index WHERE indrelid = 'bench_indexed'::regclass)::int AS indexes`,
    );
    await client.query('DROP TABLE bench_indexed');
    return { rows: rows[0]!.rows, ms: copied, cpu, indexes: rows[0]!.indexes };
  } finally {
    client.release();
    await rm(file, { force: true });
  }
}

describe('ETL throughput', () => {
  let db: TestDatabase;
  let dir: string;

  beforeAll(async () => {
    process.env.LEERLUS_PSEUDONYM_KEY = KEY;
    db = await createTestDatabase();
    await seedDemoReference(db.pool);
    dir = await mkdtemp(join(tmpdir(), 'leerlus-etl-bench-'));
  });

  afterAll(async () => {
    await db?.drop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it(`imports ${fmt(ROWS)} rows; compares with a raw COPY and an indexed COPY; refreshes a monthly import`, async () => {
    const file = join(dir, 'klachten.csv');
    let started = performance.now();
    const size = await generateExport(file, { rows: ROWS });
    log(
      `Generated ${fmt(ROWS)} rows, ${(size / 1048576).toFixed(0)} MiB, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );

    const client = await db.pool.connect();
    let rawMs: number;
    let rawCpu: number;
    try {
      await client.query(`CREATE TABLE bench_raw (${KLACHTEN_HEADERS.map((h) => `"${h}" text`).join(', ')})`);
      const cpuBefore = await backendCpu(db);
      started = performance.now();
      await pipeline(
        createReadStream(file, { highWaterMark: 1 << 20 }),
        client.query(
          copyFrom(
            `COPY bench_raw FROM STDIN WITH (FORMAT csv, HEADER true, DELIMITER ';', ENCODING 'WIN1252')`,
          ),
        ),
      );
      rawMs = performance.now() - started;
      rawCpu = cpuSpent(cpuBefore, await backendCpu(db));
      await client.query('DROP TABLE bench_raw');
    } finally {
      client.release();
    }

    const pgBefore = await backendCpu(db);
    const sampler = cpuSampler(db);
    const nodeBefore = process.cpuUsage();
    started = performance.now();
    let stagedMs = 0;
    let stagedNodeCpu = { user: 0, system: 0 };
    let stagedPgCpu = new Map<number, number>();
    const summary = await importFile(db.pool, {
      file,
      profile: 'gemeente-klachten',
      municipalityCode: MUNICIPALITY,
      dataDir: dir,
      measureCpu: true,
      onProgress: (progress) => {
        if (progress.phase === 'samenvoegen' && stagedMs === 0) {
          stagedMs = performance.now() - started;
          stagedNodeCpu = process.cpuUsage(nodeBefore);
          stagedPgCpu = sampler.snapshot();
        }
      },
    });
    const oursMs = performance.now() - started;
    const nodeCpu = (({ user, system }) => (user + system) / 1e6)(process.cpuUsage(nodeBefore));
    const pgCpu = cpuSpent(pgBefore, await sampler.stop());
    const stagingCpu = (stagedNodeCpu.user + stagedNodeCpu.system) / 1e6 + cpuSpent(pgBefore, stagedPgCpu);
    expect(summary.status).toBe('succeeded');
    expect(summary.rowsInserted + summary.rowsRejected).toBe(ROWS);

    const indexed = await copyIntoIndexedTwin(db, dir);
    const raw = rate(ROWS, rawMs);
    const indexedRate = rate(indexed.rows, indexed.ms);
    const ours = rate(ROWS, oursMs);
    const staged = rate(ROWS, stagedMs);
    log('');
    const row = (label: string, ms: number, perSecond: number): string =>
      `| ${label.padEnd(66)} | ${(ms / 1000).toFixed(1).padStart(7)} | ${fmt(perSecond).padStart(9)} | ` +
      `${(perSecond / raw).toFixed(2).padStart(11)} | ${(perSecond / indexedRate).toFixed(2).padStart(15)} |`;
    log(`| ${`${fmt(ROWS)} rows`.padEnd(66)} | seconds | rows/s    | vs raw COPY | vs indexed COPY |`);
    log(`|${'-'.repeat(68)}|---------|-----------|-------------|-----------------|`);
    log(row('raw COPY of the file into a bare all-text table', rawMs, raw));
    log(
      row(
        `COPY of the imported ${fmt(indexed.rows)} rows into a copy of indexed case_record`,
        indexed.ms,
        indexedRate,
      ),
    );
    log(row('ours: read, normalise, pseudonymise, classify, stage (COPY)', stagedMs, staged));
    log(row('ours: full import (stage + merge + themes + refreshes)', oursMs, ours));
    log(
      `(merge phase ${((oursMs - stagedMs) / 1000).toFixed(1)} s; inserted ${fmt(summary.rowsInserted)}, rejected ${fmt(summary.rowsRejected)}; ` +
        `the indexed copy has case_record's ${indexed.indexes} indexes, constraints and defaults, without foreign keys)`,
    );
    log('');
    printPhases(summary.phases, oursMs, ROWS);
    log(
      `CPU seconds (robust when the machine is shared): raw COPY ${rawCpu.toFixed(1)} s in PostgreSQL; ` +
        `indexed COPY ${indexed.cpu.toFixed(1)} s in PostgreSQL (CPU ratio indexed/ours ` +
        `${(indexed.cpu / (nodeCpu + pgCpu)).toFixed(2)}); ` +
        `ours ${nodeCpu.toFixed(1)} s in Node + ${pgCpu.toFixed(1)} s in PostgreSQL ` +
        `(CPU ratio raw/ours ${(rawCpu / (nodeCpu + pgCpu)).toFixed(2)}; staging phase alone ${stagingCpu.toFixed(1)} s, ` +
        `ratio ${(rawCpu / stagingCpu).toFixed(2)}); load average ${loadavg()
          .map((l) => l.toFixed(1))
          .join(' ')}`,
    );

    if (THREADS_AB_ROWS > 0) await compareRedactionThreads();
    if (MONTHLY_ROWS === 0) return;
    // A monthly export into the database just loaded: 40,000 new records in the last two months and
    // 10,000 re-exported ones (other values, other months).
    const monthly = join(dir, 'maand.csv');
    await generateExport(monthly, {
      rows: MONTHLY_ROWS,
      firstRow: ROWS - MONTHLY_ROWS / 5,
      firstDay: EXPORT_DAYS - 60,
      days: 60,
      seed: 7,
    });
    started = performance.now();
    const month = await importFile(db.pool, {
      file: monthly,
      profile: 'gemeente-klachten',
      municipalityCode: MUNICIPALITY,
      dataDir: dir,
      measureCpu: true,
    });
    const monthlyMs = performance.now() - started;
    expect(month.status).toBe('succeeded');
    log(
      `\nMonthly import of ${fmt(MONTHLY_ROWS)} rows into ${fmt(summary.rowsInserted)} records: ` +
        `${(monthlyMs / 1000).toFixed(1)} s in all (inserted ${fmt(month.rowsInserted)}, updated ${fmt(month.rowsUpdated)}); ` +
        `rollup refresh ${fmt(month.rollupsRefreshMs)} ms`,
    );
    printPhases(month.phases, monthlyMs, MONTHLY_ROWS);
    // The import recomputed the signals of the periods it reached; the same data, every period:
    const signalsCpu = await backendCpu(db);
    started = performance.now();
    await db.pool.query('SELECT * FROM refresh_signals($1)', [MUNICIPALITY]);
    log(
      `Full recompute of the signals on the same data: ${((performance.now() - started) / 1000).toFixed(1)} s, ` +
        `${cpuSpent(signalsCpu, await backendCpu(db)).toFixed(1)} CPU s in PostgreSQL`,
    );
    // This export also corrects records from every year, so the import recomputed nearly every period. The
    // usual monthly export changes only its own months: the same recompute for a delta from its first day.
    const recentCpu = await backendCpu(db);
    started = performance.now();
    const firstDay = new Date(Date.UTC(2021, 0, 1 + EXPORT_DAYS - 60)).toISOString().slice(0, 10);
    await db.pool.query('SELECT * FROM refresh_signals($1, NULL, $2::date)', [MUNICIPALITY, firstDay]);
    log(
      `Signals for changes from ${firstDay} on (the export's own months): ` +
        `${((performance.now() - started) / 1000).toFixed(1)} s, ` +
        `${cpuSpent(recentCpu, await backendCpu(db)).toFixed(1)} CPU s in PostgreSQL`,
    );
  });

  /** Wall-clock and CPU seconds per phase of an import (ImportSummary.phases). */
  function printPhases(phases: ImportSummary['phases'], totalMs: number, rows: number): void {
    const seconds = (ms: number | undefined): string => (ms === undefined ? '-' : (ms / 1000).toFixed(1));
    log(
      `| phase of the full import${' '.repeat(18)} | seconds | share | rows/s alone | CPU s Node | CPU s PostgreSQL |`,
    );
    log(`|${'-'.repeat(44)}|---------|-------|--------------|------------|------------------|`);
    for (const { phase, ms, nodeCpuMs, databaseCpuMs } of phases) {
      log(
        `| ${phase.padEnd(42)} | ${seconds(ms).padStart(7)} | ${`${Math.round((100 * ms) / totalMs)} %`.padStart(5)} | ` +
          `${(ms > 0 ? fmt(rate(rows, ms)) : '-').padStart(12)} | ${seconds(nodeCpuMs).padStart(10)} | ` +
          `${seconds(databaseCpuMs).padStart(16)} |`,
      );
    }
  }

  /**
   * The staging phase of one file with two numbers of staging threads (BENCH_THREADS_AB, default "0,1"),
   * alternately a, b, b, a, a, b (drift in the machine's load weighs on both), re-imported with --force;
   * only the staging phase is compared. The option passes the thread count as given, also above the
   * default's cap of one thread less than the cores.
   */
  async function compareRedactionThreads(): Promise<void> {
    const file = join(dir, 'threads.csv');
    await generateExport(file, { rows: THREADS_AB_ROWS, seed: 11 });
    const [a = 0, b = 1] = (process.env.BENCH_THREADS_AB ?? '0,1').split(',').map(Number);
    const runs: { threads: number; ms: number; nodeCpuMs: number }[] = [];
    for (const threads of [a, b, b, a, a, b]) {
      const result = await importFile(db.pool, {
        file,
        profile: 'gemeente-klachten',
        municipalityCode: MUNICIPALITY,
        dataDir: dir,
        measureCpu: true,
        deferRefresh: true,
        force: true,
        stagingThreads: threads,
      });
      const staged = result.phases.find((p) => p.phase.startsWith('stage'));
      runs.push({ threads, ms: staged?.ms ?? 0, nodeCpuMs: staged?.nodeCpuMs ?? 0 });
    }
    log('');
    for (const threads of [a, b]) {
      const mine = runs.filter((r) => r.threads === threads);
      const ms = mine.reduce((sum, r) => sum + r.ms, 0) / mine.length;
      const cpu = mine.reduce((sum, r) => sum + r.nodeCpuMs, 0) / mine.length;
      log(
        `Staging ${fmt(THREADS_AB_ROWS)} rows with ${threads} staging thread(s): ${mine.map((r) => (r.ms / 1000).toFixed(1)).join(' s, ')} s ` +
          `(mean ${fmt(rate(THREADS_AB_ROWS, ms))} rows/s; Node CPU ${(cpu / 1000).toFixed(1)} s)`,
      );
    }
  }

  itRss(`keeps memory flat: peak RSS of the CLI importing ${fmt(RSS_ROWS)} rows`, async () => {
    const file = join(dir, 'groot.csv');
    let started = performance.now();
    const size = await generateExport(file, { rows: RSS_ROWS });
    log(
      `Generated ${fmt(RSS_ROWS)} rows, ${(size / 1048576).toFixed(0)} MiB, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    // Measure the CLI as it ships (compiled), not under a TypeScript loader.
    execFileSync(process.execPath, [
      join(ROOT, 'node_modules/typescript/bin/tsc'),
      '-b',
      join(ROOT, 'etl/tsconfig.build.json'),
    ]);
    await db.pool.query('TRUNCATE case_record CASCADE');
    const child: ChildProcess = spawn(process.execPath, cliImportArgs(file, MUNICIPALITY), {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: db.url, LEERLUS_PSEUDONYM_KEY: KEY, LEERLUS_DATA_DIR: dir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (data: Buffer) => (output += data.toString()));
    child.stderr?.on('data', (data: Buffer) => (output += data.toString()));
    const exited = once(child, 'exit');
    started = performance.now();
    let peak = 0;
    let stagedAt = 0;
    for (;;) {
      const value = await peakRss(child.pid as number);
      if (value !== null) peak = Math.max(peak, value);
      if (child.exitCode !== null || child.signalCode !== null) break;
      if (!stagedAt && /samenvoegen:/.test(output)) {
        stagedAt = performance.now();
        if (!RSS_COMPLETE) {
          child.kill('SIGKILL');
          break;
        }
      }
      await new Promise((done) => setTimeout(done, 250));
    }
    await exited;
    const seconds = ((stagedAt || performance.now()) - started) / 1000;
    log('');
    log(
      `Peak RSS of the CLI: ${peak} MiB after reading and staging ${fmt(RSS_ROWS)} rows ` +
        `(${(size / 1048576).toFixed(0)} MiB file) in ${seconds.toFixed(0)} s, ${fmt(rate(RSS_ROWS, seconds * 1000))} rows/s` +
        (RSS_COMPLETE
          ? ` (complete import: ${output.includes('geslaagd') ? 'succeeded' : 'see output'})`
          : ' (stopped when the merge began)'),
    );
    expect(stagedAt).toBeGreaterThan(0);
    expect(peak).toBeLessThan(1024);
  });
});
