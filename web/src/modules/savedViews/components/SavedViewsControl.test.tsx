import { QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { SavedViewsControl } from '@/modules/savedViews/components/SavedViewsControl';
import { createTestQueryClient } from '@/testing/createTestQueryClient';
import { demoUser } from '@/testing/demoUser';
import { stubGraphql } from '@/testing/stubGraphql';

const LISTS = {
  savedViews: {
    own: [{ id: 1, name: 'Jeugd 2025', path: '/themas', search: '?domein=jeugd', shared: true }],
    sharedWithMe: [
      { id: 2, name: 'Wmo keten', path: '/keten', search: '?domein=wmo', ownerDisplayName: 'Bram Collega' },
    ],
  },
};

function renderAt(path: string) {
  const fetch = stubGraphql({
    Me: { data: demoUser('beleid') },
    SavedViews: { data: LISTS },
    ImportSavedViews: (variables) => ({
      data: { importSavedViews: (variables.views as unknown[]).length },
    }),
    CreateSavedView: { data: { createSavedView: { id: 3, name: 'Nieuw' } } },
  });
  render(
    <QueryClientProvider client={createTestQueryClient()}>
      <MemoryRouter initialEntries={[path]}>
        <SavedViewsControl />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return fetch;
}

const operations = (fetch: ReturnType<typeof stubGraphql>) =>
  fetch.mock.calls.map(
    ([, init]) => JSON.parse(init?.body as string) as { query: string; variables: unknown },
  );

describe(SavedViewsControl.name, () => {
  afterEach(() => localStorage.clear());

  it('should list own views and the views colleagues share, with the owner and page in words', async () => {
    renderAt('/themas?domein=wmo');
    const shared = await screen.findByRole('list', { name: "Gedeeld door collega's" });
    expect(within(shared).getByRole('link', { name: 'Wmo keten' }).getAttribute('href')).toBe(
      '/keten?domein=wmo',
    );
    expect(shared.textContent).toContain('Keten, gedeeld door Bram Collega');
    // A colleague's view has no actions.
    expect(within(shared).queryByRole('button')).toBeNull();
    const own = screen.getByRole('list', { name: 'Mijn weergaven' });
    expect(within(own).getByRole('button', { name: 'Niet meer delen: Jeugd 2025' })).toBeTruthy();
    // Same page, other filters: the view can take over the filters of now.
    expect(within(own).getByRole('button', { name: /Bijwerken naar de filters van nu/ })).toBeTruthy();
  });

  it('should save the page with its query string under the given name', async () => {
    const fetch = renderAt('/wachttijden?domein=jeugd&van=2025-01-01');
    await screen.findByRole('list', { name: 'Mijn weergaven' });
    fireEvent.change(screen.getByLabelText('Naam van de weergave'), { target: { value: ' Nieuw ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Weergave opslaan' }));
    expect(await screen.findByText('Weergave "Nieuw" is opgeslagen.')).toBeTruthy();
    const create = operations(fetch).find((call) => call.query.includes('CreateSavedView'));
    expect(create?.variables).toEqual({
      input: { name: 'Nieuw', path: '/wachttijden', search: '?domein=jeugd&van=2025-01-01' },
    });
  });

  it('should hand the views this browser kept to the server once and then forget them', async () => {
    localStorage.setItem(
      'leerlus:weergaven:beleid',
      JSON.stringify([{ name: 'Oud', path: '/themas', search: '?domein=wmo' }, { kapot: true }]),
    );
    const fetch = renderAt('/themas');
    expect(await screen.findByText('1 weergave uit deze browser is bewaard in uw lijst.')).toBeTruthy();
    const imports = operations(fetch).filter((call) => call.query.includes('ImportSavedViews'));
    expect(imports.map((call) => call.variables)).toEqual([
      { views: [{ name: 'Oud', path: '/themas', search: '?domein=wmo' }] },
    ]);
    await waitFor(() => expect(localStorage.getItem('leerlus:weergaven:beleid')).toBeNull());
  });
});
