import { QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router';
import { SysteemsignalenPage } from '@/pages/SysteemsignalenPage';
import { createTestQueryClient } from '@/testing/createTestQueryClient';
import { stubFetch } from '@/testing/stubFetch';

function signal(index: number) {
  return {
    id: String(index),
    ruleCode: 'wal_en_schip',
    ruleLabel: `Tussen wal en schip ${index}`,
    scopeKey: 'gemeente',
    themeLabel: null,
    organisationName: null,
    domainCode: null,
    law: null,
    periodStart: '2026-01-01',
    periodEnd: '2026-03-31',
    score: index,
    scoreSuppressed: false,
    // Every third signal is urgent.
    severity: index % 3 === 0 ? 'hoog' : 'laag',
    urgent: index % 3 === 0,
    status: 'nieuw',
    statusNote: null,
    statusChangedAt: null,
    active: true,
    firstSeenAt: '2026-04-01T08:00:00Z',
    organisations: [],
    evidence: [],
  };
}

function Location() {
  return <output data-testid="location">{useLocation().search}</output>;
}

// Every query of the page reads its own field from the one canned answer.
function renderPage(search: string) {
  const signals = Array.from({ length: 30 }, (_, index) => signal(index + 1));
  stubFetch({
    status: 200,
    body: { data: { signals, signalRules: [], me: null, signal: signals[26], signalSubscription: null } },
  });
  return render(
    <QueryClientProvider client={createTestQueryClient()}>
      <MemoryRouter initialEntries={[`/systeemsignalen${search}`]}>
        <SysteemsignalenPage />
        <Location />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

describe('Systeemsignalen workbench', () => {
  it('should show the page from the URL and write the next page back into it', async () => {
    renderPage('?status=nieuw&pagina=2');

    const table = await screen.findByRole('table', { name: /pagina 2 van 2 \(30 in totaal\)/ });
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 5);
    expect(within(table).getByRole('button', { name: 'Tussen wal en schip 26' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Volgende pagina' })).toHaveProperty('disabled', true);

    fireEvent.click(screen.getByRole('button', { name: 'Vorige pagina' }));
    expect(screen.getByTestId('location').textContent).toBe('?status=nieuw');
    expect(await screen.findByRole('table', { name: /pagina 1 van 2/ })).toBeTruthy();
  });

  it('should show the severity in Dutch and mark urgent signals in the list and the detail', async () => {
    renderPage('?pagina=2');

    const table = await screen.findByRole('table', { name: /pagina 2 van 2/ });
    const row = within(table).getByRole('button', { name: 'Tussen wal en schip 27' }).closest('tr')!;
    expect(within(row).getByText('Hoog, urgent')).toBeTruthy();
    const calm = within(table).getByRole('button', { name: 'Tussen wal en schip 26' }).closest('tr')!;
    expect(within(calm).getByText('Laag')).toBeTruthy();

    fireEvent.click(within(row).getByRole('button', { name: 'Tussen wal en schip 27' }));
    expect(await screen.findByText(/hoort meteen bij het college te komen/)).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Waarvoor wilt u een e-mail?' })).toBeTruthy();
  });

  it('should move focus to the opened signal', async () => {
    renderPage('?pagina=2');

    fireEvent.click(await screen.findByRole('button', { name: 'Tussen wal en schip 27' }));

    expect(screen.getByTestId('location').textContent).toBe('?pagina=2&signaal=27');
    const heading = await screen.findByRole('heading', { name: 'Signaal: Tussen wal en schip 27' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });
});
