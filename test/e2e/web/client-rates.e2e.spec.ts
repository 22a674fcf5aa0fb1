import { describeViolations, runAxe } from '../../support/axe';
import { screenshot } from '../../support/browser';
import { logIn, useSharedDemoApp } from '../../support/demoApp';

// Per 1,000 clients (issue 18): the demo's client counts per provider give a funnel plot of complaints
// per 1,000 clients on the providers page, with its data table, for the council as for policy staff.
describe('complaints per 1,000 clients per provider (browser)', () => {
  jest.setTimeout(330_000);
  const demo = useSharedDemoApp();

  it('should show the council a funnel plot of complaints per 1,000 clients with its table', async () => {
    const page = await demo.browser.newPage();
    await logIn(page, demo.baseUrl, 'raad');
    await page.goto(`${demo.baseUrl}/aanbieders?van=2025-01-01&tot=2025-12-31`);
    await page.getByRole('heading', { level: 1, name: 'Aanbieders' }).waitFor();
    const panel = page.getByRole('region', { name: 'Klachten per 1.000 cliënten per aanbieder' });
    const chart = panel.locator('[role="img"][aria-label^="Trechterplot"]');
    await chart.locator('svg').waitFor();
    expect(await chart.getAttribute('aria-label')).toMatch(/in 2025, gemiddeld [\d,.]+ per 1\.000 cliënten/);
    await panel.getByText(/deze vergelijking gaat over 2025/).waitFor();

    await panel.getByRole('button', { name: 'Tabel' }).click();
    const table = panel.getByRole('table');
    for (const column of [
      'Cliënten',
      'Per 1.000 cliënten',
      'Interval: ondergrens',
      'Ten opzichte van de grenzen',
    ]) {
      await table.getByRole('columnheader', { name: column, exact: true }).waitFor();
    }
    // Every contracted provider of the demo has a client count, so each has a row.
    for (const provider of ['Kompas Jeugdzorg', 'Thuiszorg De Linde', 'Kredietbank Lusland']) {
      await table.getByRole('rowheader', { name: provider, exact: true }).waitFor();
    }
    expect(await table.getByRole('row').count()).toBeGreaterThan(8);
    await expectNoAxeViolations(page);
    await screenshot(page, 'web-aanbieders-per-1000-clienten');
    await page.close();
  });
});

async function expectNoAxeViolations(page: Parameters<typeof runAxe>[0]): Promise<void> {
  expect(describeViolations(await runAxe(page))).toBe('');
}
