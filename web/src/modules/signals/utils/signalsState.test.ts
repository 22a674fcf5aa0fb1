import {
  createSignalsFilter,
  parseSignalsState,
  serializeSignalsState,
} from '@/modules/signals/utils/signalsState';

describe(parseSignalsState.name, () => {
  it('should read a valid status, rule and selection and round-trip them', () => {
    const state = parseSignalsState(
      new URLSearchParams('status=in_behandeling&regel=wal_en_schip&signaal=12'),
    );
    expect(state).toEqual({ status: 'in_behandeling', rule: 'wal_en_schip', selectedId: '12' });
    expect(serializeSignalsState(state).toString()).toBe(
      'status=in_behandeling&regel=wal_en_schip&signaal=12',
    );
    expect(createSignalsFilter(state)).toEqual({ statuses: ['in_behandeling'], ruleCodes: ['wal_en_schip'] });
  });

  it('should drop unknown statuses and unsafe codes', () => {
    const state = parseSignalsState(new URLSearchParams('status=klaar&regel=%3Cscript%3E'));
    expect(state).toEqual({ status: null, rule: null, selectedId: null });
    expect(createSignalsFilter(state)).toEqual({});
  });
});
