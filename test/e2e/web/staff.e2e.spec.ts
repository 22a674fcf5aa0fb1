import { readFile } from 'node:fs/promises';
import { type Page } from 'playwright-core';
import { describeViolations, runAxe } from '../../support/axe';
import { screenshot } from '../../support/browser';
import { logIn, useSharedDemoApp } from '../../support/demoApp';

async function expectNoAxeViolations(page: Page): Promise<void> {
  const violations = await runAxe(page);
  expect(describeViolations(violations)).toBe('');
}

/** Presses Tab until the focused element matches `isTarget` (keyboard-only use). */
async function tabUntil(page: Page, describe: string, isTarget: () => Promise<boolean>, maxTabs = 60) {
  for (let i = 0; i < maxTabs; i += 1) {
    await page.keyboard.press('Tab');
    if (await isTarget()) return;
  }
  throw new Error(`${describe} kreeg geen focus na ${maxTabs} keer Tab`);
}

/**
 * An attribute of document.activeElement. Read in the page because a locator(':focus') finds nothing
 * while the focus is inside a date field's parts (the Dossiers period).
 */
function focusedAttribute(page: Page, name: string): Promise<string | null> {
  return page.evaluate((attribute) => {
    const doc = (
      globalThis as unknown as {
        document: { activeElement: { getAttribute(n: string): string | null } | null };
      }
    ).document;
    return doc.activeElement?.getAttribute(attribute) ?? null;
  }, name);
}

async function focusedLabel(page: Page): Promise<string | null> {
  const id = await focusedAttribute(page, 'id');
  return id ? page.locator(`label[for="${id}"]`).textContent() : null;
}

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

// Policy staff: from a theme to the redacted records behind it, a CSV of the page, a signal's status,
// providers compared, and open complaints counted on an as-of date.
// Changes data on the shared demo instance: one signal's review status and a note unique to the run
// (a recompute keeps the signal; no other spec reads review statuses).
describe('dashboard for policy staff (browser)', () => {
  jest.setTimeout(330_000);
  const demo = useSharedDemoApp();

  it('should drill from the theme wachttijd to records, open one and export the page as CSV', async () => {
    const context = await demo.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await logIn(page, demo.baseUrl, 'beleid');
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(await menu.getByRole('link').allTextContents()).toContain('Dossiers');

    // From the theme breakdown on Thema's to the records of that theme in the same period.
    await page.goto(`${demo.baseUrl}/themas?van=2025-01-01&tot=2026-06-30`);
    const breakdown = page.getByRole('region', { name: 'Klachten en signalen per thema' });
    await breakdown.getByRole('link', { name: 'Bekijk dossiers over Wachttijd', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Dossiers' }).waitFor();
    const drilled = new URL(page.url());
    expect(drilled.pathname).toBe('/dossiers');
    expect(Object.fromEntries(drilled.searchParams)).toEqual({
      thema: 'wachttijd',
      van: '2025-01-01',
      tot: '2026-06-30',
    });
    expect(await page.getByLabel('Thema', { exact: true }).inputValue()).toBe('wachttijd');

    await page.goto(`${demo.baseUrl}/dossiers?thema=wachttijd`);
    await page.getByRole('heading', { level: 1, name: 'Dossiers' }).waitFor();
    const list = page.getByRole('region', { name: 'Dossiers', exact: true });
    const table = list.getByRole('table');
    await table.waitFor();
    expect(await page.getByLabel('Thema', { exact: true }).inputValue()).toBe('wachttijd');
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await table.locator('caption').textContent()).toMatch(/^Dossiers, pagina 1 van [\d.]+/);
    // Every record on the page is about the chosen theme (or one of its subthemes).
    const themes = await table.locator('tbody tr td:nth-of-type(4)').allTextContents();
    expect(themes.every((theme) => /wacht|lever/i.test(theme))).toBe(true);
    await expectNoAxeViolations(page);
    await screenshot(page, 'web-dossiers-wachttijd');

    // Keyboard: the filters and the first record are reachable with Tab.
    await page.locator('h1').click();
    await tabUntil(page, 'Het filter Thema', async () => (await focusedLabel(page)) === 'Thema');
    await tabUntil(page, 'Het eerste dossier', async () =>
      ((await focusedAttribute(page, 'aria-label')) ?? '').startsWith('Open dossier'),
    );
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: /^Dossier GM/ }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Tekst (geanonimiseerd)' }).waitFor();
    expect(new URL(page.url()).searchParams.get('dossier')).toMatch(/^GM/);
    await expectNoAxeViolations(page);
    await screenshot(page, 'web-dossier-detail');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      list.getByRole('button', { name: 'CSV downloaden: Dossiers' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('dossiers-wachttijd-pagina-1.csv');
    const csv = await readFile(await download.path(), 'utf8');
    const [header, firstRow] = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(header).toBe('Dossier;Ontvangen;Soort;Domein;Thema;Over organisatie;Uitkomst;Afgesloten');
    expect(firstRow?.split(';')).toHaveLength(8);
    await context.close();
  });

  it('should open a system signal with its evidence and set its status with a note', async () => {
    const page = await demo.browser.newPage();
    await logIn(page, demo.baseUrl, 'beleid');
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Systeemsignalen' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Systeemsignalen' }).waitFor();
    const list = page.getByRole('region', { name: 'Signalen', exact: true });
    const rows = list.getByRole('table').locator('tbody tr');
    await rows.first().waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'web-systeemsignalen');

    // Keyboard: the status filter and the first signal are reachable; Enter opens the signal.
    await page.locator('h1').click();
    await tabUntil(page, 'Het filter Status', async () => (await focusedLabel(page)) === 'Status');
    await tabUntil(page, 'Het eerste signaal', async () => (await list.locator('tbody :focus').count()) > 0);
    await page.keyboard.press('Enter');
    const detail = page.getByRole('region', { name: /^Signaal: / });
    await detail.getByRole('region', { name: 'Onderbouwing', exact: true }).waitFor();
    await detail
      .getByRole('region', { name: 'Dossiers achter dit signaal', exact: true })
      .getByRole('table')
      .waitFor();

    await detail.getByLabel('In behandeling').check();
    const note = `Opgepakt door team Jeugd (${Date.now()}).`;
    await detail.getByLabel('Notitie (niet verplicht)').fill(note);
    await detail.getByRole('button', { name: 'Status opslaan' }).click();
    await detail.getByRole('status').getByText('De status is opgeslagen: In behandeling.').waitFor();
    await detail.locator('dd', { hasText: note }).waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'web-systeemsignaal-status');

    // The list follows the status filter in the URL.
    await list.getByLabel('Status').selectOption('in_behandeling');
    await page.waitForURL(/status=in_behandeling/);
    await rows.first().getByText('In behandeling').waitFor();
    await page.close();
  });
  it('should compare providers fairly and show who reported on time', async () => {
    const page = await demo.browser.newPage();
    await logIn(page, demo.baseUrl, 'beleid');
    await page.goto(`${demo.baseUrl}/aanbieders?van=2024-01-01&tot=2025-12-31`);
    await page.getByRole('heading', { level: 1, name: 'Aanbieders' }).waitFor();
    const funnel = page.getByRole('region', { name: 'Klachten per aanbieder, eerlijk vergeleken' });
    await funnel.locator('[role="img"][aria-label^="Spreidingsdiagram"] svg').waitFor();
    const compliance = page.getByRole('region', { name: 'Rapporteren aanbieders op tijd?' });
    await compliance.locator('[role="img"][aria-label^="Staafdiagram"] svg').waitFor();
    const perProvider = page.getByRole('region', { name: 'Halfjaarrapportage per aanbieder', exact: true });
    await perProvider.getByRole('table').waitFor();
    expect(await perProvider.getByRole('table').textContent()).toMatch(/Op tijd|Te laat|Ontbreekt/);
    await funnel.getByText('Wat betekent dit?').click();
    await funnel.getByText(/geen aantallen per cliënt/).waitFor();
    await funnel.getByRole('button', { name: 'Tabel' }).click();
    await funnel.getByRole('columnheader', { name: 'Ten opzichte van de grenzen' }).waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'web-aanbieders-beleid');
    await page.close();
  });

  // Open-case figures are counted on an as-of date (issue 14): by default each source's export date, or
  // a date chosen on the page, kept in the URL, sent to the API and named in the table and its export.
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
    await expectNoAxeViolations(page);

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
