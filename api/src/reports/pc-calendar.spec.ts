import { dueReports } from './pc-calendar';

describe(dueReports.name, () => {
  it('should have nothing due in the first two months', () => {
    expect(dueReports('2025-02-28')).toEqual([]);
  });

  it('should make the reports on the previous year due in spring', () => {
    expect(dueReports('2025-04-20')).toEqual([
      { kind: 'klachtenjaarverslag', from: '2024-01-01', to: '2024-12-31' },
      { kind: 'voorjaarsnota', from: '2024-07-01', to: '2024-12-31' },
      { kind: 'jaarverslag', from: '2024-01-01', to: '2024-12-31' },
    ]);
  });

  it('should make the bestuursrapportage on the first half year due from September', () => {
    expect(dueReports('2025-09-01')).toContainEqual({
      kind: 'bestuursrapportage',
      from: '2025-01-01',
      to: '2025-06-30',
    });
    expect(dueReports('2025-08-31').map((due) => due.kind)).not.toContain('bestuursrapportage');
  });
});
