import { type Page } from 'playwright-core';
import { describeViolations, runAxe } from '../../support/axe';
import { screenshot } from '../../support/browser';
import { DEMO_PASSWORD, useDemoApp } from '../../support/demoApp';

async function expectNoAxeViolations(page: Page): Promise<void> {
  expect(describeViolations(await runAxe(page))).toBe('');
}

// The administrator sets a provider's contractual term on Beheer → Termijnen, changes and ends it.
// Own demo instance: a term changes the handling-time figures on Wachttijden that other specs read,
// and the spec expects its term to be the only one in the table.
describe('Beheer: handling terms per source (browser)', () => {
  jest.setTimeout(330_000);
  const demo = useDemoApp();

  it('should add a term with the keyboard, show it in the table, change it and end it', async () => {
    const page = await demo.browser.newPage();
    await page.goto(`${demo.baseUrl}/inloggen`);
    await page.getByLabel('Gebruikersnaam').fill('beheer');
    await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Thermometer' }).waitFor();
    await page.goto(`${demo.baseUrl}/beheer`);
    await page.getByRole('navigation', { name: 'Beheer' }).getByRole('link', { name: 'Termijnen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Termijnen' }).waitFor();
    const form = page.getByRole('region', { name: 'Termijn toevoegen' });
    await form.getByLabel('Bron (organisatie die de export levert)').locator('option').nth(1).waitFor({
      state: 'attached',
    });
    await expectNoAxeViolations(page);

    // Keyboard: the fields follow each other with Tab, and Enter in the last date field saves.
    const focusedLabel = async (): Promise<string | null> => {
      const id = await page.locator(':focus').getAttribute('id');
      return id ? page.locator(`label[for="${id}"]`).textContent() : null;
    };
    await form.getByLabel('Bron (organisatie die de export levert)').focus();
    const order: (string | null)[] = [];
    for (let i = 0; i < 5; i += 1) {
      await page.keyboard.press('Tab');
      order.push(await focusedLabel());
    }
    expect(order).toEqual([
      'Thema of categorie',
      'Soort',
      'Termijn',
      'Eenheid',
      'In plaats van de wettelijke termijn',
    ]);
    await form.getByLabel('Bron (organisatie die de export levert)').selectOption({ index: 1 });
    await form.getByLabel('Termijn', { exact: true }).fill('4');
    await form.getByLabel('Eenheid').selectOption('weken');
    await form.getByLabel('Geldt vanaf (ontvangstdatum)').fill('2024-01-01');
    await form.getByLabel('Geldt vanaf (ontvangstdatum)').press('Enter');
    await form.getByRole('status').getByText('De termijn is toegevoegd.').waitFor();

    const table = page.getByRole('region', { name: 'Eigen afhandeltermijnen per bron' }).getByRole('table');
    const row = table.locator('tbody tr').first();
    await row.getByText('4 weken (28 dagen)').waitFor();
    expect(await row.getByRole('cell').nth(4).textContent()).toBe(
      'Klachtbehandeling: binnen 6 weken afhandelen',
    );
    await expectNoAxeViolations(page);
    await screenshot(page, 'web-beheer-termijnen');

    await row.getByRole('button', { name: /^Wijzigen/ }).click();
    const change = page.getByRole('region', { name: /^Termijn van .* wijzigen$/ });
    await change.getByLabel('Termijn', { exact: true }).fill('30');
    await change.getByLabel('Eenheid').selectOption('dagen');
    await change.getByRole('button', { name: 'Wijziging opslaan' }).click();
    await row.getByText('30 dagen').waitFor();

    await row.getByLabel(/^Laatste dag van de termijn van/).fill('2024-12-31');
    await row.getByRole('button', { name: 'Einddatum opslaan' }).click();
    await row.getByText('31 december 2024').waitFor();
  });
});
