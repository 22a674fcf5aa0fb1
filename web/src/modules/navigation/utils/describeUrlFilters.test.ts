import { describeUrlFilters } from '@/modules/navigation/utils/describeUrlFilters';

describe(describeUrlFilters.name, () => {
  it('should name the filters of the URL in Dutch, dates written out', () => {
    expect(describeUrlFilters('?van=2025-01-01&tot=2025-06-30&domein=wmo&domein=jeugd')).toBe(
      'Van: 1 januari 2025 · Tot en met: 30 juni 2025 · Domein: wmo, jeugd',
    );
  });

  it('should say so when the page uses its defaults', () => {
    expect(describeUrlFilters('')).toBe('standaardinstellingen van de pagina');
  });
});
