import { familyCsv } from './family-csv';

describe('familyCsv', () => {
  it('should write a suppressed value as an empty cell with onderdrukt=ja, never as 0', () => {
    const csv = familyCsv({
      indicator: 'handlingTimes',
      family: 'klacht',
      breakdown: 'domein',
      valueColumns: ['received', 'medianDays'],
      rows: [
        {
          period: '2025-03-01',
          complete: true,
          coverage: { completeness: 'definitief' },
          code: 'jeugd',
          label: 'Jeugdhulp',
          values: [
            { value: null, suppressed: true },
            { value: 12.5, suppressed: false },
          ],
        },
      ],
      granularity: 'MONTH',
      range: { from: '2025-03-01', to: '2025-04-30' },
      filters: 'lijn=tweede_lijn',
    });
    expect(csv.split('\r\n')).toEqual([
      '\ufeffindicator;soort;periode_van;periode_tot;periode_volledig;volledigheid;domein_code;domein;received;received_onderdrukt;medianDays;medianDays_onderdrukt;filters',
      'handlingTimes;klacht;2025-03-01;2025-03-31;ja;definitief;jeugd;Jeugdhulp;;ja;12,5;nee;lijn=tweede_lijn',
      '',
    ]);
  });
});
