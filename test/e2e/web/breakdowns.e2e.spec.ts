import { type Page } from 'playwright-core';
import { describeViolations, runAxe } from '../../support/axe';
import { logIn, useSharedDemoApp } from '../../support/demoApp';

const PERIOD = { from: '2025-01-01', to: '2025-12-31' };
const SUPPRESSED_CELL_LABEL = 'niet getoond, onderdrukt om herleidbaarheid te voorkomen';

interface MetricsRow {
  dimensions: { label: string }[];
  values: { value: number | null; suppressed: boolean }[];
}

/** caseCount per member of `dimension` as the API gives it to the logged-in user of `page`. */
async function apiCounts(page: Page, baseUrl: string, dimension: string): Promise<Map<string, string>> {
  const response = await page.request.post(`${baseUrl}/graphql`, {
    headers: { 'Content-Type': 'application/json' },
    data: {
      query: `query ($query: MetricsQueryInput!) { metrics(query: $query) { rows {
        dimensions { label } values { value suppressed } } } }`,
      variables: {
        query: {
          measures: ['caseCount'],
          dimensions: [dimension],
          dateRange: PERIOD,
          comparison: 'NONE',
          periodToDate: false,
          filters: {},
        },
      },
    },
  });
  const body = (await response.json()) as { data: { metrics: { rows: MetricsRow[] } } };
  return new Map(
    body.data.metrics.rows.map((row) => {
      const value = row.values[0];
      const text = value?.suppressed ? '×' : new Intl.NumberFormat('nl-NL').format(value?.value ?? 0);
      return [row.dimensions[0]?.label ?? '', text];
    }),
  );
}

// Issue 18: channel, submitter (indiener), kind and neighbourhood as breakdowns on the Thema's page,
// each with its table, for policy staff (exact) and the council (the API's protected counts).
describe('breakdowns (browser)', () => {
  jest.setTimeout(330_000);
  const demo = useSharedDemoApp();

  for (const role of ['beleid', 'raad'] as const) {
    it(`should show ${role} every breakdown with labels in words and the API's counts`, async () => {
      const page = await demo.browser.newPage();
      await logIn(page, demo.baseUrl, role);
      await page.goto(`${demo.baseUrl}/themas?van=${PERIOD.from}&tot=${PERIOD.to}&vergelijk=geen`);
      const select = page.getByLabel('Klachten en signalen verdelen naar');
      for (const [option, dimension, title, word] of [
        ['indiener', 'complainantType', 'indiener', 'Ouder'],
        ['kanaal', 'channel', 'kanaal', 'Telefoon'],
        ['soort', 'kind', 'soort', 'Klacht'],
        ['wijk', 'neighbourhood', 'wijk', null],
      ] as const) {
        await select.selectOption(option);
        if (option !== 'kanaal') await page.waitForURL(new RegExp(`verdeling=${option}`));
        const panel = page.getByRole('region', { name: `Klachten en signalen per ${title}`, exact: true });
        await panel.getByRole('button', { name: 'Tabel' }).click();
        const table = panel.getByRole('table');
        await table.locator('tbody tr').first().waitFor();
        const shown = new Map<string, string>();
        for (const row of await table.locator('tbody tr').all()) {
          const header = (await row.locator('th').textContent())?.trim() ?? '';
          const cell = (await row.locator('td').first().textContent()) ?? '';
          shown.set(header, cell.replace(SUPPRESSED_CELL_LABEL, '').trim());
        }
        expect(shown).toEqual(await apiCounts(page, demo.baseUrl, dimension));
        if (word) expect([...shown.keys()]).toContain(word);
        // Never a raw code as a label.
        for (const header of shown.keys()) expect(header).not.toMatch(/_/);
      }
      expect(describeViolations(await runAxe(page))).toBe('');
      await page.close();
    });
  }
});
