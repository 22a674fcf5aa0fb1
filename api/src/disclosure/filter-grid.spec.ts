import { checkFilterGrid, MAX_MUNICIPALITY_FILTER_VALUES } from './filter-grid';

describe(checkFilterGrid.name, () => {
  it('should accept one value per dimension and a region of municipalities', () => {
    expect(() =>
      checkFilterGrid({
        domain: ['wmo'],
        kind: ['klacht'],
        neighbourhood: ['WK034401'],
        municipality: ['GM0344', 'GM0307', 'GM0310'],
        theme: null,
      }),
    ).not.toThrow();
  });

  it('should refuse an OR filter of two values with a Dutch message', () => {
    expect(() => checkFilterGrid({ domain: ['wmo', 'jeugd'] })).toThrow(/per onderdeel op één waarde/);
  });

  it('should refuse more municipalities than one region holds', () => {
    const codes = Array.from(
      { length: MAX_MUNICIPALITY_FILTER_VALUES + 1 },
      (_, i) => `GM${String(i).padStart(4, '0')}`,
    );
    expect(() => checkFilterGrid({ municipality: codes })).toThrow(/ten hoogste/);
  });

  it('should refuse a value outside a closed list and a value that is no code', () => {
    expect(() => checkFilterGrid({ kind: ['brief'] })).toThrow(/niet bestaat/);
    expect(() => checkFilterGrid({ channel: ["x' OR 1=1 --"] })).toThrow(/niet bestaat/);
    expect(() => checkFilterGrid({ municipality: ['0344'] })).toThrow(/CBS-code/);
  });
});
