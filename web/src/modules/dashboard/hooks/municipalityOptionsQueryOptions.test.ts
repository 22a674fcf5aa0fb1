import { municipalityFilterOptions } from '@/modules/dashboard/hooks/municipalityOptionsQueryOptions';

describe(municipalityFilterOptions.name, () => {
  it('should offer each region of several municipalities first, then every municipality', () => {
    expect(
      municipalityFilterOptions([
        { code: 'GM0003', name: 'Aadorp', region: 'West' },
        { code: 'GM0001', name: 'Beekstad', region: 'Oost' },
        { code: 'GM0002', name: 'Coevorden', region: 'Oost' },
        { code: 'GM0004', name: 'Dalen', region: null },
      ]),
    ).toEqual([
      { code: 'GM0001,GM0002', label: 'Regio Oost (alle 2 gemeenten)' },
      { code: 'GM0003', label: 'Aadorp' },
      { code: 'GM0001', label: 'Beekstad' },
      { code: 'GM0002', label: 'Coevorden' },
      { code: 'GM0004', label: 'Dalen' },
    ]);
  });
});
