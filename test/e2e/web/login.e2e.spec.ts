import { type Page } from 'playwright-core';
import { describeViolations, runAxe } from '../../support/axe';
import { screenshot } from '../../support/browser';
import { DEMO_PASSWORD, useSharedDemoApp } from '../../support/demoApp';
import { menuLinkLabels } from '../../support/menu';

async function expectNoAxeViolations(page: Page): Promise<void> {
  const violations = await runAxe(page);
  expect(describeViolations(violations)).toBe('');
}

/** Presses Tab until the element with this accessible name has focus (keyboard-only use). */
async function tabTo(page: Page, name: string, maxTabs = 10): Promise<void> {
  for (let i = 0; i < maxTabs; i += 1) {
    await page.keyboard.press('Tab');
    const id = await page.locator(':focus').getAttribute('id');
    const focused = id ? await page.locator(`label[for="${id}"]`).textContent() : null;
    if (focused === name) return;
  }
  throw new Error(`"${name}" kreeg geen focus na ${maxTabs} keer Tab`);
}

// The dashboard as a user meets it: real API, embedded PostgreSQL, demo data and demo users, built web.
// Read-only: the run's shared demo instance; LEERLUS_WEB_E2E_URL points it at an instance that already
// runs instead (started with LEERLUS_DEMO_PASSWORD=demo-wachtwoord), which skips the start-up.
describe("dashboard login and Thema's (browser)", () => {
  jest.setTimeout(330_000);
  const demo = useSharedDemoApp();

  it('should let a council member log in with the keyboard only and see aggregates', async () => {
    const page = await demo.browser.newPage();
    await page.goto(`${demo.baseUrl}/themas`);

    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    expect(new URL(page.url()).search).toBe(`?terug=${encodeURIComponent('/themas')}`);
    await expectNoAxeViolations(page);
    await screenshot(page, 'web-login');

    await tabTo(page, 'Gebruikersnaam');
    await page.keyboard.type('raad');
    await page.keyboard.press('Tab');
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { level: 1, name: "Thema's" }).waitFor();
    expect(await page.getByRole('banner').textContent()).toContain('(Raadslid)');
    expect(await menuLinkLabels(page)).toEqual([
      'Thermometer',
      "Thema's",
      'Wachttijden',
      'Systeemsignalen',
      'Uitkomsten',
      'Keten',
      'Aanbieders',
      'Regio vergelijken',
      'Panelbevindingen',
      'Maatregelen',
      'Rapportages',
    ]);

    const trend = page.getByRole('region', { name: 'Ontwikkeling van het aantal klachten en signalen' });
    await trend.locator('[role="img"][aria-label^="Lijndiagram"] svg').waitFor();
    await trend.getByRole('button', { name: 'Tabel' }).click();
    expect(await trend.getByRole('table').locator('tbody tr').count()).toBe(12);

    const themes = page.getByRole('region', { name: 'Klachten en signalen per thema' });
    await themes.locator('[role="img"][aria-label^="Staafdiagram"] svg').waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'web-themas-raad');

    await page.goto(`${demo.baseUrl}/bronnen`);
    await page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();

    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await page.close();
  });

  it('should show a policy officer the wider menu and the theme table with a comparison', async () => {
    const page = await demo.browser.newPage();
    await page.goto(`${demo.baseUrl}/inloggen`);
    await page.getByLabel('Gebruikersnaam').fill('beleid');
    await page.getByLabel('Wachtwoord').fill('fout-wachtwoord');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('alert').getByText('Onbekende gebruikersnaam of onjuist wachtwoord').waitFor();

    await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Thermometer' }).waitFor();
    expect(await page.getByRole('banner').textContent()).toContain('(Beleidsmedewerker)');
    const labels = await menuLinkLabels(page);
    expect(labels).toEqual(expect.arrayContaining(['Panelbevindingen', 'Rapportages', "Thema's"]));
    expect(labels).not.toContain('Bronnen');

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: "Thema's" }).click();
    await page.getByLabel('Vergelijken met').selectOption('vorige-periode');
    await page.waitForURL(/vergelijk=vorige-periode/);

    const themes = page.getByRole('region', { name: 'Klachten en signalen per thema' });
    await themes.getByRole('button', { name: 'Tabel' }).click();
    const table = themes.getByRole('table');
    await table.getByRole('columnheader', { name: 'Vorige periode' }).waitFor();
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(1);
    expect(await table.locator('tbody td').first().textContent()).toMatch(/^[\d.]+$|^×niet getoond/);
    await expectNoAxeViolations(page);
    await screenshot(page, 'web-themas-beleid-tabel');

    // The URL alone reproduces the view.
    const shared = await demo.browser.newPage();
    await shared.context().addCookies(await page.context().cookies());
    await shared.goto(page.url());
    await shared.getByRole('region', { name: 'Klachten en signalen per thema' }).waitFor();
    expect(await shared.getByLabel('Vergelijken met').inputValue()).toBe('vorige-periode');
    await shared.close();
    await page.close();
  });
});
