import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { workbookFirstRanges } from './xlsx-entry-order';
import { readZipDirectory } from './zip-limits';
import { useTempDirs } from '@leerlus/sql/tempDirs';

const tempDir = useTempDirs('leerlus-etl-');
const LOCAL_ENTRY = 0x04034b50;
const run = promisify(execFile);

/** exceljs stores xl/workbook.xml last, after the worksheets: the order its streaming reader trips on. */
async function twoSheetWorkbook(dir: string): Promise<string> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Voorblad').addRow(['Rapportage']);
  const data = book.addWorksheet('Data');
  data.addRow(['Zaaknummer', 'Ontvangen']);
  data.addRow(['K9', '2024-03-01']);
  const file = join(dir, 'klachten.xlsx');
  await book.xlsx.writeFile(file);
  return file;
}

/** The name in the local header at `offset`. */
function localName(bytes: Buffer, offset: number): string {
  expect(bytes.readUInt32LE(offset)).toBe(LOCAL_ENTRY);
  return bytes.toString('utf8', offset + 30, offset + 30 + bytes.readUInt16LE(offset + 26));
}

describe('XLSX parts in reading order', () => {
  it('should move the relations, workbook, shared strings and styles before the worksheets and keep every byte', async () => {
    const file = await twoSheetWorkbook(await tempDir());
    const bytes = await readFile(file);
    const directory = await readZipDirectory(file, bytes.length);
    const stored = [...directory.entries].sort((a, b) => a.localOffset - b.localOffset).map((e) => e.name);
    expect(stored.indexOf('xl/workbook.xml')).toBeGreaterThan(stored.indexOf('xl/worksheets/sheet1.xml'));

    const ranges = workbookFirstRanges(directory, bytes.length);
    const reordered = Buffer.concat(ranges.map((range) => bytes.subarray(range.start, range.end)));
    expect(reordered.length).toBe(bytes.length);
    const names: string[] = [];
    let at = 0;
    for (const range of ranges.slice(0, -1)) {
      names.push(localName(reordered, at));
      at += range.end - range.start;
    }
    expect(names.slice(0, 4)).toEqual([
      'xl/_rels/workbook.xml.rels',
      'xl/workbook.xml',
      'xl/sharedStrings.xml',
      'xl/styles.xml',
    ]);
    expect([...names].sort()).toEqual([...stored].sort());
  });

  it('should read such a workbook under a deep temporary directory (exceljs#3064 failed there every time)', async () => {
    const dir = await tempDir();
    const file = await twoSheetWorkbook(dir);
    const deep = join(dir, 'a', 'b', 'c', 'd', 'e', 'f');
    await mkdir(deep, { recursive: true });
    // os.tmpdir() reads the real environment, which jest's sandbox does not change: read in a child.
    const script = join(dir, 'read-twenty-times.ts');
    await writeFile(
      script,
      `import { readAll } from ${JSON.stringify(join(__dirname, '..', 'testing', 'read'))};
      (async () => {
        const failures: string[] = [];
        for (let attempt = 0; attempt < 20; attempt++) {
          const read = { format: 'auto', delimiter: 'auto', encoding: 'auto', sheet: 'Data' } as const;
          await readAll(${JSON.stringify(file)}, read).then(
            ({ rows }) => { if (rows.length !== 1 || rows[0][0] !== 'K9') failures.push(JSON.stringify(rows)); },
            (error: Error) => failures.push(error.message),
          );
        }
        console.log(JSON.stringify(failures));
      })();`,
    );
    const { stdout } = await run(process.execPath, ['--import', 'tsx', script], {
      env: { ...process.env, TMPDIR: deep },
    });
    expect(JSON.parse(stdout.trim().split('\n').pop() ?? 'null')).toEqual([]);
  }, 60_000);
});
