import { type Page } from 'playwright-core';
import { describeViolations, runAxe } from '../../support/axe';
import { screenshot } from '../../support/browser';
import { logIn, useSharedDemoApp } from '../../support/demoApp';
import { openMenuLink } from '../../support/menu';

async function expectNoAxeViolations(page: Page): Promise<void> {
  expect(describeViolations(await runAxe(page))).toBe('');
}

/** Reviews the open case: system error, one norm, reasonable, an explanation; waits for each "Opgeslagen". */
async function reviewCase(page: Page, systemError: 'Ja' | 'Nee', explanation: string): Promise<void> {
  const form = page.getByRole('region', { name: 'Uw oordeel' });
  const errorField = form.getByRole('group', { name: 'Zat er een fout in het systeem?' });
  await errorField.getByLabel(systemError, { exact: true }).check();
  await errorField.getByRole('status').getByText('Opgeslagen').waitFor();
  const norms = form.getByRole('group', { name: 'Welke normen van behoorlijk gedrag waren in het geding?' });
  await norms.getByLabel(/Goede motivering/).check();
  await norms.getByRole('status').getByText('Opgeslagen').last().waitFor();
  const reasonable = form.getByRole('group', { name: 'Was de beslissing redelijk voor deze inwoner?' });
  await reasonable.getByLabel('Nee', { exact: true }).check();
  await reasonable.getByRole('status').getByText('Opgeslagen').waitFor();
  await form.getByLabel('Leg uit waarom').fill(explanation);
  await form.getByLabel('Leg uit waarom').blur();
  await form.locator('.review-field').last().getByRole('status').getByText('Opgeslagen').waitFor();
}

// The citizens' panel: a coordinator draws and assigns a sample, a member reviews three cases on a
// tablet-sized screen, then reads the findings.
// Changes data on the shared demo instance, all of it its own: a sample with a unique title, its
// reviews, and a panel finding on a signal (no figure another spec reads).
describe('citizens panel (browser)', () => {
  jest.setTimeout(330_000);
  const demo = useSharedDemoApp();
  let samplePath = '';
  // Unique per run, so the spec can also run against a reused instance (LEERLUS_WEB_E2E_URL).
  const sampleTitle = `Browsertest Participatiewet ${Date.now()}`;

  it('should let a coordinator draw a sample with a power hint and assign it to a panel member', async () => {
    const page = await demo.browser.newPage();
    await logIn(page, demo.baseUrl, 'college');
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Burgerpanel' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Burgerpanel' }).waitFor();

    const form = page.getByRole('region', { name: 'Nieuwe steekproef trekken' });
    await form.getByLabel('Naam van de steekproef').fill(sampleTitle);
    await form.getByRole('group', { name: 'Wet' }).getByLabel('Participatiewet').check();
    await form.getByText(/beslissingen die bij uw keuzes passen/).waitFor();
    expect(await form.locator('.power-hint').textContent()).toMatch(/ongeveer \d+ beslissingen\s+beoordelen/);
    await form.getByLabel('Aantal zaken in de steekproef').fill('6');
    await form.getByLabel('Startwaarde (seed)').fill('browsertest');
    await expectNoAxeViolations(page);
    await form.getByRole('button', { name: 'Steekproef trekken' }).click();

    await page.getByRole('heading', { level: 2, name: sampleTitle }).waitFor();
    samplePath = new URL(page.url()).pathname;
    expect(samplePath).toMatch(/^\/burgerpanel\/steekproeven\/\d+$/);
    const facts = page.getByRole('region', { name: 'Zo is de steekproef getrokken' });
    expect(await facts.textContent()).toContain('browsertest');
    expect(await facts.textContent()).toContain('Demo college van B&W');

    await facts.getByRole('button', { name: 'Trekking opnieuw controleren' }).click();
    await facts
      .getByText('Opnieuw trekken met dezelfde keuzes en startwaarde geeft precies dezelfde zaken.')
      .waitFor();

    const assign = page.getByRole('region', { name: 'Panelleden toewijzen' });
    await assign.getByLabel('Demo burgerpanel').check();
    await assign.getByRole('button', { name: 'Toewijzen' }).click();
    await assign.getByText('De zaken zijn toegewezen.').waitFor();
    await facts.getByRole('table', { name: 'Voortgang per panellid' }).waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'web-panel-sample');
    await page.close();
  });

  it('should let a panel member review three cases on a tablet, keep every answer, and read the findings', async () => {
    const context = await demo.browser.newContext({ viewport: { width: 820, height: 1180 } });
    const page = await context.newPage();
    await logIn(page, demo.baseUrl, 'panel');
    await page.goto(`${demo.baseUrl}${samplePath}`);
    const cases = page.getByRole('region', { name: 'Uw zaken in deze steekproef' });
    await cases.getByRole('table').waitFor();
    expect(await cases.locator('tbody tr').count()).toBe(6);
    await cases.getByRole('link', { name: 'Zaak 1', exact: true }).click();

    for (const [index, answer] of (['Ja', 'Nee', 'Ja'] as const).entries()) {
      await page
        .getByRole('heading', { level: 3, name: 'Wat er gevraagd en besloten is, en waarom' })
        .waitFor();
      expect(await page.getByRole('region', { name: 'De beslissing' }).textContent()).toContain(
        'Participatiewet',
      );
      if (index === 0) await expectNoAxeViolations(page);
      await reviewCase(page, answer, `Toelichting bij zaak ${index + 1}`);
      if (index < 2) await page.getByRole('link', { name: /^Volgende zaak/ }).click();
    }
    await screenshot(page, 'web-panel-review');

    // Nothing is lost: the first case, opened again, shows what was saved.
    await page.goto(`${demo.baseUrl}${samplePath}`);
    await cases.getByRole('link', { name: 'Zaak 1', exact: true }).click();
    const form = page.getByRole('region', { name: 'Uw oordeel' });
    expect(await form.getByLabel('Leg uit waarom').inputValue()).toBe('Toelichting bij zaak 1');
    expect(
      await form
        .getByRole('group', { name: 'Zat er een fout in het systeem?' })
        .getByLabel('Ja', { exact: true })
        .isChecked(),
    ).toBe(true);

    await openMenuLink(page, 'Panelbevindingen');
    await page.getByRole('heading', { level: 1, name: 'Bevindingen van het burgerpanel' }).waitFor();
    await page.getByLabel('Steekproef').selectOption({ label: sampleTitle });
    await page.waitForURL(/steekproef=\d+/);
    const summary = page.getByRole('region', { name: 'Samenvatting' });
    // Three reviews are fewer than five: the share is withheld, not shown as a number.
    await summary
      .getByText('Er zijn nog te weinig beoordeelde beslissingen om een aandeel te tonen.')
      .waitFor();
    await page.getByRole('region', { name: 'Systeemfouten per wet' }).getByRole('table').waitFor();
    // The panel takes up an existing signal and adds its finding.
    const signals = page.getByRole('region', { name: 'Signalen die het panel oppakte' });
    const options = await signals.getByLabel('Signaal').locator('option').allTextContents();
    await signals.getByLabel('Signaal').selectOption({ label: options[1]! });
    await signals.getByLabel('Wat vond het panel?').fill('Ook in de steekproef gezien');
    await signals.getByRole('button', { name: 'Bevinding toevoegen' }).click();
    await signals.getByText('De bevinding is toegevoegd.').waitFor();
    await signals
      .getByText(/Ook in de steekproef gezien/)
      .first()
      .waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'web-panel-findings');
    await context.close();
  });
});
