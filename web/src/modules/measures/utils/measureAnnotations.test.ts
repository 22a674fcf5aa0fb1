import { measureAnnotations } from '@/modules/measures/utils/measureAnnotations';

const months = ['2025-01-01', '2025-02-01', '2025-03-01'];
const measure = (effectiveOn: string | null) => ({
  title: 'Extra consulenten',
  themeLabel: 'Wachttijd',
  effectiveOn,
});

describe('measureAnnotations', () => {
  it('should place a measure on the bucket that contains its effect date', () => {
    expect(measureAnnotations([measure('2025-02-15')], months)).toEqual([
      { x: '2025-02-01', label: 'Maatregel: Extra consulenten (Wachttijd)' },
    ]);
  });

  it('should leave out measures before the first bucket or long after the last', () => {
    expect(measureAnnotations([measure('2024-12-31'), measure('2027-01-01'), measure(null)], months)).toEqual(
      [],
    );
  });
});
