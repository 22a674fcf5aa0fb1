import { type Page } from 'playwright-core';
import { describeViolations, runAxe } from '../../support/axe';
import { logIn, useSharedDemoApp } from '../../support/demoApp';

/** The `asOf` of every handlingTimes query the page sends, in order. */
function recordAsOf(page: Page): (string | null | undefined)[] {
  const sent: (string | null | undefined)[] = [];
  page.on('request', (request) => {
    const body = request.postData();
    if (!request.url().endsWith('/graphql') || !body?.includes('handlingTimes')) return;
    const parsed = JSON.parse(body) as { variables?: { query?: { asOf?: string | null } } };
    sent.push(parsed.variables?.query?.asOf);
  });
  return sent;
}

// Open-case figures are counted on an as-of date (issue 14): by default each source's export date, or a
// date chosen on the page, kept in the URL, sent to the API and named in the table and its export.
describe('as-of date of open complaints on Wachttijden (browser)', () => {
  jest.setTimeout(330_000);
  const demo = useSharedDemoApp();

  it('should count open complaints on the export date by default and on a chosen date from the URL', async () => {
    const page = await demo.browser.newPage();
    await logIn(page, demo.baseUrl, 'beleid');
    const sent = recordAsOf(page);
    await page.goto(`${demo.baseUrl}/wachttijden`);
    const handling = page.getByRole('region', {
      name: 'Afhandeltijd van klachten tegenover de wettelijke termijn',
    });
    await handling.getByRole('button', { name: 'Tabel' }).click();
    const openColumn = handling.getByRole('columnheader', { name: /^Nog open, over termijn/ });
    expect(await openColumn.textContent()).toBe('Nog open, over termijn (op de exportdatum van elke bron)');
    expect(sent.at(-1)).toBeNull();

    const control = page.getByLabel('Open klachten tellen op peildatum');
    await control.fill('2025-01-31');
    await page.waitForURL(/peildatum=2025-01-31/);
    await handling
      .getByRole('columnheader', { name: 'Nog open, over termijn (op 31 januari 2025)' })
      .waitFor();
    expect(sent.at(-1)).toBe('2025-01-31');
    expect(await handling.textContent()).toContain('Nog open geteld op 31 januari 2025.');
    expect(describeViolations(await runAxe(page))).toBe('');

    // The date is part of the address: a reload (or a shared link) keeps it.
    await page.reload();
    expect(await page.getByLabel('Open klachten tellen op peildatum').inputValue()).toBe('2025-01-31');
    await page.getByRole('button', { name: 'Terug naar de exportdatum van de bron' }).click();
    await page.waitForURL((url) => !url.search.includes('peildatum'));
    await handling.getByRole('button', { name: 'Tabel' }).click();
    await handling
      .getByRole('columnheader', { name: 'Nog open, over termijn (op de exportdatum van elke bron)' })
      .waitFor();
    await page.close();
  });
});
