import { buildNavEntries } from '@/modules/navigation/utils/buildNavEntries';
import { navItemsForRole } from '@/modules/navigation/utils/navItemsForRole';

const bar = (role: Parameters<typeof navItemsForRole>[0]) =>
  buildNavEntries(navItemsForRole(role)).map((entry) =>
    entry.kind === 'link'
      ? entry.item.label
      : `${entry.label}: ${entry.items.map((item) => item.label).join(', ')}`,
  );

describe(buildNavEntries.name, () => {
  it('should give the council seven entries: the indicator pages, then comparisons and accountability behind buttons', () => {
    expect(bar('raad')).toEqual([
      'Thermometer',
      "Thema's",
      'Wachttijden',
      'Systeemsignalen',
      'Uitkomsten',
      'Vergelijken: Keten, Aanbieders, Regio vergelijken',
      'Verantwoording: Panelbevindingen, Maatregelen, Rapportages',
    ]);
  });

  it('should show a group of which a role sees one item as that item’s own link', () => {
    expect(bar('beleid')).toContain('Meer: Themabeoordeling, Themamodellen');
    expect(bar('panel')).toEqual([
      'Thermometer',
      "Thema's",
      'Burgerpanel',
      'Verantwoording: Panelbevindingen, Maatregelen',
    ]);
  });

  it('should keep the administrator’s pages under Meer', () => {
    expect(bar('beheer')).toContain("Meer: Bronnen, Beheer, Thema's beheren, Themamodellen");
    expect(bar('beheer').length).toBeLessThanOrEqual(10);
  });
});
