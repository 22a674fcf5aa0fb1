import { coverageSuffix, describeCoverage } from '@/modules/dashboard/utils/describeCoverage';

describe(describeCoverage.name, () => {
  it('should say which sources still have to deliver, and mark provisional and undelivered periods', () => {
    expect(describeCoverage({ completeness: 'definitief', notDelivered: [] })).toBe('Definitief');
    expect(describeCoverage({ completeness: 'voorlopig', notDelivered: ['Ombudsman', 'Zorg BV'] })).toBe(
      'Voorlopig: nog niet (helemaal) geleverd door Ombudsman, Zorg BV',
    );
    expect(coverageSuffix({ completeness: 'nog_niet_geleverd', notDelivered: ['Ombudsman'] })).toBe(
      ' (nog niet geleverd)',
    );
    expect(coverageSuffix({ completeness: 'definitief', notDelivered: [] })).toBe('');
  });
});
