import { truncate } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { writeText } from '../testing/fixtures';
import { AUTO_READ, readAll } from '../testing/read';
import { CsvParser } from './csv.parser';
import { sniffDelimiter } from './csv.reader';
import { inspectFile } from './inspect';
import { SourceError } from './source';
import { useTempDirs } from '@leerlus/sql/tempDirs';

const tempDir = useTempDirs('leerlus-etl-');

const READ = AUTO_READ;

function parseInChunks(text: string, size: number, delimiter = ';'): { rows: string[][]; lines: number[] } {
  const parser = new CsvParser({ delimiter });
  const rows: string[][] = [];
  const lines: number[] = [];
  for (let i = 0; i < text.length; i += size) {
    parser.push(text.slice(i, i + size));
    const taken = parser.take();
    rows.push(...taken.rows);
    lines.push(...taken.lines);
  }
  parser.end();
  const taken = parser.take();
  return { rows: [...rows, ...taken.rows], lines: [...lines, ...taken.lines] };
}

describe(CsvParser.name, () => {
  const text = 'a;b;c\r\n1;"x;y";"he said ""hi"""\r\n\r\n2;"multi\nline";\n3;;"last"';

  it.each([1, 2, 3, 7, 1000])('should parse the same rows with chunks of %i characters', (size) => {
    expect(parseInChunks(text, size)).toEqual({
      rows: [
        ['a', 'b', 'c'],
        ['1', 'x;y', 'he said "hi"'],
        ['2', 'multi\nline', ''],
        ['3', '', 'last'],
      ],
      lines: [1, 2, 4, 5],
    });
  });

  it('should accept CR-only and LF line ends and skip blank rows', () => {
    expect(parseInChunks('a,b\rc,d\n\n;;\ne,f', 2, ',').rows).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      [';;'],
      ['e', 'f'],
    ]);
  });

  it('should fail on a quoted field that never ends', () => {
    const parser = new CsvParser({ delimiter: ';' });
    parser.push('a;b\n1;"open');
    expect(() => parser.end()).toThrow(/eindigt midden in een veld/);
  });
});

describe(sniffDelimiter.name, () => {
  it.each([
    [';', 'a;b;c\n1;2,5;3\n4;5;6'],
    [',', 'a,b,c\n1,"2;5",3\n4,5,6'],
    ['\t', 'a\tb\tc\n1\t2\t3'],
    ['|', 'a|b|c\n1|2|3'],
  ])('should find %j', (expected, sample) => {
    expect(sniffDelimiter(sample)).toBe(expected);
  });
});

describe('readers', () => {
  let dir: string;
  const headers = ['Zaaknummer', 'Omschrijving', 'Datum'];
  const rows = [
    ['1', 'Café één, ëxtra', '03-04-2024'],
    ['2', 'Tweede; regel', '3-4-24'],
  ];

  beforeAll(async () => {
    dir = await tempDir();
  });

  const csv = (delimiter: string): string =>
    [headers, ...rows]
      .map((r) => r.map((v) => (v.includes(delimiter) ? `"${v}"` : v)).join(delimiter))
      .join('\r\n');

  it.each([
    ['utf-8', ';', (s: string) => Buffer.from(s, 'utf8')],
    ['utf-8', ',', (s: string) => Buffer.from(s, 'utf8')],
    ['utf-8', '\t', (s: string) => Buffer.from(s, 'utf8')],
    [
      'utf-8 BOM',
      ';',
      (s: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s, 'utf8')]),
    ],
    ['windows-1252', ';', (s: string) => iconv.encode(s, 'win1252')],
    ['iso-8859-1', ',', (s: string) => iconv.encode(s, 'latin1')],
    ['utf-16le BOM', ';', (s: string) => iconv.encode(s, 'utf16le', { addBOM: true })],
  ])('should read CSV in %s with delimiter %j', async (encoding, delimiter, encode) => {
    const file = await writeText(
      dir,
      `${encoding}-${delimiter === '\t' ? 'tab' : delimiter}.csv`,
      encode(csv(delimiter)),
    );
    const result = await readAll(file);
    expect(result.headers).toEqual(headers);
    expect(result.rows).toEqual(rows);
    expect(result.lines).toEqual([2, 3]);
  });

  it('should detect Windows-1252 even when the first 64 KiB are plain ASCII', async () => {
    const filler = Array.from(
      { length: 3000 },
      (_, i) => `${i + 10};gewone tekst zonder accenten;01-01-2024`,
    );
    const text = [headers.join(';'), ...filler, '9999;Crème brûlée “à” € 5;01-01-2024'].join('\n');
    const file = await writeText(dir, 'late-1252.csv', iconv.encode(text, 'win1252'));
    const result = await readAll(file);
    expect(result.rows.at(-1)?.[1]).toBe('Crème brûlée “à” € 5');
    expect(result.description).toContain('windows-1252');
  });

  it('should read a 1 MB field', async () => {
    const big = 'x'.repeat(1024 * 1024);
    const file = await writeText(dir, 'big-field.csv', `a;b\n1;"${big}"\n2;kort\n`);
    const result = await readAll(file);
    expect(result.rows[0]?.[1]).toHaveLength(1024 * 1024);
    expect(result.rows[1]).toEqual(['2', 'kort']);
  });

  it('should refuse an empty file, binary garbage and a CSV cut off inside quotes', async () => {
    const empty = await writeText(dir, 'empty.csv', '');
    await expect(readAll(empty)).rejects.toThrow(/leeg/);
    const blank = await writeText(dir, 'blank.csv', '\ufeff\r\n\r\n');
    await expect(readAll(blank)).rejects.toThrow(/leeg/);
    const garbage = Buffer.alloc(4096);
    for (let i = 0; i < garbage.length; i++) garbage[i] = (i * 7919) % 256;
    const binary = await writeText(dir, 'garbage.csv', garbage);
    await expect(readAll(binary)).rejects.toThrow(/binaire gegevens/);
    const cut = await writeText(dir, 'cut.csv', 'a;b\n1;"begonnen maar nooit');
    await expect(readAll(cut)).rejects.toThrow(SourceError);
  });

  async function workbook(file: string, sheets: Record<string, unknown[][]>): Promise<string> {
    const book = new ExcelJS.Workbook();
    for (const [name, data] of Object.entries(sheets)) {
      const sheet = book.addWorksheet(name);
      for (const row of data) sheet.addRow(row);
    }
    const path = `${dir}/${file}`;
    await book.xlsx.writeFile(path);
    return path;
  }

  it('should read the first sheet of an XLSX, with dates, numbers and formulas', async () => {
    const file = await workbook('first.xlsx', {
      Klachten: [
        ['Zaaknummer', 'Datum', 'Aantal', 'Som'],
        ['K1', new Date(Date.UTC(2024, 3, 3)), 12, { formula: '1+1', result: 2 }],
        [],
        ['K2', '3 april 2024', 7.5, null],
      ],
      Toelichting: [['iets anders']],
    });
    const result = await readAll(file);
    expect(result.headers).toEqual(['Zaaknummer', 'Datum', 'Aantal', 'Som']);
    expect(result.rows).toEqual([
      ['K1', '2024-04-03', '12', '2'],
      ['K2', '3 april 2024', '7.5'],
    ]);
    expect(result.lines).toEqual([2, 4]);
  });

  it('should read a named XLSX sheet and name the sheets when it is missing', async () => {
    const file = await workbook('named.xlsx', {
      Voorblad: [['Rapportage'], ['gemaakt op', 'vandaag']],
      Data: [['Zaaknummer'], ['K9']],
    });
    const read = { ...READ, sheet: 'data' };
    expect((await readAll(file, read)).rows).toEqual([['K9']]);
    await expect(readAll(file, { ...READ, sheet: 'Bestaat niet' })).rejects.toThrow(/"Voorblad", "Data"/);
  });

  it('should refuse an XLSX cut in half', async () => {
    const file = await workbook('cut.xlsx', {
      Data: Array.from({ length: 500 }, (_, i) => [`K${i}`, `regel ${i}`]),
    });
    const { size } = await inspectFile(file);
    await truncate(file, Math.floor(size / 2));
    await expect(readAll(file)).rejects.toThrow(/onvolledig/);
  });

  it('should read a JSON array and a nested records property', async () => {
    const records = [
      { zaak: 'Z1', adres: { wijk: 'WK01' }, maatregelen: ['excuses', 'uitleg'], aantal: 3 },
      { zaak: 'Z2', adres: { wijk: 'WK02' }, gesloten: true },
    ];
    const plain = await writeText(dir, 'plain.json', JSON.stringify(records));
    const result = await readAll(plain, READ, ['gesloten']);
    expect(result.headers).toEqual(['zaak', 'adres.wijk', 'maatregelen', 'aantal', 'gesloten']);
    expect(result.rows).toEqual([
      ['Z1', 'WK01', 'excuses;uitleg', '3', ''],
      ['Z2', 'WK02', '', '', 'true'],
    ]);
    const nested = await writeText(
      dir,
      'nested.json',
      JSON.stringify({ meta: { records: [{ a: 1 }], n: 2 }, data: { zaken: records } }, null, 2),
    );
    const nestedResult = await readAll(nested, { ...READ, records: 'data.zaken' });
    expect(nestedResult.rows.map((r) => r[0])).toEqual(['Z1', 'Z2']);
    await expect(readAll(nested)).rejects.toThrow(/geen lijst/);
    const cut = await writeText(dir, 'cut.json', JSON.stringify(records).slice(0, 40));
    await expect(readAll(cut)).rejects.toThrow(/te vroeg/);
  });
});
