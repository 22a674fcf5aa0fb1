import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { writeText } from '../testing/fixtures';
import { inspectFile } from './inspect';
import { openSource } from './open';
import { SourceError } from './source';
import { checkInflateLimits, declaredInflatedSize, readZipDirectory } from './zip-limits';
import { useTempDirs } from '@leerlus/sql/tempDirs';

const tempDir = useTempDirs('leerlus-etl-');

const READ = { format: 'auto', delimiter: 'auto', encoding: 'auto' } as const;
const OPEN = { listSeparator: ';', expectedColumns: [] };

/** A one-entry ZIP (stored as an XLSX would be) whose entry inflates to `inflated` bytes of spaces. */
function zipBomb(inflated: number): Buffer {
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const data = deflateRawSync(Buffer.alloc(inflated, 0x20), { level: 9 });
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(inflated, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(inflated, 24);
  central.writeUInt16LE(name.length, 28);
  const directoryOffset = local.length + name.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(directoryOffset, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

describe('XLSX zip-bomb limits', () => {
  it('should refuse an archive whose ratio gives it away, before inflating anything', async () => {
    const dir = await tempDir();
    const file = await writeText(dir, 'bom.xlsx', zipBomb(48 * 1024 * 1024));
    const inspection = await inspectFile(file);
    expect(await declaredInflatedSize(file, inspection.size)).toBe(48 * 1024 * 1024);
    const before = process.memoryUsage().rss;
    const started = Date.now();
    await expect(openSource(file, READ, inspection, OPEN)).rejects.toThrow(/zip-bom/);
    // Refused from the central directory alone: milliseconds, no inflated copy in memory.
    expect(Date.now() - started).toBeLessThan(1000);
    expect(process.memoryUsage().rss - before).toBeLessThan(20 * 1024 * 1024);
  });

  it('should refuse an archive that inflates beyond the size limit and accept a real workbook within it', async () => {
    const dir = await tempDir();
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Blad1');
    for (let row = 0; row < 3000; row++) sheet.addRow([`KL-${row}`, 'Wmo', 'een omschrijving van de klacht']);
    const file = `${dir}/echt.xlsx`;
    await book.xlsx.writeFile(file);
    const { size } = await inspectFile(file);
    const inflated = await declaredInflatedSize(file, size);
    expect(inflated).toBeGreaterThan(size);
    const directory = await readZipDirectory(file, size);
    expect(() =>
      checkInflateLimits(directory, size, { maxInflatedBytes: inflated - 1, maxRatio: 200 }),
    ).toThrow(SourceError);
    expect(
      checkInflateLimits(directory, size, { maxInflatedBytes: inflated, maxRatio: 200 }),
    ).toBeUndefined();
  });
});
