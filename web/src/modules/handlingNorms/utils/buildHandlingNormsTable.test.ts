import { buildHandlingNormsTable, type HandlingNormItem, termText } from './buildHandlingNormsTable';

const NORM: HandlingNormItem = {
  id: 7,
  municipalityCode: 'GM0344',
  source: 'zorg-de-linde',
  sourceName: 'Zorggroep De Linde',
  theme: null,
  themeLabel: null,
  kind: null,
  termAmount: 4,
  termUnit: 'weken',
  termDays: 28,
  replacesNorm: 'awb_9_11',
  validFrom: '2024-01-01',
  validTo: null,
  note: null,
};

describe(buildHandlingNormsTable.name, () => {
  it('should say the term in the unit entered, with days for weeks', () => {
    expect(termText(NORM)).toBe('4 weken (28 dagen)');
    expect(termText({ termAmount: 1, termUnit: 'weken', termDays: 7 })).toBe('1 week (7 dagen)');
    expect(termText({ termAmount: 5, termUnit: 'dagen', termDays: 5 })).toBe('5 dagen');
  });

  it('should show the legal term by its label and plain words for "every theme" and an open end', () => {
    const table = buildHandlingNormsTable(
      [NORM],
      new Map([['awb_9_11', 'Klachtbehandeling: binnen 6 weken']]),
    );
    expect(table.rows[0]?.header).toBe('Zorggroep De Linde');
    expect(table.rows[0]?.cells.map((cell) => ('text' in cell ? cell.text : null))).toEqual([
      'GM0344',
      'alle thema’s',
      'alle soorten',
      '4 weken (28 dagen)',
      'Klachtbehandeling: binnen 6 weken',
      '1 januari 2024',
      'geen einddatum',
      '',
    ]);
  });
});
