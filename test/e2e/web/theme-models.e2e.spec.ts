import { describeViolations, runAxe } from '../../support/axe';
import { screenshot } from '../../support/browser';
import { logIn, useDemoApp } from '../../support/demoApp';
import { openMenuLink } from '../../support/menu';

// An administrator trains a new theme model, reads its evaluation and takes it into use.
// Own demo instance: taking a model into use reclassifies the records, so theme figures and the
// review queue change; training also keeps a core busy for a while.
describe('theme model versions (browser)', () => {
  jest.setTimeout(330_000);
  const demo = useDemoApp();

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
});
