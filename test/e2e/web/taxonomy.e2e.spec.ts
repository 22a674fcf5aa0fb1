import { describeViolations, runAxe } from '../../support/axe';
import { screenshot } from '../../support/browser';
import { logIn, useSharedDemoApp } from '../../support/demoApp';
import { openMenuLink } from '../../support/menu';

// An administrator adds a subtheme with the keyboard, sees an error for a code in use, and retires it.
// Changes data on the shared demo instance: a subtheme with a code unique to the run, without records
// (adding a theme reclassifies nothing), retired at the end.
describe('theme taxonomy editing (browser)', () => {
  jest.setTimeout(330_000);
  const demo = useSharedDemoApp();
  // Unique per run (a code is lower case letters, digits and _), so a rerun on the same instance passes.
  const run = Date.now().toString(36);
  const code = `kompaspas_${run}`;
  const name = `Kompaspas ${run}`;

  it('should add a subtheme, refuse a code in use, and retire the subtheme', async () => {
    const page = await demo.browser.newPage();
    await logIn(page, demo.baseUrl, 'beheer');
    await openMenuLink(page, "Thema's beheren");
    await page.getByRole('heading', { level: 1, name: "Thema's beheren" }).waitFor();
    const table = page.getByRole('table', { name: 'Thema’s en subthema’s' });
    await table.waitFor();
    expect(describeViolations(await runAxe(page))).toBe('');

    // A code in use is refused with a message next to the form.
    await page.getByRole('button', { name: 'Thema toevoegen' }).click();
    await page.getByLabel('Code').fill('wachttijd');
    await page.getByLabel('Naam').fill('Dubbel');
    await page.getByLabel('Trefwoorden').fill('dubbel');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('alert').filter({ hasText: 'De code wachttijd bestaat al' }).waitFor();

    // With the keyboard: the code, name, parent and keywords, then Enter to save.
    await page.getByLabel('Code').fill(code);
    await page.getByLabel('Naam').fill(name);
    await page.getByLabel('Hoofdthema').selectOption({ label: 'Bijzondere bijstand en minimaregelingen' });
    await page.getByLabel('Trefwoorden').fill('kompaspas, stadspas');
    await page.getByLabel('Naam').focus();
    await page.keyboard.press('Enter');
    const row = table.locator('tbody tr').filter({ hasText: code });
    await row.waitFor();
    expect(await row.textContent()).toContain('Bijzondere bijstand en minimaregelingen');
    await screenshot(page, 'web-themabeheer');

    await page.getByRole('button', { name: `${name} buiten gebruik stellen` }).click();
    await row.filter({ hasText: 'Buiten gebruik' }).waitFor();
    await page.close();
  });
});
