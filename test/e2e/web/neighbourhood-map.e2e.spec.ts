import { type Page } from 'playwright-core';
import { describeViolations, runAxe } from '../../support/axe';
import { logIn, useSharedDemoApp } from '../../support/demoApp';

// Read-only: the demo's own wijk boundaries (etl/src/demo/data/boundaries.ts) and records.
const DOMAINS = ['inburgering', 'schuldhulp', 'werk_inkomen', 'jeugd', 'wmo'];
const MONTHS = Array.from({ length: 24 }, (_, i) => {
  const start = new Date(Date.UTC(2024, i, 1));
  const end = new Date(Date.UTC(2024, i + 1, 0));
  return { from: start.toISOString().slice(0, 10), to: end.toISOString().slice(0, 10) };
});
const SUPPRESSED_CELL_LABEL = 'niet getoond, onderdrukt om herleidbaarheid te voorkomen';

interface Area {
  code: string;
  name: string;
  count: number | null;
  rate: number | null;
  suppressed: boolean;
}
interface View {
  from: string;
  to: string;
  domain: string;
}

/** The map as the API gives it to the user logged in on `page`. */
async function apiMap(page: Page, baseUrl: string, view: View): Promise<{ measure: string; areas: Area[] }> {
  const response = await page.request.post(`${baseUrl}/graphql`, {
    headers: { 'Content-Type': 'application/json' },
    data: {
      query: `query ($query: NeighbourhoodMapInput!) { neighbourhoodMap(query: $query) {
        measure areas { code name count rate suppressed } } }`,
      variables: {
        query: { dateRange: { from: view.from, to: view.to }, filters: { domain: [view.domain] } },
      },
    },
  });
  const body = (await response.json()) as { data: { neighbourhoodMap: { measure: string; areas: Area[] } } };
  return body.data.neighbourhoodMap;
}

const url = (baseUrl: string, view: View): string =>
  `${baseUrl}/themas?van=${view.from}&tot=${view.to}&domein=${view.domain}&vergelijk=geen&verdeling=wijk`;

const formatted = (value: number): string =>
  new Intl.NumberFormat('nl-NL', { maximumFractionDigits: Number.isInteger(value) ? 0 : 1 }).format(value);

// Issue 18: the neighbourhood map on the Thema's page, suppression honoured on the map and its table.
describe('neighbourhood map (browser)', () => {
  jest.setTimeout(330_000);
  const demo = useSharedDemoApp();
  let view: View | undefined;
  let suppressed: Area | undefined;

  it('should show the council a withheld wijk as "afgeschermd" on the map and in the table', async () => {
    const page = await demo.browser.newPage();
    await logIn(page, demo.baseUrl, 'raad');
    // A month and domain in which the council's protected count of some wijk is withheld.
    for (const month of MONTHS) {
      for (const domain of DOMAINS) {
        const map = await apiMap(page, demo.baseUrl, { ...month, domain });
        suppressed = map.areas.find((area) => area.suppressed);
        if (suppressed) {
          view = { ...month, domain };
          break;
        }
      }
      if (view) break;
    }
    if (!view || !suppressed) throw new Error('No month and domain with a withheld wijk in the demo');

    await page.goto(url(demo.baseUrl, view));
    const panel = page.getByRole('region', { name: 'Kaart: klachten en signalen per wijk', exact: true });
    const area = panel.getByRole('img', { name: `${suppressed.name}: afgeschermd`, exact: true });
    await area.waitFor();
    // Nothing about the withheld area carries a number: not its name, its title nor a data attribute.
    const carried = await area.evaluate((element) => ({
      name: element.getAttribute('aria-label'),
      title: element.textContent,
      data: Array.from(element.attributes).filter((attribute) => attribute.name.startsWith('data-')).length,
    }));
    expect(carried).toEqual({
      name: `${suppressed.name}: afgeschermd`,
      title: `${suppressed.name}: afgeschermd`,
      data: 0,
    });
    await area.focus();
    expect(await area.evaluate((element) => element === element.ownerDocument.activeElement)).toBe(true);
    await expect(panel.locator('svg text', { hasText: suppressed.name }).textContent()).resolves.toContain(
      'afgeschermd',
    );
    await panel.getByText('afgeschermd: niet getoond om privacy te beschermen').waitFor();
    expect(describeViolations(await runAxe(page))).toBe('');

    await panel.getByRole('button', { name: 'Tabel' }).click();
    const row = panel.getByRole('row', { name: new RegExp(`^${suppressed.name}\\b`) });
    await expect(row.locator('td').first().textContent()).resolves.toContain(SUPPRESSED_CELL_LABEL);
    expect(describeViolations(await runAxe(page))).toBe('');
    await page.close();
  });

  it('should show policy staff the exact figure of that wijk', async () => {
    if (!view || !suppressed) throw new Error('the council test found no view');
    const page = await demo.browser.newPage();
    await logIn(page, demo.baseUrl, 'beleid');
    const map = await apiMap(page, demo.baseUrl, view);
    const exact = map.areas.find((area) => area.code === suppressed!.code)!;
    expect(exact.suppressed).toBe(false);
    expect(map.measure).toBe('PER_1000_INHABITANTS');
    await page.goto(url(demo.baseUrl, view));
    const panel = page.getByRole('region', { name: 'Kaart: klachten en signalen per wijk', exact: true });
    const name = `${exact.name}: ${formatted(exact.rate!)} klachten en signalen per 1.000 inwoners`;
    await panel.getByRole('img', { name, exact: true }).waitFor();
    await panel.getByRole('button', { name: 'Tabel' }).click();
    const row = panel.getByRole('row', { name: new RegExp(`^${exact.name}\\b`) });
    await expect(row.locator('td').nth(1).textContent()).resolves.toBe(formatted(exact.count!));
    expect(describeViolations(await runAxe(page))).toBe('');
    await page.close();
  });

  it('should show beheer the loaded boundaries and refuse a bad file with a Dutch message', async () => {
    const page = await demo.browser.newPage();
    await logIn(page, demo.baseUrl, 'beheer');
    await page.goto(`${demo.baseUrl}/beheer/gemeenten`);
    const loaded = page.getByRole('region', { name: 'Wijk- en buurtgrenzen', exact: true });
    const lusdonk = loaded.getByRole('row', { name: /Lusdonk \(GM9901\) Wijken 8 8/ });
    await lusdonk.waitFor();
    // A refused file changes nothing, so this stays read-only for the shared demo instance.
    const form = page.getByRole('region', { name: 'Wijk- of buurtgrenzen laden' });
    await form.getByLabel('Bestand met grenzen (GeoJSON)').setInputFiles({
      name: 'wijken.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('wijkcode;wijknaam\nWK990101;Centrum\n'),
    });
    await form.getByRole('button', { name: 'Grenzen laden' }).click();
    await form.getByRole('alert').getByText('Het bestand is geen geldige JSON', { exact: false }).waitFor();
    await lusdonk.waitFor();
    expect(describeViolations(await runAxe(page))).toBe('');
    await page.close();
  });
});
