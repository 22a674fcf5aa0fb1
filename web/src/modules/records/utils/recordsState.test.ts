import {
  createRecordsFilter,
  parseRecordsState,
  serializeRecordsState,
} from '@/modules/records/utils/recordsState';

describe(parseRecordsState.name, () => {
  it('should turn ?thema= into a theme filter and round-trip the URL', () => {
    const state = parseRecordsState(new URLSearchParams('thema=wachttijd&soort=klacht&van=2025-01-01'));
    expect(createRecordsFilter(state)).toEqual({
      theme: ['wachttijd'],
      kind: ['klacht'],
      from: '2025-01-01',
    });
    expect(serializeRecordsState(state).toString()).toBe('thema=wachttijd&soort=klacht&van=2025-01-01');
  });

  it('should keep the search words and the page number in the URL', () => {
    const state = parseRecordsState(new URLSearchParams('zoek=wachtlijst+traplift&domein=wmo&pagina=3'));
    expect(state.page).toBe(3);
    expect(createRecordsFilter(state)).toEqual({ search: 'wachtlijst traplift', domain: ['wmo'] });
    expect(serializeRecordsState(state).toString()).toBe('zoek=wachtlijst+traplift&domein=wmo&pagina=3');
    expect(serializeRecordsState({ ...state, page: 1 }).toString()).toBe(
      'zoek=wachtlijst+traplift&domein=wmo',
    );
  });

  it('should start at page 1 for a page number that is not one', () => {
    for (const value of ['0', '-2', 'twee', '4001', '']) {
      expect(parseRecordsState(new URLSearchParams({ pagina: value })).page).toBe(1);
    }
  });

  it('should ignore unknown kinds, malformed dates and unsafe codes', () => {
    const state = parseRecordsState(new URLSearchParams('soort=brief&van=1-1-2025&thema=a%20b'));
    expect(createRecordsFilter(state)).toEqual({});
  });
});
