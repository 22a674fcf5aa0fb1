import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { SystemStatus } from '@/modules/system/components/SystemStatus';
import { createTestQueryClient } from '@/testing/createTestQueryClient';
import { stubFetch } from '@/testing/stubFetch';

function renderSystemStatus() {
  return render(
    <QueryClientProvider client={createTestQueryClient()}>
      <SystemStatus />
    </QueryClientProvider>,
  );
}

describe(SystemStatus.name, () => {
  it('should show a loading message first', () => {
    stubFetch({
      status: 200,
      body: { data: { health: { status: 'ok', database: true, version: '0.1.0' } } },
    });
    renderSystemStatus();

    expect(screen.getByRole('status').textContent).toBe('De systeemstatus wordt opgehaald…');
  });

  it('should say the system works when the API and database are up', async () => {
    stubFetch({
      status: 200,
      body: { data: { health: { status: 'ok', database: true, version: '0.1.0' } } },
    });
    renderSystemStatus();

    expect(await screen.findByText('Systeem werkt')).toBeTruthy();
    expect(screen.getByText('Versie 0.1.0')).toBeTruthy();
  });

  it('should say the database is unreachable when the API reports it down', async () => {
    stubFetch({
      status: 200,
      body: { data: { health: { status: 'degraded', database: false, version: '0.1.0' } } },
    });
    renderSystemStatus();

    expect(await screen.findByText('Database niet bereikbaar')).toBeTruthy();
  });

  it('should show an alert when the API answers with an error', async () => {
    stubFetch({ status: 500, body: { errors: [{ message: 'Internal server error' }] } });
    renderSystemStatus();

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Het ophalen van de gegevens is niet gelukt.');
    expect(alert.textContent).toContain('HTTP 500');
    expect(screen.getByRole('button', { name: 'Opnieuw proberen' })).toBeTruthy();
  });
});
