import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { App } from '@/App';
import { createTestQueryClient } from '@/testing/createTestQueryClient';
import { stubFetch } from '@/testing/stubFetch';

function renderAppAt(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <App queryClient={createTestQueryClient()} />
    </MemoryRouter>,
  );
}

describe(App.name, () => {
  it("should show the Thema's page and mark its menu item as current", async () => {
    renderAppAt('/themas');

    expect(await screen.findByRole('heading', { level: 1, name: "Thema's" })).toBeTruthy();
    const menu = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(menu).getByRole('link', { name: "Thema's" }).getAttribute('aria-current')).toBe('page');
    expect(within(menu).getByRole('link', { name: 'Thermometer' }).getAttribute('aria-current')).toBeNull();
    await waitFor(() => expect(document.title).toBe("Thema's – Leerlus"));
  });

  it('should render the landmarks and the skip link', async () => {
    renderAppAt('/themas');
    await screen.findByRole('heading', { level: 1 });

    expect(screen.getByRole('link', { name: 'Naar de inhoud' }).getAttribute('href')).toBe('#inhoud');
    expect(screen.getByRole('banner').textContent).toContain('Leren van klachten in het sociaal domein');
    expect(screen.getByRole('main').id).toBe('inhoud');
    expect(screen.getByRole('contentinfo')).toBeTruthy();
  });

  it('should move focus to the main content after choosing a menu item', async () => {
    renderAppAt('/themas');
    await screen.findByRole('heading', { level: 1, name: "Thema's" });

    const menu = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    fireEvent.click(within(menu).getByRole('link', { name: 'Bronnen' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Bronnen' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('main'));
    expect(within(menu).getByRole('link', { name: 'Bronnen' }).getAttribute('aria-current')).toBe('page');
  });

  it('should show the live system status on the Thermometer page', async () => {
    stubFetch({
      status: 200,
      body: { data: { health: { status: 'ok', database: true, version: '0.1.0' } } },
    });
    renderAppAt('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Thermometer' })).toBeTruthy();
    expect(await screen.findByText('Systeem werkt')).toBeTruthy();
  });

  it('should show a Dutch not-found page for unknown paths', async () => {
    renderAppAt('/bestaat-niet');

    expect(await screen.findByRole('heading', { level: 1, name: 'Pagina niet gevonden' })).toBeTruthy();
    await waitFor(() => expect(document.title).toBe('Pagina niet gevonden – Leerlus'));
  });
});
