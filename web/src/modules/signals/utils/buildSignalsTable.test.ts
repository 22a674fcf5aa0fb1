import { buildSignalsTable, type SignalListItem } from '@/modules/signals/utils/buildSignalsTable';
import { cellText } from '@/ui/table/cellText';

const base: SignalListItem = {
  id: '1',
  ruleCode: 'thema_meerdere_organisaties',
  ruleLabel: 'Zelfde thema stijgt bij meerdere organisaties',
  scopeKey: 'thema=wachttijd',
  themeLabel: 'Wachttijd',
  domainLabel: null,
  organisationName: null,
  domainCode: null,
  law: null,
  periodStart: '2025-04-01',
  periodEnd: '2025-06-30',
  score: 3,
  scoreSuppressed: false,
  severity: 'midden',
  urgent: false,
  status: 'nieuw',
  active: true,
};

describe(buildSignalsTable.name, () => {
  it('should describe scope, period, strength, severity and status in Dutch', () => {
    const table = buildSignalsTable([base], 'Signalen');
    expect(table.rows[0]!.header).toBe('Zelfde thema stijgt bij meerdere organisaties');
    expect(table.rows[0]!.cells.map(cellText)).toEqual([
      'Thema: Wachttijd',
      '1 april 2025 t/m 30 juni 2025',
      '3',
      'Midden',
      'Nieuw',
    ]);
  });

  it('should show a withheld strength as "×" and mark inactive signals', () => {
    const table = buildSignalsTable(
      [{ ...base, score: null, scoreSuppressed: true, status: 'in_behandeling', active: false }],
      'Signalen',
    );
    expect(table.rows[0]!.cells.map(cellText).slice(2)).toEqual([
      '×',
      'Midden',
      'In behandeling (niet meer actief)',
    ]);
  });

  it('should mark an urgent signal next to its severity', () => {
    const table = buildSignalsTable([{ ...base, severity: 'hoog', urgent: true }], 'Signalen');
    expect(cellText(table.rows[0]!.cells[3]!)).toBe('Hoog, urgent');
  });
});
