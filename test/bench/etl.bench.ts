// ETL throughput and memory: `npx jest --config test/bench/jest.config.js --runInBand etl.bench`.
// 1. Generates a BENCH_ETL_ROWS-row (default 1,000,000) export in the format of the shipped profile
//    gemeente-klachten (CSV, ';', Windows-1252, dd-mm-jjjj, BSNs, free text) and times, in the same
//    run and database server, a raw PostgreSQL COPY of that file into a bare all-text table against
//    our full import (read, normalise, pseudonymise, redact, classify, stage with COPY, merge into
//    case_record + case_theme, rejected rows, rollups). Prints rows/s of both and the ratio, and the
//    same for our staging phase alone (everything up to and including the COPY into the staging table).
// 2. Spawns the CLI as a child process on a BENCH_RSS_ROWS-row file (default 10,000,000) and records
//    its peak RSS (VmHWM). By default the child is stopped once it has read and staged every row and
//    enters the merge phase: from then on only PostgreSQL works and the process merely awaits the
//    result, so its memory cannot grow any more. BENCH_RSS_COMPLETE=1 waits for the whole import.
//    BENCH_RSS_ROWS=0 skips this part (quick throughput runs).
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { once } from 'node:events';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pipeline } from 'node:stream/promises';
import iconv from 'iconv-lite';
import { from as copyFrom } from 'pg-copy-streams';
import { createTestDatabase, type TestDatabase } from '@leerlus/sql/testing';
import { seedDemoReference } from '../../etl/src/demo/reference';
import { importFile } from '../../etl/src/import-file';
import { elfproef } from '../../etl/src/privacy/bsn';
import { loadProfile } from '../../etl/src/profiles/profile.loader';

const ROWS = Number(process.env.BENCH_ETL_ROWS ?? 1_000_000);
const RSS_ROWS = Number(process.env.BENCH_RSS_ROWS ?? 10_000_000);
const RSS_COMPLETE = process.env.BENCH_RSS_COMPLETE === '1';
const itRss = RSS_ROWS > 0 ? it : it.skip;
const ROOT = resolve(__dirname, '..', '..');
const MUNICIPALITY = 'GM9901';
const KEY = 'benchmark-pseudonym-key-0123456789';

const log = (message: string): void => {
  process.stdout.write(`${message}\n`);
};
const rate = (rows: number, ms: number): number => Math.round(rows / (ms / 1000));
const fmt = (n: number): string => n.toLocaleString('en-US');

/** Small deterministic PRNG (mulberry32): the benchmark file is the same every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HEADERS = [
  'Zaaknummer',
  'Soort',
  'Domein',
  'Onderwerp',
  'Kanaal',
  'Indiener',
  'Route',
  'Datum ontvangst',
  'Datum ontvangstbevestiging',
  'Datum afgehandeld',
  'Verdaagd',
  'Externe commissie',
  'Uitkomst',
  'Maatregelen',
  'Teruggekoppeld',
  'BSN',
  'Wijk',
  'Omschrijving',
  'Betreft aanbieder',
  'Afdeling',
];

const OPENINGS = [
  'Ik wacht al weken op',
  'Mevrouw belde boos over',
  'De cliënt is ontevreden over',
  'Meneer klaagt over',
  'Al maanden geen reactie op',
  'Onvriendelijke behandeling bij',
  'Niemand neemt op bij vragen over',
  'Verkeerde informatie gekregen over',
  'Afspraak niet nagekomen voor',
  'Ouders maken zich zorgen over',
];
const SUBJECTS = [
  'de huishoudelijke hulp',
  'de aanvraag voor een scootmobiel',
  'de uitkering van deze maand',
  'de jeugdhulp voor onze zoon',
  'het keukentafelgesprek',
  'de beschikking',
  'de schuldhulpverlening',
  'het vervoer naar de dagbesteding',
  'de eigen bijdrage',
  'de inburgeringscursus',
  'de woningaanpassing',
  'de terugvordering',
];
const CLOSINGS = [
  '.',
  ', dat duurt veel te lang.',
  '; graag snel contact.',
  ', de medewerker was kortaf.',
  ' en niemand belt terug.',
  ', ik ben het hier niet mee eens.',
  '. Bel mij op 06-12345678.',
  ', mail naar inwoner@example.nl.',
];

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function dutchDate(day: number): string {
  const date = new Date(Date.UTC(2021, 0, 1) + day * 86_400_000);
  return `${pad2(date.getUTCDate())}-${pad2(date.getUTCMonth() + 1)}-${date.getUTCFullYear()}`;
}

function csvCell(value: string): string {
  return /[;"\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Writes `rows` rows in the shape of the gemeente-klachten export (Windows-1252, ';'). */
async function generateExport(file: string, rows: number): Promise<number> {
  const profile = await loadProfile('gemeente-klachten');
  const keys = (name: string): string[] =>
    Object.keys(profile.vocabularies[name] ?? {}).filter((k) => k !== '*');
  const pick = <T>(list: readonly T[], r: number): T => list[Math.floor(r * list.length)] as T;
  const soort = keys('soort');
  const domein = keys('domein');
  const onderwerp = keys('onderwerp');
  const kanaal = keys('kanaal');
  const indiener = keys('indiener');
  const route = keys('route');
  const uitkomst = keys('uitkomst');
  const maatregelen = keys('maatregelen');
  const aanbieders = keys('aanbieders');
  const rnd = random(2015);
  // 300,000 citizens with valid BSNs; repeat contacts are common.
  const citizens: string[] = [];
  for (let n = 100_000_000; citizens.length < 300_000; n += 7) {
    const candidate = String(n);
    if (elfproef(candidate)) citizens.push(candidate);
  }
  const out = createWriteStream(file);
  const write = async (text: string): Promise<void> => {
    if (!out.write(iconv.encode(text, 'win1252'))) await once(out, 'drain');
  };
  await write(`${HEADERS.join(';')}\r\n`);
  let chunk = '';
  for (let i = 0; i < rows; i++) {
    const received = Math.floor(rnd() * 2000);
    const closed = rnd() < 0.88 ? received + 5 + Math.floor(rnd() * 90) : -1;
    const general = rnd() < 0.3;
    const text = `${pick(OPENINGS, rnd())} ${pick(SUBJECTS, rnd())}${pick(CLOSINGS, rnd())}`;
    const line = [
      `Z${2021 + Math.floor(received / 366)}-${String(i + 1).padStart(8, '0')}`,
      pick(soort, rnd()),
      pick(domein, rnd()),
      general ? 'Overig' : pick(onderwerp, rnd()),
      pick(kanaal, rnd()),
      pick(indiener, rnd()),
      pick(route, rnd()),
      dutchDate(received),
      dutchDate(received + Math.floor(rnd() * 5)),
      closed >= 0 ? dutchDate(closed) : '',
      rnd() < 0.1 ? 'ja' : 'nee',
      rnd() < 0.05 ? 'ja' : 'nee',
      closed >= 0 ? pick(uitkomst, rnd()) : 'In behandeling',
      rnd() < 0.4 ? `${pick(maatregelen, rnd())}, ${pick(maatregelen, rnd())}` : '',
      rnd() < 0.7 ? 'ja' : 'nee',
      rnd() < 0.9 ? pick(citizens, rnd()) : '',
      `WK9901${pad2(1 + Math.floor(rnd() * 8))}`,
      text,
      rnd() < 0.6 ? pick(aanbieders, rnd()) : '',
      pick(['KCC', 'Wijkteam Noord', 'Wijkteam Zuid', 'Klachtenbureau'], rnd()),
    ];
    chunk += `${line.map(csvCell).join(';')}\r\n`;
    if (chunk.length > 1 << 20) {
      await write(chunk);
      chunk = '';
    }
  }
  await write(chunk);
  out.end();
  await once(out, 'close');
  return (await stat(file)).size;
}

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

  it(`imports ${fmt(ROWS)} rows; compares with a raw COPY`, async () => {
    const file = join(dir, 'klachten.csv');
    let started = performance.now();
    const size = await generateExport(file, ROWS);
    log(
      `Generated ${fmt(ROWS)} rows, ${(size / 1048576).toFixed(0)} MiB, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );

    const client = await db.pool.connect();
    let rawMs: number;
    let rawCpu: number;
    try {
      await client.query(`CREATE TABLE bench_raw (${HEADERS.map((h) => `"${h}" text`).join(', ')})`);
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

    const raw = rate(ROWS, rawMs);
    const ours = rate(ROWS, oursMs);
    const staged = rate(ROWS, stagedMs);
    log('');
    const row = (label: string, ms: number, perSecond: number, ratio: number): string =>
      `| ${label.padEnd(58)} | ${(ms / 1000).toFixed(1).padStart(7)} | ${fmt(perSecond).padStart(9)} | ${ratio.toFixed(2).padStart(11)} |`;
    log(`| ${`${fmt(ROWS)} rows`.padEnd(58)} | seconds | rows/s    | vs raw COPY |`);
    log(`|${'-'.repeat(60)}|---------|-----------|-------------|`);
    log(row('raw COPY into a bare all-text table', rawMs, raw, 1));
    log(row('ours: read, normalise, pseudonymise, classify, stage (COPY)', stagedMs, staged, staged / raw));
    log(row('ours: full import (stage + merge + themes + refreshes)', oursMs, ours, ours / raw));
    log(
      `(merge phase ${((oursMs - stagedMs) / 1000).toFixed(1)} s; inserted ${fmt(summary.rowsInserted)}, rejected ${fmt(summary.rowsRejected)})`,
    );
    log(
      `CPU seconds (robust when the machine is shared): raw COPY ${rawCpu.toFixed(1)} s in PostgreSQL; ` +
        `ours ${nodeCpu.toFixed(1)} s in Node + ${pgCpu.toFixed(1)} s in PostgreSQL ` +
        `(CPU ratio raw/ours ${(rawCpu / (nodeCpu + pgCpu)).toFixed(2)}; staging phase alone ${stagingCpu.toFixed(1)} s, ` +
        `ratio ${(rawCpu / stagingCpu).toFixed(2)}); load average ${loadavg()
          .map((l) => l.toFixed(1))
          .join(' ')}`,
    );
  });

  itRss(`keeps memory flat: peak RSS of the CLI importing ${fmt(RSS_ROWS)} rows`, async () => {
    const file = join(dir, 'groot.csv');
    let started = performance.now();
    const size = await generateExport(file, RSS_ROWS);
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
    const child: ChildProcess = spawn(
      process.execPath,
      [
        join(ROOT, 'etl/dist/cli.js'),
        'import',
        file,
        '--profile',
        'gemeente-klachten',
        '--municipality',
        MUNICIPALITY,
      ],
      {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: db.url, LEERLUS_PSEUDONYM_KEY: KEY, LEERLUS_DATA_DIR: dir },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
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
