import { type Page } from 'playwright-core';
import { describeViolations, runAxe } from '../../support/axe';
import { screenshot } from '../../support/browser';
import { logIn, useSharedDemoApp } from '../../support/demoApp';
import { openMenuLink } from '../../support/menu';

/** The council's laptop: the menu bar must stay one line so the thermometer overview fits. */
const LAPTOP = { width: 1366, height: 768 };
const REGION = ['Heidebroek', 'Lusdonk (uw gemeente)', 'Lusmond', 'Oldewaard'];

/** The comparison's table, after switching the panel from chart to table. */
async function comparisonTable(page: Page) {
  const panel = page.locator('section.chart-panel').first();
  await panel.getByRole('img', { name: /^Trechterplot: klachten per 1\.000 inwoners/ }).waitFor();
  await panel.getByRole('button', { name: 'Tabel' }).click();
  const table = panel.getByRole('table');
  await table.waitFor();
  return table;
}

// The demo region as `npm start` loads it (Lusdonk and three neighbours, all taking part), on the shared
// instance: the last test switches Lusdonk's participation off and back on, which only this page reads.
describe('regional comparison and the grouped menu (browser)', () => {
  jest.setTimeout(330_000);
  const demo = useSharedDemoApp();

  it('should keep every role’s menu bar on one line at 1366×768 and open a group with the keyboard', async () => {
    const page = await demo.browser.newPage({ viewport: LAPTOP });
    for (const role of ['raad', 'college', 'beleid', 'beheer'] as const) {
      await logIn(page, demo.baseUrl, role);
      const tops = await page
        .locator('nav[aria-label="Hoofdmenu"] .main-nav__list > li')
        .evaluateAll((items) => items.map((item) => Math.round(item.getBoundingClientRect().top)));
      expect({ role, rows: new Set(tops).size }).toEqual({ role, rows: 1 });
      await page.context().clearCookies();
    }
    await logIn(page, demo.baseUrl, 'raad');
    const compare = page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('button', { name: 'Vergelijken' });
    await compare.focus();
    await page.keyboard.press('Enter');
    expect(await compare.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Tab');
    expect(await page.evaluate<string | null>('document.activeElement?.textContent ?? null')).toBe('Keten');
    await page.keyboard.press('Escape');
    expect(await compare.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate<string | null>('document.activeElement?.textContent ?? null')).toContain(
      'Vergelijken',
    );
    await page.close();
  });

  it('should show the council a funnel plot and its table by municipality name, perturbed, without ranking', async () => {
    const page = await demo.browser.newPage({ viewport: LAPTOP });
    await logIn(page, demo.baseUrl, 'raad');
    await openMenuLink(page, 'Regio vergelijken');
    await page.getByRole('heading', { level: 1, name: 'Regio vergelijken' }).waitFor();
    await page.getByText('Dit is geen ranglijst').waitFor();
    await screenshot(page, 'regio-vergelijken-raad');
    const table = await comparisonTable(page);
    expect(await table.locator('tbody th').allTextContents()).toEqual(REGION);
    const headers = (await table.locator('thead th').allTextContents()).join(' ');
    expect(headers).toContain('Per 1.000 inwoners');
    expect(headers).not.toMatch(/rang|plaats|positie/i);
    await page.getByText('de aantallen licht verstoord').waitFor();
    expect(describeViolations(await runAxe(page))).toBe('');
    await page.close();
  });

  it('should let policy staff compare per theme with the choice in the URL, accessible', async () => {
    const page = await demo.browser.newPage({ viewport: LAPTOP });
    await logIn(page, demo.baseUrl, 'beleid');
    await page.goto(`${demo.baseUrl}/regio?van=2025-01-01&tot=2025-12-31`);
    await page.getByRole('heading', { level: 1, name: 'Regio vergelijken' }).waitFor();
    // The chart's choices change with the answer per theme: wait for it, not for the domains' list.
    const perTheme = page.waitForResponse(
      (response) =>
        response.url().endsWith('/graphql') && (response.request().postData() ?? '').includes('THEMA'),
    );
    await page.getByLabel('Vergelijken per').selectOption('thema');
    await page.waitForURL(/indeling=thema/);
    await perTheme;
    const group = page.getByLabel('In de grafiek');
    // React renders the new choices just after the answer: a label read a moment too early is retried.
    let label = '';
    for (let attempt = 0; attempt < 5 && label === ''; attempt += 1) {
      const second = (await group.locator('option').nth(1).textContent()) ?? '';
      label = await group.selectOption({ label: second }, { timeout: 2_000 }).then(
        () => second,
        () => '',
      );
    }
    expect(label).not.toBe('');
    await page.waitForURL(/groep=/);
    await page.getByRole('heading', { level: 2, name: `Klachten per 1.000 inwoners: ${label}` }).waitFor();
    const table = await comparisonTable(page);
    expect(await table.locator('tbody th').allTextContents()).toEqual(REGION);
    // Exact counts for policy staff: no perturbation note.
    expect(await page.getByText('de aantallen licht verstoord').count()).toBe(0);
    expect(describeViolations(await runAxe(page))).toBe('');
    await screenshot(page, 'regio-vergelijken-beleid-thema');
    await page.close();
  });

  it('should let beheer switch the municipality off, after which the page explains why there is no comparison', async () => {
    const page = await demo.browser.newPage({ viewport: LAPTOP });
    await logIn(page, demo.baseUrl, 'beheer');
    await page.goto(`${demo.baseUrl}/beheer/gemeenten`);
    const lusdonk = page.getByRole('checkbox', { name: 'Lusdonk (Regio Lusland)' });
    await lusdonk.waitFor();
    expect(await lusdonk.isChecked()).toBe(true);
    expect(describeViolations(await runAxe(page))).toBe('');
    // The box shows what the server stored: it changes once the change is saved.
    const setTo = async (checked: boolean): Promise<void> => {
      await lusdonk.click();
      await page.getByRole('status').getByText('De deelname is opgeslagen.').waitFor();
      await page.waitForFunction(
        `document.querySelector('input[type=checkbox]')?.checked === ${String(checked)}`,
      );
    };
    try {
      await setTo(false);
      await page.goto(`${demo.baseUrl}/regio`);
      await page
        .getByRole('alert')
        .getByText('Uw gemeente doet niet mee aan de regionale vergelijking')
        .waitFor();
    } finally {
      await page.goto(`${demo.baseUrl}/beheer/gemeenten`);
      await lusdonk.waitFor();
      if (!(await lusdonk.isChecked())) await setTo(true);
    }
    await page.close();
  });
});
