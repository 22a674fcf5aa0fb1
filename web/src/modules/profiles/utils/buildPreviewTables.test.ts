import { buildRedactionsTable, buildStoredRowsTable } from '@/modules/profiles/utils/buildPreviewTables';
import type { FilePreview } from '@/modules/profiles/utils/previewImport';

const preview: FilePreview = {
  file: 'export.csv',
  format: 'csv',
  description: 'CSV',
  headerLine: 1,
  columns: [],
  rows: [
    { line: 2, values: { external_id: 'A-1', extended: true, themes: ['wachttijd', 'bejegening'] } },
    { line: 4, values: { external_id: 'A-2', received_on: '2024-05-31' } },
  ],
  rejected: [],
  redactions: [{ line: 9, column: 'Narrative', found: ['[TELEFOON]', '[NAAM]'] }],
  problems: [],
  warnings: [],
  draft: null,
};

describe('buildPreviewTables', () => {
  it('should show every field any row has, in words, with the spreadsheet row number', () => {
    const table = buildStoredRowsTable(preview);
    expect(table.columns.map((column) => column.key)).toEqual([
      'external_id',
      'extended',
      'themes',
      'received_on',
    ]);
    expect(
      table.rows.map((row) => [
        row.header,
        ...row.cells.map((cell) => (cell.kind === 'text' ? cell.text : '')),
      ]),
    ).toEqual([
      ['2', 'A-1', 'ja', 'wachttijd, bejegening', ''],
      ['4', 'A-2', '', '', '2024-05-31'],
    ]);
  });

  it('should name the personal data found in words, not as redaction markers', () => {
    const [row] = buildRedactionsTable(preview).rows;
    expect(row?.cells[1]).toEqual({ kind: 'text', text: 'telefoonnummer, naam' });
  });
});
