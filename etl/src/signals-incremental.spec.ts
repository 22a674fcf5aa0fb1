import { createTestDatabase, type TestDatabase } from '@leerlus/sql/testing';
import { importFile, type ImportSummary } from './import-file';
import { elfproef } from './privacy/bsn';
import { CASE_HEADERS, CASE_PROFILE, seedReference, TEST_KEY, toCsv, writeText } from './testing/fixtures';
import { useTempDirs } from '@leerlus/sql/tempDirs';

const tempDir = useTempDirs('leerlus-etl-');

/**
 * An import of case records recomputes only the signal periods its changes can reach
 * (refresh_signals(…, p_changed_from), sql/views/0300_signals.sql): after every import the signals and
 * their record references must be exactly what a full recompute on the same data gives.
 */

const PROVIDERS = ['zorg-a', 'zorg-b', 'zorg-c', 'zorg-d'];
const HEADERS = [...CASE_HEADERS, 'Lijn'];
const PROFILE = CASE_PROFILE.replace('name: test-klachten', 'name: test-klachten-lijn')
  .replace('line: { default: eerste_lijn_gemeente }', 'line: { column: Lijn, vocabulary: lijnen }')
  .concat('  lijnen: { Gemeente: eerste_lijn_gemeente, Ombudsman: tweede_lijn }\n');

/** Valid BSNs (elfproef), one per citizen; 67, so a citizen's records cycle through lines and providers. */
const BSNS = Array.from({ length: 100_000 }, (_, k) => String(100_000_000 + k * 7))
  .filter(elfproef)
  .slice(0, 67);

const FIRST_DAY = Date.UTC(2023, 0, 1);
const date = (day: number): string => {
  const d = new Date(FIRST_DAY + day * 86_400_000);
  return `${String(d.getUTCDate()).padStart(2, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${d.getUTCFullYear()}`;
};

/** Spikes of "Bejegening" at three providers in these quarters (2024 Q3, 2025 Q2): thema_meerdere_organisaties. */
const SPIKE_QUARTERS = [6, 9];

type Row = Record<string, string>;

/**
 * Record n of the fixture: a steady stream of complaints over 2023–2025 from 67 citizens at four
 * providers (citizens at several providers: wal_en_schip; the same theme again: herhaalde_klacht; every
 * tenth at the ombudsman: escalatie_tweede_lijn; long handling and no feedback: termijn_overschreden,
 * geen_terugkoppeling), plus the spikes.
 */
function record(n: number, day: number, theme: string, provider: string): Row {
  const handling = 5 + ((n * 13) % 90);
  return {
    Zaaknummer: `S-${n}`,
    Soort: 'Klacht',
    Domein: n % 3 === 0 ? 'Jeugd' : 'Wmo',
    Onderwerp: theme,
    Kanaal: 'Telefoon',
    Organisatie: provider,
    'Datum ontvangst': date(day),
    'Datum afgehandeld': n % 9 === 0 ? '' : date(day + handling),
    Uitkomst: n % 9 === 0 ? 'Lopend' : 'Gegrond',
    Teruggekoppeld: n % 4 === 0 ? 'nee' : 'ja',
    BSN: BSNS[(n * 31) % BSNS.length] as string,
    Wijk: 'WK000101',
    Omschrijving: 'De hulp kwam te laat.',
    Lijn: n % 10 === 7 ? 'Ombudsman' : 'Gemeente',
  };
}

/** The base export: records on days 0..1000 (January 2023 to September 2025), then the spikes. */
function baseRows(): Row[] {
  const rows: Row[] = [];
  for (let n = 0; n < 2000; n++) {
    const theme = Math.floor(n / 4) % 2 === 0 ? 'Wachttijd' : 'Bejegening';
    rows.push(record(n, Math.floor(n / 2), theme, PROVIDERS[n % 4] as string));
  }
  for (const quarter of SPIKE_QUARTERS) {
    const start = (Date.UTC(2023 + Math.floor(quarter / 4), (quarter % 4) * 3, 1) - FIRST_DAY) / 86_400_000;
    for (let p = 0; p < 3; p++) {
      for (let k = 0; k < 40; k++) {
        const n = 10_000 + quarter * 1000 + p * 100 + k;
        rows.push(record(n, start + ((k * 2 + p) % 90), 'Bejegening', PROVIDERS[p] as string));
      }
    }
  }
  return rows;
}

describe('signals recomputed from an import delta', () => {
  let db: TestDatabase;
  let dir: string;
  let profile: string;
  let fileNumber = 0;

  beforeAll(async () => {
    process.env.LEERLUS_PSEUDONYM_KEY = TEST_KEY;
    db = await createTestDatabase();
    await seedReference(
      db.pool,
      PROVIDERS.map((code) => ({ code, name: code })),
    );
    dir = await tempDir();
    profile = await writeText(dir, 'test-klachten-lijn.yaml', PROFILE);
  });

  afterAll(async () => {
    await db.drop();
  });

  async function importRows(rows: Row[]): Promise<ImportSummary> {
    fileNumber++;
    const file = await writeText(dir, `signalen-${fileNumber}.csv`, toCsv(HEADERS, rows));
    const summary = await importFile(db.pool, { file, profile, dataDir: dir, force: true });
    expect(summary.warnings.filter((w) => w.includes('systeemsignalen'))).toEqual([]);
    expect(summary.status).toBe('succeeded');
    return summary;
  }

  /** Every signal (without system times) and every record reference, as sorted JSON lines. */
  async function snapshot(): Promise<{ signals: string[]; evidence: string[] }> {
    const signals = await db.pool.query<{ line: string }>(
      `SELECT jsonb_build_object('rule', rule_code, 'scope', scope_key, 'period', period_start, 'end', period_end,
                'theme', theme_id, 'organisation', organisation_id, 'domain', domain_code,
                'organisations', organisation_ids, 'score', score, 'evidence', evidence, 'active', active,
                'severity', severity, 'urgent', urgent, 'status', status)::text AS line
       FROM signal ORDER BY 1`,
    );
    const evidence = await db.pool.query<{ line: string }>(
      `SELECT concat_ws('|', s.rule_code, s.scope_key, s.period_start, e.record_type, e.record_id) AS line
       FROM signal_evidence_record e JOIN signal s ON s.municipality_code = e.municipality_code AND s.id = e.signal_id
       ORDER BY 1`,
    );
    return { signals: signals.rows.map((r) => r.line), evidence: evidence.rows.map((r) => r.line) };
  }

  async function fullRecompute(): Promise<void> {
    await db.pool.query(`SELECT * FROM refresh_signals('GM0001')`);
  }

  it('should give after each import the signals a full recompute gives, and leave earlier periods alone', async () => {
    await importRows(baseRows());
    const base = await snapshot();
    const rules = new Set(base.signals.map((line) => (JSON.parse(line) as { rule: string }).rule));
    expect([...rules].sort()).toEqual([
      'escalatie_tweede_lijn',
      'geen_terugkoppeling',
      'herhaalde_klacht',
      'termijn_overschreden',
      'thema_meerdere_organisaties',
      'wal_en_schip',
    ]);
    const spike2024 = base.signals.find(
      (line) => line.includes('"period": "2024-07-01"') && line.includes('thema_meerdere'),
    );
    expect(spike2024).toBeDefined();
    const computedBefore = await db.pool.query<{ id: string; at: string }>(
      `SELECT id::text, last_computed_at::text AS at FROM signal WHERE period_start < '2024-01-01' ORDER BY id`,
    );
    expect(computedBefore.rows.length).toBeGreaterThan(5);

    // A monthly export: the last quarter of 2025, and corrections of 2024: the 2024 spike was
    // mis-coded (now "Wachttijd"), some complaints closed later and without feedback.
    const rows = baseRows();
    const corrected = rows
      .filter((row) => row['Onderwerp'] === 'Bejegening' && row['Datum ontvangst']!.endsWith('-2024'))
      .filter((row) => Number(row['Zaaknummer']!.slice(2)) >= 10_000)
      .map((row) => ({ ...row, Onderwerp: 'Wachttijd' }));
    const reclosed = rows
      .filter((row) => row['Datum ontvangst']!.endsWith('-01-2024') && row['Datum afgehandeld'] !== '')
      .map((row) => ({ ...row, 'Datum afgehandeld': '30-06-2024', Teruggekoppeld: 'nee' }));
    const recent = Array.from({ length: 200 }, (_, k) =>
      record(
        3000 + k,
        1004 + Math.floor(k / 2.3),
        k % 2 === 0 ? 'Bejegening' : 'Wachttijd',
        PROVIDERS[k % 4] as string,
      ),
    );
    const delta = await importRows([...corrected, ...reclosed, ...recent]);
    expect(delta.rowsUpdated).toBe(corrected.length + reclosed.length);
    expect(delta.rowsInserted).toBe(recent.length);

    const incremental = await snapshot();
    // The corrected spike is no longer a rise: its signal was deactivated by the partial recompute.
    expect(
      incremental.signals.find(
        (line) => line.includes('"period": "2024-07-01"') && line.includes('thema_meerdere'),
      ),
    ).toContain('"active": false');
    const computedAfter = await db.pool.query<{ id: string; at: string }>(
      `SELECT id::text, last_computed_at::text AS at FROM signal WHERE period_start < '2024-01-01' ORDER BY id`,
    );
    expect(computedAfter.rows).toEqual(computedBefore.rows);

    await fullRecompute();
    expect(await snapshot()).toEqual(incremental);
  });
});
