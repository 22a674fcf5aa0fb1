import { buildRecordsTable } from '@/modules/records/utils/buildRecordsTable';
import { toCsv } from '@/ui/export/toCsv';
import { cellText } from '@/ui/table/cellText';

describe(buildRecordsTable.name, () => {
  const table = buildRecordsTable(
    [
      {
        id: 'GM9901:8951',
        receivedOn: '2025-03-05',
        closedOn: null,
        kind: 'klacht',
        domainLabel: 'Jeugd',
        themeLabel: 'Wachttijd',
        sourceOrganisation: 'Gemeente Lusdonk',
        subjectOrganisation: 'Kompas Jeugdzorg',
        outcome: 'lopend',
      },
    ],
    'Dossiers',
  );

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
});
