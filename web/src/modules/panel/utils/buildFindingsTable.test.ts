import { buildFindingsTable, type PanelFindingRow } from '@/modules/panel/utils/buildFindingsTable';
import { cellText } from '@/ui/table/cellText';

const row: PanelFindingRow = {
  key: 'participatiewet',
  label: 'Participatiewet',
  reviewed: 40,
  reviewedSuppressed: false,
  count: 8,
  countSuppressed: false,
  share: 0.2,
  lower: 0.105,
  upper: 0.348,
  fewCases: false,
};

describe(buildFindingsTable.name, () => {
  const options = { caption: 'Per wet', rowHeaderLabel: 'Wet', countLabel: 'Met systeemfout' };

  it('should show counts, share and interval in Dutch', () => {
    const table = buildFindingsTable([row], options);
    expect(table.rows[0]!.header).toBe('Participatiewet');
    expect(table.rows[0]!.cells.map(cellText)).toEqual(['40', '8', '20%', '10,5% tot 34,8%', '']);
  });

  it('should withhold the share with a withheld count and warn about few cases', () => {
    const table = buildFindingsTable(
      [{ ...row, count: null, countSuppressed: true, share: null, lower: null, upper: null, fewCases: true }],
      options,
    );
    const cells = table.rows[0]!.cells.map(cellText);
    expect(cells[1]).toBe('×');
    expect(cells[2]).toBe('×');
    expect(cells[3]).toBe('–');
    expect(cells[4]).toBe('Weinig zaken: lees met voorzichtigheid');
  });
});
