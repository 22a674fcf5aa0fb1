import { type Page } from 'playwright-core';
import { describeViolations, runAxe } from '../../support/axe';
import { screenshot } from '../../support/browser';
import { logIn, useSharedDemoApp } from '../../support/demoApp';

const SUPPRESSED_CELL_LABEL = 'niet getoond, onderdrukt om herleidbaarheid te voorkomen';
const PERIOD = { from: '2025-01-01', to: '2025-12-31' };

interface Value {
  value: number | null;
  suppressed: boolean;
}
interface OutcomeRow {
  label: string | null;
  decided: Value;
  upholdRate: Value;
  upholdRateLower: Value;
  upholdRateUpper: Value;
}

/** The API's answer for the logged-in user of `page` (same session cookie as the dashboard). */
async function apiRows(
  page: Page,
  baseUrl: string,
  family: string,
  dimension: string,
): Promise<OutcomeRow[]> {
  const response = await page.request.post(`${baseUrl}/graphql`, {
    headers: { 'Content-Type': 'application/json' },
    data: {
      query: `query ($query: OutcomesQueryInput!) { outcomes(query: $query) { rows { label
        decided { value suppressed } upholdRate { value suppressed }
        upholdRateLower { value suppressed } upholdRateUpper { value suppressed } } } }`,
      variables: { query: { family, dimension, dateRange: PERIOD, filters: {} } },
    },
  });
  const body = (await response.json()) as { data: { outcomes: { rows: OutcomeRow[] } } };
  return body.data.outcomes.rows;
}

/** A percentage or count as the table writes it (nl-NL), or the words it uses for a withheld one. */
function shown(value: Value, percent: boolean): string {
  if (value.suppressed) return percent ? 'niet getoond' : '×';
  if (value.value === null) return '–';
  return percent
    ? new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 1 }).format(value.value / 100)
    : new Intl.NumberFormat('nl-NL').format(value.value);
}

/** The table of the panel titled `title`, after switching it from chart to table. */
async function openTable(page: Page, title: string) {
  const panel = page.getByRole('region', { name: title, exact: true });
  await panel.getByRole('button', { name: 'Tabel' }).click();
  const table = panel.getByRole('table');
  await table.locator('tbody tr').first().waitFor();
  return table;
}

/** Row header → cell texts of a table. */
async function tableRows(page: Page, title: string): Promise<Map<string, string[]>> {
  const table = await openTable(page, title);
  const rows = new Map<string, string[]>();
  for (const row of await table.locator('tbody tr').all()) {
    const header = (await row.locator('th').textContent())?.trim() ?? '';
    // A withheld count reads "×" plus a label for screen readers; compare the visible sign.
    const texts = await row.locator('td').allTextContents();
    rows.set(
      header,
      texts.map((text) => text.replace(SUPPRESSED_CELL_LABEL, '').trim()),
    );
  }
  return rows;
}

// Issue 18: the Uitkomsten page. Every figure in its tables is the API's answer for that role, so
// the council sees the perturbed counts and the intervals derived from them.
describe('outcomes page (browser)', () => {
  jest.setTimeout(330_000);
  const demo = useSharedDemoApp();

  for (const role of ['beleid', 'raad'] as const) {
    it(`should show ${role} the uphold rates with their intervals exactly as the API gives them`, async () => {
      const page = await demo.browser.newPage();
      await logIn(page, demo.baseUrl, role);
      await page.goto(`${demo.baseUrl}/uitkomsten?van=${PERIOD.from}&tot=${PERIOD.to}&indeling=thema`);
      await page.getByRole('heading', { level: 1, name: 'Uitkomsten' }).waitFor();
      // The chart draws the 95 % interval around its bars.
      const chart = page.getByRole('region', { name: 'Gegronde klachten', exact: true });
      await chart.locator('.recharts-errorBar').first().waitFor();
      const table = await tableRows(page, 'Gegronde klachten');
      const api = await apiRows(page, demo.baseUrl, 'klacht', 'theme');
      expect(api.length).toBeGreaterThan(0);
      // Members published as all zeros have no row; every row shown is the API's row.
      expect(table.size).toBe(api.length);
      for (const row of api) {
        const cells = table.get(row.label ?? '');
        expect(cells?.[0]).toBe(shown(row.decided, false));
        expect(cells?.slice(4)).toEqual([
          shown(row.upholdRate, true),
          shown(row.upholdRateLower, true),
          shown(row.upholdRateUpper, true),
        ]);
      }
      await screenshot(page, `outcomes-${role}`);
      // The other panels have their tables too.
      await openTable(page, 'Maatregelen na gegronde klachten');
      await openTable(page, 'Gegronde bezwaren per thema');
      expect(describeViolations(await runAxe(page))).toBe('');
      await page.close();
    });
  }

  it('should keep the breakdown in the URL and show objections upheld per theme', async () => {
    const page = await demo.browser.newPage();
    await logIn(page, demo.baseUrl, 'beleid');
    await page.goto(`${demo.baseUrl}/uitkomsten?van=${PERIOD.from}&tot=${PERIOD.to}`);
    await page.getByLabel('Klachtcijfers hieronder indelen per').selectOption('wet');
    await page.waitForURL(/indeling=wet/);
    const panel = page.getByRole('region', { name: 'Gegronde klachten', exact: true });
    await panel.getByRole('button', { name: 'Tabel' }).click();
    await panel.getByRole('columnheader', { name: 'Wet' }).waitFor();
    const objections = await tableRows(page, 'Gegronde bezwaren per thema');
    const api = await apiRows(page, demo.baseUrl, 'bezwaar', 'theme');
    expect([...objections.keys()].sort()).toEqual(api.map((row) => row.label ?? '').sort());
    await page.close();
  });

  it('should keep the page from the panel role', async () => {
    const page = await demo.browser.newPage();
    await logIn(page, demo.baseUrl, 'panel');
    await page.goto(`${demo.baseUrl}/uitkomsten`);
    await page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
    await page.close();
  });
});
