import { fireEvent, render, screen, within } from '@testing-library/react';
import { ChartPanel } from '@/ui/charts/ChartPanel';
import type { TableData } from '@/ui/table/tableData';

const table: TableData = {
  caption: 'Aantal klachten per thema',
  rowHeaderLabel: 'Thema',
  columns: [{ key: 'value', label: 'Aantal' }],
  rows: [
    {
      key: 'w',
      header: 'Wachttijd',
      cells: [{ kind: 'value', value: 1234, suppressed: false, format: 'number' }],
    },
    {
      key: 'b',
      header: 'Bejegening',
      cells: [{ kind: 'value', value: null, suppressed: true, format: 'number' }],
    },
  ],
};

function renderPanel(overrides: Partial<Parameters<typeof ChartPanel>[0]> = {}) {
  return render(
    <ChartPanel
      title="Klachten per thema"
      definition={{ definition: 'Aantal dossiers in de periode.', legalBasis: 'Awb hoofdstuk 9' }}
      table={table}
      chart={<div role="img" aria-label="Staafdiagram: Wachttijd 1.234" />}
      isLoading={false}
      error={null}
      exportFileName="klachten"
      {...overrides}
    />,
  );
}

describe(ChartPanel.name, () => {
  it('should show the chart first and the same numbers in a real table after switching', () => {
    renderPanel();
    expect(screen.getByRole('img', { name: 'Staafdiagram: Wachttijd 1.234' })).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Tabel' }));

    expect(screen.getByRole('button', { name: 'Tabel' }).getAttribute('aria-pressed')).toBe('true');
    const tableElement = screen.getByRole('table', { name: 'Aantal klachten per thema' });
    expect(within(tableElement).getByRole('columnheader', { name: 'Thema' }).getAttribute('scope')).toBe(
      'col',
    );
    expect(within(tableElement).getByRole('rowheader', { name: 'Wachttijd' }).getAttribute('scope')).toBe(
      'row',
    );
    const cells = within(tableElement)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(cells).toEqual(['1.234', '×niet getoond, onderdrukt om herleidbaarheid te voorkomen']);
    // The sign is hidden from screen readers; they hear the words instead.
    expect(within(tableElement).getByText('×').getAttribute('aria-hidden')).toBe('true');
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('should explain suppressed values and the definition with its legal basis', () => {
    renderPanel();
    expect(screen.getByText(/Aantallen van 1 tot en met 4 tonen we niet/)).toBeTruthy();
    expect(screen.getByText('Wat betekent dit?')).toBeTruthy();
    expect(screen.getByText('Awb hoofdstuk 9')).toBeTruthy();
  });

  it('should offer CSV and Excel downloads with a unique name per panel', () => {
    renderPanel();
    expect(screen.getByRole('button', { name: 'CSV downloaden: Klachten per thema' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Excel downloaden: Klachten per thema' })).toBeTruthy();
  });

  it('should show the loading, empty and error states', () => {
    const { rerender } = renderPanel({ table: null, isLoading: true });
    expect(screen.getByRole('status').textContent).toBe('De gegevens worden geladen…');

    rerender(
      <ChartPanel
        title="Klachten per thema"
        table={{ ...table, rows: [] }}
        chart={null}
        isLoading={false}
        error={null}
        exportFileName="klachten"
      />,
    );
    expect(screen.getByRole('status').textContent).toBe(
      'Er zijn geen gegevens voor deze periode en deze filters.',
    );

    rerender(
      <ChartPanel
        title="Klachten per thema"
        table={null}
        chart={null}
        isLoading={false}
        error={new Error('HTTP 500')}
        exportFileName="klachten"
      />,
    );
    expect(screen.getByRole('alert').textContent).toContain('Het ophalen van de gegevens is niet gelukt.');
  });
});
