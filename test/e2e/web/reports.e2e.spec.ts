import { readFile } from 'node:fs/promises';
import { type Browser, type Page } from 'playwright-core';
import { describeViolations, runAxe } from '../../support/axe';
import { screenshot } from '../../support/browser';
import { logIn, useSharedDemoApp } from '../../support/demoApp';
import { openMenuLink } from '../../support/menu';

async function expectNoAxeViolations(page: Page): Promise<void> {
  expect(describeViolations(await runAxe(page))).toBe('');
}

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ acceptDownloads: true });
  return context.newPage();
}

/** ISO date of the first day of the month `monthsAgo` months before now. */
function firstOfMonthAgo(monthsAgo: number): string {
  const now = new Date();
  return new Date(Date.UTC(now.getFullYear(), now.getMonth() - monthsAgo, 1)).toISOString().slice(0, 10);
}

// Closing the learning loop: beleid records a measure, the college freezes a P&C report and downloads
// it, the council opens the frozen report.
// Changes data on the shared demo instance, all of it its own: a measure with a unique title and a
// frozen report that it finds again by its number.
describe('measures and P&C reports (browser)', () => {
  jest.setTimeout(330_000);
  const demo = useSharedDemoApp();
  const title = `Extra consulenten ${Date.now()}`;

  it('should show a measure added by beleid as an annotation on the theme trend', async () => {
    const page = await newPage(demo.browser);
    await logIn(page, demo.baseUrl, 'beleid');
    await openMenuLink(page, 'Maatregelen');
    await page.getByRole('heading', { level: 1, name: 'Maatregelen' }).waitFor();
    await page.getByLabel('Maatregel', { exact: true }).fill(title);
    await page
      .getByLabel('Thema')
      .locator('option', { hasText: 'Wachttijd' })
      .first()
      .waitFor({ state: 'attached' });
    await page.getByLabel('Thema').selectOption({ label: 'Wachttijd' });
    await page.getByLabel('Eigenaar').fill('Team Wmo');
    await page.getByLabel('Besloten op').fill(firstOfMonthAgo(7));
    await page.getByLabel('Gaat in op').fill(firstOfMonthAgo(6));
    await page.getByLabel('Verwacht effect').fill('Minder klachten over wachttijd');
    await page.getByRole('button', { name: 'Maatregel opslaan' }).click();
    await page.getByRole('status').getByText(`De maatregel "${title}" is opgeslagen.`).waitFor();

    await page.getByRole('button', { name: `Effect van "${title}" bekijken` }).click();
    await page.getByRole('heading', { level: 2, name: new RegExp(`^Effect van "${title}"`) }).waitFor();
    await page.locator('.verdict').waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'web-maatregelen');

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: "Thema's" }).click();
    const annotations = page.getByRole('list', { name: 'Maatregelen in deze periode' });
    await annotations.getByText(`Maatregel: ${title} (Wachttijd)`, { exact: false }).waitFor();
    await screenshot(page, 'web-themas-maatregel');
    await page.context().close();
  });

  it('should let college freeze a bestuursrapportage and download its PDF and DOCX, and raad open it', async () => {
    const page = await newPage(demo.browser);
    await logIn(page, demo.baseUrl, 'college');
    await openMenuLink(page, 'Rapportages');
    await page.getByRole('heading', { level: 1, name: 'Rapportages' }).waitFor();
    await page.getByLabel('Soort rapport').selectOption('bestuursrapportage');
    await page.getByLabel('Periode').selectOption('eerste-halfjaar');
    await page.getByRole('button', { name: 'Rapport samenstellen' }).click();
    await page.getByRole('heading', { level: 3, name: /^Bestuursrapportage: klachten en signalen/ }).waitFor({
      timeout: 60_000,
    });
    await page
      .getByLabel('Tekst van het college (niet verplicht)')
      .first()
      .fill('Het college ziet de wachttijd dalen.');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Rapport vastleggen' }).click();
    const frozen = page.getByRole('status').getByText(/^Vastgelegd: Leerlus-rapport \d+/);
    await frozen.waitFor({ timeout: 60_000 });
    const snapshotId = /Leerlus-rapport (\d+)/.exec((await frozen.textContent()) ?? '')?.[1];
    expect(snapshotId).toBeDefined();
    await page.getByText('Het college ziet de wachttijd dalen.').first().waitFor();

    for (const [format, magic] of [
      ['PDF (toegankelijk)', '%PDF-'],
      ['Word (bewerkbaar)', 'PK'],
    ] as const) {
      await page.getByRole('button', { name: `${format} maken` }).click();
      const link = page.getByRole('link', { name: `${format} downloaden` });
      await link.waitFor({ timeout: 60_000 });
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      const bytes = await readFile(await download.path());
      expect(bytes.subarray(0, magic.length).toString('latin1')).toBe(magic);
    }
    await screenshot(page, 'web-rapportages-college');
    await page.context().close();

    const council = await newPage(demo.browser);
    await logIn(council, demo.baseUrl, 'raad');
    await openMenuLink(council, 'Rapportages');
    await council.getByRole('heading', { level: 1, name: 'Rapportages' }).waitFor();
    expect(await council.getByRole('button', { name: 'Rapport samenstellen' }).count()).toBe(0);
    await council.getByRole('button', { name: new RegExp(`^Open rapport ${snapshotId} `) }).click();
    await council
      .getByRole('heading', { level: 2, name: /^Bestuursrapportage: klachten en signalen/ })
      .waitFor();
    await council.getByText('Het college ziet de wachttijd dalen.').first().waitFor();
    await expectNoAxeViolations(council);
    await screenshot(council, 'web-rapportages-raad');

    // On paper: no menu or buttons, and a header with the date stamp and the filters of the URL.
    await council.emulateMedia({ media: 'print' });
    expect(await council.getByRole('navigation', { name: 'Hoofdmenu' }).isVisible()).toBe(false);
    expect(await council.getByRole('button').first().isVisible()).toBe(false);
    const header = council.locator('.print-header');
    expect(await header.isVisible()).toBe(true);
    expect(await header.textContent()).toMatch(/afgedrukt op .* · Filters: Rapport: \d+/);
    await screenshot(council, 'web-rapportages-raad-print');
    await council.context().close();
  });
});
