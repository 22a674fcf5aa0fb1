import { navItemsForRole } from '@/modules/navigation/utils/navItemsForRole';
import { rolesFor } from '@/modules/navigation/utils/rolesFor';

const labels = (role: Parameters<typeof navItemsForRole>[0]) =>
  navItemsForRole(role).map((item) => item.label);

describe(navItemsForRole.name, () => {
  it('should give a council member aggregates, measures and frozen reports only: no sources or panel', () => {
    expect(labels('raad')).toEqual([
      'Thermometer',
      "Thema's",
      'Wachttijden',
      'Systeemsignalen',
      'Uitkomsten',
      'Keten',
      'Aanbieders',
      'Regio vergelijken',
      'Panelbevindingen',
      'Maatregelen',
      'Rapportages',
    ]);
  });

  it('should show Burgerpanel to the panel and its coordinators, and its findings to every role', () => {
    expect(labels('panel')).toEqual([
      'Thermometer',
      "Thema's",
      'Burgerpanel',
      'Panelbevindingen',
      'Maatregelen',
    ]);
    expect(labels('college')).toContain('Burgerpanel');
    expect(labels('beheer')).toContain('Burgerpanel');
    expect(labels('beleid')).not.toContain('Burgerpanel');
    expect(labels('beleid')).toContain('Panelbevindingen');
  });

  it('should show Rapportages to raad (to read), college, beleid and beheer, not to the panel', () => {
    expect(labels('college')).toContain('Rapportages');
    expect(labels('raad')).toContain('Rapportages');
    expect(labels('panel')).not.toContain('Rapportages');
  });

  it('should show Bronnen to administrators only', () => {
    expect(labels('beheer')).toContain('Bronnen');
    for (const role of ['raad', 'panel', 'college', 'beleid'] as const) {
      expect(labels(role)).not.toContain('Bronnen');
    }
  });

  it('should show the Thermometer to every role', () => {
    expect(rolesFor('/')).toEqual(['raad', 'panel', 'college', 'beleid', 'beheer']);
    expect(rolesFor('/bestaat-niet')).toEqual([]);
  });
});
