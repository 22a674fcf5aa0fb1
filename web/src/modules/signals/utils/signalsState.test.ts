import {
  createSignalsFilter,
  parseSignalsState,
  serializeSignalsState,
  SIGNALS_FETCH_LIMIT,
} from '@/modules/signals/utils/signalsState';

describe(parseSignalsState.name, () => {
  it('should read a valid status, rule and selection and round-trip them', () => {
    const state = parseSignalsState(
      new URLSearchParams('status=in_behandeling&regel=wal_en_schip&pagina=3&signaal=12'),
    );
    expect(state).toEqual({ status: 'in_behandeling', rule: 'wal_en_schip', page: 3, selectedId: '12' });
    expect(serializeSignalsState(state).toString()).toBe(
      'status=in_behandeling&regel=wal_en_schip&pagina=3&signaal=12',
    );
    expect(createSignalsFilter(state)).toEqual({
      statuses: ['in_behandeling'],
      ruleCodes: ['wal_en_schip'],
      limit: SIGNALS_FETCH_LIMIT,
    });
  });

  it('should drop unknown statuses and unsafe codes', () => {
    const state = parseSignalsState(new URLSearchParams('status=klaar&regel=%3Cscript%3E&pagina=0'));
    expect(state).toEqual({ status: null, rule: null, page: 1, selectedId: null });
    expect(serializeSignalsState(state).toString()).toBe('');
    expect(createSignalsFilter(state)).toEqual({ limit: SIGNALS_FETCH_LIMIT });
  });
});
