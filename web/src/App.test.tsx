import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router';
import { App } from '@/App';
import type { Role } from '@/generated/graphql';
import { createTestQueryClient } from '@/testing/createTestQueryClient';
import { demoUser } from '@/testing/demoUser';
import { caseCountValue, themeBreakdownFixture } from '@/testing/metricsFixture';
import { stubGraphql, type StubHandlers } from '@/testing/stubGraphql';

// The first Thema's render compiles recharts under Jest, which can take seconds on a busy machine.
configure({ asyncUtilTimeout: 10_000 });

// Theme rows, or the members of the dimension a filter list asks for.
const metrics: StubHandlers['Metrics'] = (variables) => {
  const dimensions = (variables as { query: { dimensions: string[] } }).query.dimensions;
  if (dimensions.includes('subjectOrganisation')) {
    return {
      data: {
        metrics: {
          disclosureControl: false,
          totals: [],
          rows: [
            {
              period: null,
              complete: true,
              dimensions: [{ dimension: 'subjectOrganisation', code: 'zorg-a', label: 'Zorg A' }],
              values: [caseCountValue(30)],
            },
          ],
        },
      },
    };
  }
  return {
    data: themeBreakdownFixture([{ code: 'wachttijd', label: 'Wachttijd', value: caseCountValue(12) }]),
  };
};

function LocationProbe() {
  const { pathname, search } = useLocation();
  return <p data-testid="location">{`${pathname}${search}`}</p>;
}

function renderAppAt(path: string, role: Role | null = 'beleid') {
  stubGraphql({
    Me: { data: role ? demoUser(role) : { me: null } },
    Health: { data: { health: { status: 'ok', database: true, version: '0.1.0' } } },
    Metrics: metrics,
    Municipalities: {
      data: {
        municipalities: [
          { code: 'GM9901', name: 'Leerstad', region: 'Rivierenland' },
          { code: 'GM9902', name: 'Klachtdorp', region: null },
          { code: 'GM9903', name: 'Beekhuizen', region: 'Rivierenland' },
        ],
      },
    },
    Logout: { data: { logout: true } },
  });
  return render(
    <MemoryRouter initialEntries={[path]}>
      <App queryClient={createTestQueryClient()} />
      <LocationProbe />
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
    renderAppAt('/themas', 'beheer');
    await screen.findByRole('heading', { level: 1, name: "Thema's" });

    const menu = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    // Bronnen is under the disclosure button "Meer" (the bar must fit 1366 px).
    const more = () => within(menu).getByRole('button', { name: /^Meer/ });
    expect(more().getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(more());
    expect(more().getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(within(menu).getByRole('link', { name: 'Bronnen' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Bronnen' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('main'));
    // The group closes after navigating and tells that the current page is in it.
    expect(more().getAttribute('aria-expanded')).toBe('false');
    expect(more().textContent).toContain('de huidige pagina staat hierin');
    fireEvent.click(more());
    expect(within(menu).getByRole('link', { name: 'Bronnen' }).getAttribute('aria-current')).toBe('page');
  });

  it('should close an open menu group with Escape and give the focus back to its button', async () => {
    renderAppAt('/themas', 'raad');
    await screen.findByRole('heading', { level: 1, name: "Thema's" });
    const menu = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    const compare = within(menu).getByRole('button', { name: 'Vergelijken' });
    fireEvent.click(compare);
    const link = within(menu).getByRole('link', { name: 'Regio vergelijken' });
    link.focus();
    fireEvent.keyDown(link, { key: 'Escape' });
    expect(compare.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(compare);
    expect(within(menu).queryByRole('link', { name: 'Regio vergelijken' })).toBeNull();
  });

  it('should show the live system status on the Thermometer page', async () => {
    renderAppAt('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Thermometer' })).toBeTruthy();
    expect(await screen.findByText('Systeem werkt')).toBeTruthy();
  });

  it('should show a Dutch not-found page for unknown paths', async () => {
    renderAppAt('/bestaat-niet');

    expect(await screen.findByRole('heading', { level: 1, name: 'Pagina niet gevonden' })).toBeTruthy();
    await waitFor(() => expect(document.title).toBe('Pagina niet gevonden – Leerlus'));
  });

  it('should send a visitor without a session to the login page, with the way back', async () => {
    renderAppAt('/themas?van=2025-01-01&tot=2025-12-31', null);

    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeTruthy();
    expect(screen.getByTestId('location').textContent).toBe(
      `/inloggen?terug=${encodeURIComponent('/themas?van=2025-01-01&tot=2025-12-31')}`,
    );
    expect(screen.queryByRole('navigation', { name: 'Hoofdmenu' })).toBeNull();
  });

  it('should show the name and the Dutch role in the header', async () => {
    renderAppAt('/', 'college');

    const banner = await screen.findByRole('banner');
    await waitFor(() => expect(banner.textContent).toContain('Demo college'));
    expect(banner.textContent).toContain('(College van B&W)');
    expect(within(banner).getByRole('button', { name: 'Uitloggen' })).toBeTruthy();
  });

  it('should filter the menu by role and refuse a page the role may not see', async () => {
    renderAppAt('/bronnen', 'raad');

    expect(await screen.findByRole('heading', { level: 1, name: 'Geen toegang' })).toBeTruthy();
    const menu = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(menu).queryByRole('link', { name: 'Bronnen' })).toBeNull();
    expect(within(menu).queryByRole('link', { name: 'Dossiers' })).toBeNull();
    expect(within(menu).getByRole('link', { name: 'Thermometer' })).toBeTruthy();
  });

  it("should offer 'Bekijk dossiers' per theme to policy staff, on the theme and period", async () => {
    renderAppAt('/themas?van=2025-01-01&tot=2025-12-31', 'beleid');

    const link = await screen.findByRole('link', { name: 'Bekijk dossiers over Wachttijd' });
    expect(link.getAttribute('href')).toBe('/dossiers?thema=wachttijd&van=2025-01-01&tot=2025-12-31');
  });

  it("should never offer a way to records to the council on Thema's", async () => {
    renderAppAt('/themas', 'raad');

    await screen.findByRole('heading', { level: 2, name: 'Klachten en signalen per thema' });
    await screen.findByRole('button', { name: 'CSV downloaden: Klachten en signalen per thema' });
    expect(screen.queryByRole('link', { name: /Bekijk dossiers/ })).toBeNull();
  });

  it('should put the chosen provider in the URL', async () => {
    renderAppAt('/themas?van=2025-01-01&tot=2025-12-31', 'raad');

    const provider = await screen.findByLabelText('Aanbieder');
    await within(provider).findByRole('option', { name: 'Zorg A' });
    fireEvent.change(provider, { target: { value: 'zorg-a' } });

    await waitFor(() =>
      expect(screen.getByTestId('location').textContent).toBe(
        '/themas?van=2025-01-01&tot=2025-12-31&aanbieder=zorg-a',
      ),
    );
    expect(screen.getByLabelText('Bron')).toBeTruthy();
  });

  it('should offer the municipalities of the installation and put the chosen one in the URL', async () => {
    renderAppAt('/themas?van=2025-01-01&tot=2025-12-31', 'raad');

    const municipality = await screen.findByLabelText<HTMLSelectElement>('Gemeente');
    await within(municipality).findByRole('option', { name: 'Leerstad' });
    fireEvent.change(municipality, { target: { value: 'GM9902' } });

    await waitFor(() =>
      expect(screen.getByTestId('location').textContent).toBe(
        '/themas?van=2025-01-01&tot=2025-12-31&gemeente=GM9902',
      ),
    );

    // A region stands for all its municipalities, and stays shown as the region.
    fireEvent.change(municipality, { target: { value: 'GM9901,GM9903' } });
    await waitFor(() =>
      expect(screen.getByTestId('location').textContent).toBe(
        '/themas?van=2025-01-01&tot=2025-12-31&gemeente=GM9901&gemeente=GM9903',
      ),
    );
    expect(municipality.selectedOptions[0]?.textContent).toBe('Regio Rivierenland (alle 2 gemeenten)');
  });

  it('should keep a municipality from a shared link, and let the user clear it', async () => {
    renderAppAt('/themas?van=2025-01-01&tot=2025-12-31&gemeente=GM9901', 'beleid');

    const municipality = await screen.findByLabelText<HTMLSelectElement>('Gemeente');
    expect(municipality.value).toBe('GM9901');
    fireEvent.change(municipality, { target: { value: '' } });

    await waitFor(() =>
      expect(screen.getByTestId('location').textContent).toBe('/themas?van=2025-01-01&tot=2025-12-31'),
    );
  });

  it('should log out and return to the login page', async () => {
    renderAppAt('/', 'raad');

    fireEvent.click(await screen.findByRole('button', { name: 'Uitloggen' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Uitloggen' })).toBeNull();
  });
});
