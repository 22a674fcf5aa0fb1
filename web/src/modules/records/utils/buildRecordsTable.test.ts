import { buildRecordsTable } from '@/modules/records/utils/buildRecordsTable';
import { toCsv } from '@/ui/export/toCsv';
import { cellText } from '@/ui/table/cellText';

describe(buildRecordsTable.name, () => {
  const record = {
    id: 'GM9901:8951',
    receivedOn: '2025-03-05',
    closedOn: null,
    kind: 'klacht',
    domainLabel: 'Jeugd',
    themeLabel: 'Wachttijd',
    sourceOrganisation: 'Gemeente Lusdonk',
    subjectOrganisation: 'Kompas Jeugdzorg',
    outcome: 'lopend',
    highlight: [
      { text: 'Al maanden op de ', matched: false },
      { text: 'wachtlijst', matched: true },
    ],
  };
  const table = buildRecordsTable([record], 'Dossiers', false);

  it('should write Dutch dates and words', () => {
    expect(table.rows[0]!.cells.map(cellText)).toEqual([
      '5 maart 2025',
      'Klacht',
      'Jeugd',
      'Wachttijd',
      'Kompas Jeugdzorg',
      'Nog lopend',
      '–',
    ]);
  });

  it('should export the page with ";" headers', () => {
    const [header] = toCsv(table).replace('\uFEFF', '').split('\r\n');
    expect(header).toBe('Dossier;Ontvangen;Soort;Domein;Thema;Over organisatie;Uitkomst;Afgesloten');
  });

  it('should add the found text as plain text when searching', () => {
    const searched = buildRecordsTable([record], 'Dossiers', true);
    expect(searched.columns.at(-1)?.label).toBe('Gevonden in de tekst');
    expect(cellText(searched.rows[0]!.cells.at(-1)!)).toBe('Al maanden op de wachtlijst');
  });
});
