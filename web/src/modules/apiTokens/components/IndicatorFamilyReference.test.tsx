import { render, screen, within } from '@testing-library/react';
import { IndicatorFamilyReference } from '@/modules/apiTokens/components/IndicatorFamilyReference';

describe('IndicatorFamilyReference', () => {
  it('should list each family with its address, breakdowns and filters in a table', () => {
    render(
      <IndicatorFamilyReference
        families={[
          {
            name: 'handlingTimes',
            label: 'Behandelduur',
            definition: 'Klachten of bezwaren tegen de wettelijke termijn.',
            csvPath: '/api/v1/indicatoren/handlingTimes.csv',
            breakdowns: ['domein', 'lijn'],
            filters: ['gemeente', 'domein'],
            columns: [
              { name: 'mediaan_dagen', meaning: 'mediaan van de dagen tot afhandeling' },
              { name: 'mediaan_dagen_onderdrukt', meaning: 'ja: mediaan_dagen is afgeschermd' },
            ],
          },
          {
            name: 'thermometer',
            label: 'Thermometer',
            definition: 'Per domein de kleur van een kwartaal.',
            csvPath: '/api/v1/indicatoren/thermometer.csv',
            breakdowns: [],
            filters: [],
            columns: [{ name: 'kleur', meaning: 'groen, oranje of rood' }],
          },
        ]}
      />,
    );
    const table = screen.getByRole('table', { name: 'Tabellen met meer waarden' });
    const handling = within(table).getByRole('row', { name: /Behandelduur/ });
    expect(within(handling).getByText('/api/v1/indicatoren/handlingTimes.csv')).toBeTruthy();
    expect(within(handling).getByText('domein, lijn')).toBeTruthy();
    const thermometer = within(table).getByRole('row', { name: /Thermometer/ });
    expect(within(thermometer).getByText('Geen')).toBeTruthy();
    expect(within(thermometer).getByText('Alleen de periode')).toBeTruthy();
  });

  it('should list the columns of each file with their meaning', () => {
    render(
      <IndicatorFamilyReference
        families={[
          {
            name: 'handlingTimes',
            label: 'Behandelduur',
            definition: 'Klachten of bezwaren tegen de wettelijke termijn.',
            csvPath: '/api/v1/indicatoren/handlingTimes.csv',
            breakdowns: [],
            filters: [],
            columns: [{ name: 'mediaan_dagen', meaning: 'mediaan van de dagen tot afhandeling' }],
          },
        ]}
      />,
    );
    const columns = screen.getByRole('table', { name: 'Kolommen van Behandelduur' });
    const median = within(columns).getByRole('row', { name: /mediaan_dagen/ });
    expect(within(median).getByText('mediaan van de dagen tot afhandeling')).toBeTruthy();
  });
});
