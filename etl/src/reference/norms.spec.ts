import { createTestDatabase, type TestDatabase } from '@leerlus/sql/testing';
import { importFile } from '../import-file';
import {
  CASE_HEADERS,
  CASE_PROFILE,
  caseRow,
  seedReference,
  TEST_KEY,
  toCsv,
  writeText,
} from '../testing/fixtures';
import { addNorm, endNorm, listNorms, type NormInput } from './norms.repository';
import { useTempDirs } from '@leerlus/sql/tempDirs';

const tempDir = useTempDirs('leerlus-etl-');

const ACTOR = { username: 'cli:test' };
const NORM = {
  municipalityCode: 'GM0001',
  source: 'gemeente-testdorp',
  replacesNorm: 'awb_9_11',
  validFrom: '2024-01-01',
} as const;
/** The test profile with the export's own term mapped, to show that it wins over every norm. */
const PROFILE_WITH_TERM = CASE_PROFILE.replace(
  '  text: { column: Omschrijving }\n',
  '  text: { column: Omschrijving }\n  term_days: { column: Termijn }\n',
);

describe('handling norms at import (precedence)', () => {
  let db: TestDatabase;
  let dir: string;

  beforeAll(async () => {
    process.env.LEERLUS_PSEUDONYM_KEY = TEST_KEY;
    db = await createTestDatabase();
    await seedReference(db.pool);
    dir = await tempDir();
  });

  afterAll(async () => {
    await db.drop();
  });

  const add = (input: Partial<NormInput> & Pick<NormInput, 'termAmount' | 'termUnit'>): Promise<number> =>
    addNorm(db.pool, { ...NORM, ...input }, ACTOR);

  it('should give a record without its own term the most specific valid norm of its source', async () => {
    await add({ termAmount: 60, termUnit: 'dagen' });
    await add({ theme: 'wachttijd', termAmount: 4, termUnit: 'weken' });
    await add({ kind: 'melding', termAmount: 10, termUnit: 'dagen' });
    await add({ theme: 'wachttijd', kind: 'melding', termAmount: 2, termUnit: 'dagen' });
    await add({ termAmount: 1, termUnit: 'dagen', validFrom: '2025-01-01' });
    const ended = await add({ theme: 'bejegening', termAmount: 3, termUnit: 'dagen' });
    await endNorm(db.pool, ended, '2024-03-31', ACTOR);

    const rows = [
      caseRow(1, { Zaaknummer: 'N-source-theme', Onderwerp: 'Wachttijd' }),
      caseRow(2, { Zaaknummer: 'N-source', Onderwerp: 'Bejegening' }),
      caseRow(3, { Zaaknummer: 'N-source-kind', Soort: 'Melding', Onderwerp: '' }),
      caseRow(4, { Zaaknummer: 'N-all-three', Soort: 'Melding', Onderwerp: 'Wachttijd' }),
      caseRow(5, { Zaaknummer: 'N-own-term', Onderwerp: 'Wachttijd' }),
      caseRow(6, { Zaaknummer: 'N-before', Onderwerp: 'Wachttijd', 'Datum ontvangst': '15-12-2023' }),
    ].map((row) => ({ ...row, Termijn: row.Zaaknummer === 'N-own-term' ? '15' : '' }));
    const file = await writeText(dir, 'norms.csv', toCsv([...CASE_HEADERS, 'Termijn'], rows));
    const profile = await writeText(dir, 'test-klachten-termijn.yaml', PROFILE_WITH_TERM);
    const summary = await importFile(db.pool, { file, profile, dataDir: dir });
    expect(summary.rowsRejected).toBe(0);

    const { rows: stored } = await db.pool.query<{ external_id: string; term_days: number | null }>(
      'SELECT external_id, term_days FROM case_record ORDER BY external_id',
    );
    expect(Object.fromEntries(stored.map((row) => [row.external_id, row.term_days]))).toEqual({
      'N-all-three': 2,
      'N-before': null,
      'N-own-term': 15,
      'N-source': 60,
      'N-source-kind': 10,
      'N-source-theme': 28,
    });
  });

  it('should list the norms with their term in days and refuse an unknown source or an end before the start', async () => {
    const listed = await listNorms(db.pool, 'GM0001');
    expect(listed.map((n) => [n.theme, n.kind, n.termDays, n.validTo])).toEqual([
      [null, null, 60, null],
      [null, null, 1, null],
      [null, 'melding', 10, null],
      ['bejegening', null, 3, '2024-03-31'],
      ['wachttijd', null, 28, null],
      ['wachttijd', 'melding', 2, null],
    ]);
    await expect(add({ source: 'bestaat-niet', termAmount: 1, termUnit: 'dagen' })).rejects.toThrow(
      'Organisatie bestaat-niet bestaat niet.',
    );
    await expect(endNorm(db.pool, listed[0]!.id, '2023-12-31', ACTOR)).rejects.toThrow(/voor de begindatum/);
    const audit = await db.pool.query(`SELECT count(*)::int AS n FROM audit_log WHERE action LIKE 'norm.%'`);
    expect(audit.rows).toEqual([{ n: 7 }]);
  });
});
