import fc from 'fast-check';
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
import { readAll } from '../testing/read';
import { SourceError } from './source';
import { useTempDirs } from '@leerlus/sql/tempDirs';

const tempDir = useTempDirs('leerlus-etl-');

/** Cell text with everything that makes CSV hard: delimiters, quotes, line breaks, non-ASCII. */
const cell = fc.string({
  unit: fc.constantFrom('a', 'Z', '7', ' ', 'é', '€', '漢', '😀', ';', ',', '"', '\t', '\n', '\r\n', "'"),
  maxLength: 12,
});
const HEADERS = ['a', 'b', 'c'];

describe('readers under random and adversarial input (fast-check)', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await tempDir('leerlus-property-');
  });

  it('should read back every row of a CSV written with quoting, whatever the cells hold', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(cell, cell, cell), { maxLength: 30 }).map((rows) =>
          // A row whose cells are all empty is skipped by design (blank lines).
          rows.filter((row) => row.some((value) => value !== '')),
        ),
        async (rows) => {
          const text = toCsv(
            HEADERS,
            rows.map(([a, b, c]) => ({ a, b, c })),
          );
          const file = await writeText(dir, `roundtrip-${run++}.csv`, text);
          const read = await readAll(file, { format: 'csv', delimiter: ';', encoding: 'utf-8' });
          expect(read.headers).toEqual(HEADERS);
          expect(read.rows).toEqual(rows);
        },
      ),
      { numRuns: 60 },
    );
  });

  it.each(['csv', 'json', 'xlsx'])(
    'should read any bytes named .%s or refuse them with a reason, never crash',
    async (extension) => {
      let run = 0;
      const zipHeader = Uint8Array.from([0x50, 0x4b, 0x03, 0x04]);
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => {
          const content = extension === 'xlsx' ? Buffer.concat([zipHeader, bytes]) : Buffer.from(bytes);
          const file = await writeText(dir, `random-${extension}-${run++}.${extension}`, content);
          try {
            const read = await readAll(file);
            for (const row of read.rows) expect(Array.isArray(row)).toBe(true);
          } catch (error) {
            expect(error).toBeInstanceOf(SourceError);
            expect((error as Error).message.length).toBeGreaterThan(0);
          }
        }),
        { numRuns: 80 },
      );
    },
  );

  it('should read any JSON value or refuse it with a reason', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 3 }), async (value) => {
        const file = await writeText(dir, `value-${run++}.json`, JSON.stringify(value) ?? 'null');
        await readAll(file).catch((error: unknown) => expect(error).toBeInstanceOf(SourceError));
      }),
      { numRuns: 80 },
    );
  });
});

describe('imports of random rows (fast-check, real PostgreSQL)', () => {
  let db: TestDatabase;
  let dir: string;
  let profile: string;

  beforeAll(async () => {
    process.env.LEERLUS_PSEUDONYM_KEY = TEST_KEY;
    db = await createTestDatabase();
    await seedReference(db.pool);
    dir = await tempDir('leerlus-property-import-');
    profile = await writeText(dir, 'test-klachten.yaml', CASE_PROFILE);
  });

  afterAll(async () => {
    await db.drop();
  });

  /** A field of a case row replaced by something a real export might hold by mistake. */
  const damage = fc.record({
    field: fc.constantFrom(...CASE_HEADERS),
    value: fc.constantFrom(
      '',
      'x',
      '31-02-2024',
      '2024-13-01',
      'Raar',
      '"',
      ';',
      '999999999',
      '\u00e9\u00e9n',
      ' ',
    ),
  });

  it('should load or reject every row with a reason, and the counts should add up', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(damage, { maxLength: 3 }), { minLength: 1, maxLength: 12 }),
        async (rows) => {
          run++;
          const data = rows.map((damages, i) => {
            const row = caseRow(i + 1, { Zaaknummer: `P${run}-${i % 9}` });
            for (const { field, value } of damages) row[field] = value;
            return row;
          });
          const file = await writeText(dir, `rows-${run}.csv`, toCsv(CASE_HEADERS, data));
          const summary = await importFile(db.pool, { file, profile, dataDir: dir });
          const { rows: stored } = await db.pool.query<{ rejected: number; reasons: number }>(
            `SELECT count(*)::int AS rejected, count(*) FILTER (WHERE reason <> '')::int AS reasons
             FROM rejected_row WHERE import_id = $1`,
            [summary.importId],
          );
          expect(summary.rowsRead).toBe(data.length);
          expect(
            summary.rowsInserted + summary.rowsUpdated + summary.rowsUnchanged + summary.rowsRejected,
          ).toBe(summary.status === 'duplicate' ? 0 : summary.rowsRead);
          expect(stored[0]).toEqual({ rejected: summary.rowsRejected, reasons: summary.rowsRejected });
        },
      ),
      { numRuns: 15 },
    );
  }, 120_000);
});
