import { type Page } from 'playwright-core';
import { gemeenteExportCsv, gemeenteExportLine } from '../../../api/src/testing/gemeenteExport';
import { describeViolations, runAxe } from '../../support/axe';
import { screenshot } from '../../support/browser';
import { DEMO_PASSWORD, useDemoApp } from '../../support/demoApp';
import { openMenuLink } from '../../support/menu';

async function expectNoAxeViolations(page: Page): Promise<void> {
  const violations = await runAxe(page);
  expect(describeViolations(violations)).toBe('');
}

async function focusedLabel(page: Page): Promise<string | null> {
  const id = await page.locator(':focus').getAttribute('id');
  return id ? page.locator(`label[for="${id}"]`).textContent() : null;
}

async function tabToLabel(page: Page, name: string, maxTabs = 40): Promise<void> {
  for (let i = 0; i < maxTabs; i += 1) {
    await page.keyboard.press('Tab');
    if ((await focusedLabel(page)) === name) return;
  }
  throw new Error(`"${name}" kreeg geen focus na ${maxTabs} keer Tab`);
}

// The administrator imports a small file with one impossible date through the Bronnen page.
// Own demo instance: the import adds complaints and recomputes every rollup and signal, which other
// specs' figures (and their comparisons with the API) would see change under them.
describe('dashboard for administrators: imports (browser)', () => {
  jest.setTimeout(330_000);
  const demo = useDemoApp();

  it('should upload a CSV, show the progress to the end and list the rejected row with its reason', async () => {
    const page = await demo.browser.newPage();
    await page.goto(`${demo.baseUrl}/inloggen`);
    await page.getByLabel('Gebruikersnaam').fill('beheer');
    await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Thermometer' }).waitFor();

    await openMenuLink(page, 'Bronnen');
    await page.getByRole('heading', { level: 1, name: 'Bronnen' }).waitFor();
    await page.getByRole('region', { name: 'Imports' }).getByRole('table').waitFor();
    await page.getByRole('region', { name: 'Hoe actueel is elke bron?' }).getByRole('table').waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'web-bronnen');

    // Keyboard: file input, profile and submit are reachable in that order.
    await page.locator('h1').click();
    await tabToLabel(page, 'Bestand (CSV, XLSX of JSON)');
    await tabToLabel(page, 'Profiel', 3);
    await page.keyboard.press('Tab');
    expect(await page.locator(':focus').textContent()).toBe('Bestand inlezen');

    // Unique case numbers, so the file is never a duplicate of an earlier run.
    const run = Date.now();
    const csv = gemeenteExportCsv([
      gemeenteExportLine(`E2E-${run}-1`, '03-04-2024'),
      gemeenteExportLine(`E2E-${run}-2`, '31-02-2024'),
      gemeenteExportLine(`E2E-${run}-3`, '04-04-2024'),
    ]);
    await page.getByLabel('Bestand (CSV, XLSX of JSON)').setInputFiles({
      name: `klachten-e2e-${run}.csv`,
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'latin1'),
    });
    await page.getByLabel('Profiel').selectOption('gemeente-klachten');
    await page.getByRole('button', { name: 'Bestand inlezen' }).click();

    await page.getByRole('progressbar', { name: /^Voortgang van import #\d+/ }).waitFor();
    const summary = page.getByRole('status').getByText(/^Import #\d+ is klaar:/);
    await summary.waitFor({ timeout: 120_000 });
    expect(await summary.textContent()).toMatch(/: 2 nieuw, 0 bijgewerkt, 0 ongewijzigd, 1 afgewezen\.$/);
    const importId = /#(\d+)/.exec((await summary.textContent()) ?? '')?.[1];
    await expectNoAxeViolations(page);
    await screenshot(page, 'web-bronnen-import-klaar');

    await page.getByRole('button', { name: 'Bekijk de afgewezen rijen' }).click();
    const rejected = page.getByRole('region', { name: `Afgewezen rijen van import #${importId}` });
    const rows = rejected.getByRole('table').locator('tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(1);
    expect(await rows.first().locator('th').textContent()).toBe('3');
    expect(await rows.first().textContent()).toContain('31-02-2024');
    expect((await rows.first().locator('td').last().textContent())?.length).toBeGreaterThan(5);
    expect(
      await rejected.getByRole('link', { name: 'Download als CSV om te verbeteren' }).getAttribute('href'),
    ).toBe(`/api/imports/${importId}/rejected.csv`);
    // The import is in the list with its counts.
    await page
      .getByRole('region', { name: 'Imports' })
      .getByRole('rowheader', { name: `#${importId}` })
      .waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'web-bronnen-afgewezen');
    await page.close();
  });

  it('should refuse the Bronnen page to policy staff', async () => {
    const page = await demo.browser.newPage();
    await page.goto(`${demo.baseUrl}/inloggen`);
    await page.getByLabel('Gebruikersnaam').fill('beleid');
    await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Thermometer' }).waitFor();
    await page.goto(`${demo.baseUrl}/bronnen`);
    await page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
    await page.close();
  });
});
