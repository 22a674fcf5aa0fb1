import { QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { ApiTokensSection } from '@/modules/apiTokens/components/ApiTokensSection';
import { createTestQueryClient } from '@/testing/createTestQueryClient';
import { stubGraphql } from '@/testing/stubGraphql';

const TOKEN = `llus_${'x'.repeat(43)}`;
const LISTED = {
  id: 7,
  name: 'Power BI',
  prefix: 'llus_xxxxxx',
  createdAt: '2026-12-01T10:00:00Z',
  expiresAt: '2099-03-01T10:00:00Z',
  lastUsedAt: null,
  revokedAt: null,
};

function renderSection() {
  render(
    <QueryClientProvider client={createTestQueryClient()}>
      <ApiTokensSection />
    </QueryClientProvider>,
  );
}

describe(ApiTokensSection.name, () => {
  it('should say there are no tokens yet', async () => {
    stubGraphql({ MyApiTokens: { data: { myApiTokens: [] } } });
    renderSection();
    expect(await screen.findByText('U hebt nog geen tokens.')).toBeTruthy();
  });

  it('should show a new token once, with focus on it, until the user says it is stored', async () => {
    const fetchMock = stubGraphql({
      MyApiTokens: { data: { myApiTokens: [] } },
      CreateApiToken: (variables) => ({
        data: {
          createApiToken: {
            token: TOKEN,
            info: {
              id: 8,
              name: (variables.input as { name: string }).name,
              expiresAt: '2027-03-01T10:00:00Z',
            },
          },
        },
      }),
    });
    renderSection();
    fireEvent.change(screen.getByLabelText('Waarvoor gebruikt u de token?'), { target: { value: 'Excel' } });
    fireEvent.click(screen.getByRole('button', { name: 'Token maken' }));
    const heading = await screen.findByRole('heading', { name: 'Uw nieuwe token “Excel”' });
    expect(document.activeElement).toBe(heading);
    expect(screen.getByLabelText<HTMLInputElement>('Token').value).toBe(TOKEN);
    const bodies = fetchMock.mock.calls.map(
      ([, init]) => JSON.parse(init?.body as string) as { query: string; variables: unknown },
    );
    const sent = bodies.find((body) => body.query.includes('CreateApiToken'));
    expect(sent?.variables).toEqual({ input: { name: 'Excel', validDays: 90 } });
    fireEvent.click(screen.getByRole('button', { name: 'Klaar, ik heb de token bewaard' }));
    expect(screen.queryByDisplayValue(TOKEN)).toBeNull();
    expect(screen.getByRole('heading', { name: 'Nieuwe token maken' })).toBeTruthy();
  });

  it('should revoke only after confirming, and put focus back when cancelled', async () => {
    const revoked: unknown[] = [];
    stubGraphql({
      MyApiTokens: { data: { myApiTokens: [LISTED] } },
      RevokeApiToken: (variables) => {
        revoked.push(variables.id);
        return { data: { revokeApiToken: true } };
      },
    });
    renderSection();
    const row = await screen.findByRole('row', { name: /Power BI/ });
    expect(within(row).getByText('Geldig')).toBeTruthy();
    fireEvent.click(within(row).getByRole('button', { name: 'Token “Power BI” intrekken' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Ja, intrekken' }));
    fireEvent.click(screen.getByRole('button', { name: 'Annuleren' }));
    const start = screen.getByRole('button', { name: 'Token “Power BI” intrekken' });
    expect(document.activeElement).toBe(start);
    expect(revoked).toEqual([]);
    fireEvent.click(start);
    fireEvent.click(screen.getByRole('button', { name: 'Ja, intrekken' }));
    await waitFor(() => expect(revoked).toEqual([7]));
    expect(await screen.findByText('De token “Power BI” is ingetrokken en werkt niet meer.')).toBeTruthy();
  });
});
