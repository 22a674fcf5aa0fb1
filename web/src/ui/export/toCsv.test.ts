import { toCsv } from '@/ui/export/toCsv';
import type { TableData } from '@/ui/table/tableData';

const table: TableData = {
  caption: 'Klachten per thema',
  rowHeaderLabel: 'Thema',
  columns: [
    { key: 'value', label: 'Aantal' },
    { key: 'change', label: 'Verschil' },
    { key: 'pct', label: 'Verschil in %' },
  ],
  rows: [
    {
      key: 'a',
      header: 'Wachttijd; lang',
      cells: [
        { kind: 'value', value: 1234, suppressed: false, format: 'number' },
        { kind: 'value', value: -2.5, suppressed: false, format: 'signedNumber' },
        { kind: 'value', value: 12.25, suppressed: false, format: 'changePercentage' },
      ],
    },
    {
      key: 'b',
      header: '=HYPERLINK("http://x")',
      cells: [
        { kind: 'value', value: null, suppressed: true, format: 'number' },
        { kind: 'value', value: null, suppressed: false, format: 'signedNumber' },
        { kind: 'text', text: '@SUM(A1)' },
      ],
    },
    {
      key: 'c',
      header: '+31 bellen',
      cells: [
        { kind: 'value', value: 0, suppressed: false, format: 'number' },
        { kind: 'text', text: '-1+2' },
        { kind: 'text', text: 'Bereikbaarheid' },
      ],
    },
  ],
};

describe(toCsv.name, () => {
  const csv = toCsv(table);
  const lines = csv.slice(1).split('\r\n');

  it('should start with a UTF-8 byte order mark and use semicolons and CRLF', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(lines[0]).toBe('Thema;Aantal;Verschil;Verschil in %');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('should explain the sign of a withheld cell below the table', () => {
    expect(lines.slice(4)).toEqual([
      '',
      expect.stringMatching(/^×: Niet getoond om privacy te beschermen/),
      '',
    ]);
    expect(toCsv({ ...table, rows: table.rows.slice(2) })).not.toContain('×');
  });

  it('should write numbers for Dutch Excel: decimal comma, no thousands dot', () => {
    expect(lines[1]).toBe('"Wachttijd; lang";1234;-2,5;12,3%');
  });

  it('should write a suppressed count as "×", never as 0, and a real 0 as 0', () => {
    expect(lines[2]!.split(';')[1]).toBe('×');
    expect(lines[3]!.split(';')[1]).toBe('0');
  });

  it('should guard text that a spreadsheet would run as a formula', () => {
    expect(lines[2]).toBe(`"'=HYPERLINK(""http://x"")";×;–;'@SUM(A1)`);
    expect(lines[3]).toBe("'+31 bellen;0;'-1+2;Bereikbaarheid");
  });
});
