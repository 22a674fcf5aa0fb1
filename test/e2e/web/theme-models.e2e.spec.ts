import { describeViolations, runAxe } from '../../support/axe';
import { screenshot } from '../../support/browser';
import { logIn, useDemoApp } from '../../support/demoApp';
import { openMenuLink } from '../../support/menu';

// An administrator trains a new theme model, reads its evaluation and takes it into use; and edits the
// theme taxonomy: adds a subtheme with the keyboard, sees an error for a code in use, and retires it.
// Own demo instance: taking a model into use reclassifies the records, so theme figures and the
// review queue change; training also keeps a core busy for a while. The subtheme (a code unique to
// the run, without records: adding a theme reclassifies nothing) comes after the training.
describe('theme model versions and taxonomy (browser)', () => {
  jest.setTimeout(330_000);
  const demo = useDemoApp();
  // Unique per run (a code is lower case letters, digits and _), so a rerun on the same instance passes.
  const run = Date.now().toString(36);
  const code = `kompaspas_${run}`;
  const name = `Kompaspas ${run}`;

  it('should train a model with visible progress, list it with its evaluation and take it into use', async () => {
    const page = await demo.browser.newPage();
    await logIn(page, demo.baseUrl, 'beheer');
    await openMenuLink(page, 'Themamodellen');
    await page.getByRole('heading', { level: 1, name: 'Themamodellen' }).waitFor();
    const versions = page.getByRole('table', { name: 'Versies van het themamodel' });
    const empty = page.getByText('Er is nog geen model getraind');
    await Promise.race([versions.waitFor(), empty.waitFor()]);
    const before = (await versions.count()) === 0 ? 0 : await versions.locator('tbody tr').count();

    const train = page.getByRole('button', { name: 'Nieuw model trainen' });
    await train.focus();
    await page.keyboard.press('Enter');
    const version = before + 1;
    await page.getByText(`Versie ${version} is getraind`).waitFor({ timeout: 300_000 });

    const row = versions.locator('tbody tr').filter({ hasText: `Versie ${version}` });
    await row.waitFor();
    expect(await row.textContent()).toContain('Nieuw, nog niet in gebruik');
    expect(describeViolations(await runAxe(page))).toBe('');
    await screenshot(page, 'web-themamodellen');

    await page.getByRole('button', { name: `Versie ${version} in gebruik nemen` }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Versie ${version} is nu in gebruik` })
      .waitFor();
    // Case-sensitive: "Nieuw, nog niet in gebruik" must not count.
    await row.filter({ hasText: /In gebruik/ }).waitFor();
    await page.close();
  });

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
