import { buildEvidenceTable } from '@/modules/signals/utils/buildEvidenceTable';
import { cellText } from '@/ui/table/cellText';

const item = (
  name: string,
  extra: { value?: number | null; text?: string | null; themeCode?: string | null },
) => ({
  name,
  value: extra.value ?? null,
  suppressed: false,
  text: extra.text ?? null,
  organisationCode: null,
  themeCode: extra.themeCode ?? null,
});

describe(buildEvidenceTable.name, () => {
  it('should show Dutch words, never the evidence keys or coded texts', () => {
    const table = buildEvidenceTable(
      [
        item('themeCode', { text: 'wachttijd' }),
        item('finding', { text: 'te_laat' }),
        item('line', { text: 'eerste_lijn_gemeente' }),
        item('repeatComplaints', { value: 4 }),
      ],
      [],
      'caption',
    );
    expect(table.rows.map((row) => [row.header, ...row.cells.map(cellText)])).toEqual([
      ['Thema', '', 'Wachttijd'],
      ['Bevinding', '', 'Te laat ingediend'],
      ['Lijn', '', 'Eerste lijn, gemeente'],
      ['Herhaalde klachten', '', '4'],
    ]);
  });
});
