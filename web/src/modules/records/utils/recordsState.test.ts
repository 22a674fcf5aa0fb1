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

  it('should ignore unknown kinds, malformed dates and unsafe codes', () => {
    const state = parseRecordsState(new URLSearchParams('soort=brief&van=1-1-2025&thema=a%20b'));
    expect(createRecordsFilter(state)).toEqual({});
  });
});
