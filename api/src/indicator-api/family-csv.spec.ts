import { IndicatorValue } from '../handling-times/models/indicator-value.model';
import { familyCsv, FamilyRow } from './family-csv';

type Row = FamilyRow & { received: IndicatorValue; medianDays: IndicatorValue };

describe('familyCsv', () => {
  it('should write a suppressed value as an empty cell with onderdrukt=ja, never as 0, under its Dutch name', () => {
    const csv = familyCsv<Row>(
      {
        indicator: 'handlingTimes',
        family: 'klacht',
        granularity: 'MONTH',
        range: { from: '2025-03-01', to: '2025-04-30' },
        filters: 'lijn=tweede_lijn',
      },
      'domein',
      [
        { name: 'ontvangen', field: 'received', meaning: 'ontvangen' },
        { name: 'mediaan_dagen', field: 'medianDays', meaning: 'mediaan' },
      ],
      [
        {
          period: '2025-03-01',
          complete: true,
          coverage: { completeness: 'definitief' },
          code: 'jeugd',
          label: 'Jeugdhulp',
          received: { value: null, suppressed: true },
          medianDays: { value: 12.5, suppressed: false },
        },
      ],
    );
    expect(csv.split('\r\n')).toEqual([
      '\ufeffindicator;soort;periode_van;periode_tot;periode_volledig;volledigheid;domein_code;domein;ontvangen;ontvangen_onderdrukt;mediaan_dagen;mediaan_dagen_onderdrukt;filters',
      'handlingTimes;klacht;2025-03-01;2025-03-31;ja;definitief;jeugd;Jeugdhulp;;ja;12,5;nee;lijn=tweede_lijn',
      '',
    ]);
  });
});
