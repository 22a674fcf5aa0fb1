import { type Locator } from 'playwright-core';
import { describeViolations, runAxe } from '../../support/axe';
import { logIn, useSharedDemoApp } from '../../support/demoApp';

const PERIOD = { from: '2025-01-01', to: '2025-12-31' };

/** Row header → first cell (the count) of the panel's table, after switching it to the table. */
async function counts(panel: Locator): Promise<Map<string, number>> {
  await panel.getByRole('button', { name: 'Tabel' }).click();
  const table = panel.getByRole('table');
  await table.locator('tbody tr').first().waitFor();
  const rows = new Map<string, number>();
  for (const row of await table.locator('tbody tr').all()) {
    const header = (await row.locator('th').textContent())?.trim() ?? '';
    const cell = (await row.locator('td').first().textContent())?.trim() ?? '';
    rows.set(header, Number(cell.replace(/\./g, '')));
  }
  return rows;
}

// Issue 18: the theme tree. One roll-up rule for the theme's bar, its subthemes and their records.
describe('theme tree drill-down (browser)', () => {
  jest.setTimeout(330_000);
  const demo = useSharedDemoApp();

  it('should split a theme into subthemes adding up to its bar, each with exactly its records', async () => {
    const page = await demo.browser.newPage();
    await logIn(page, demo.baseUrl, 'beleid');
    await page.goto(
      `${demo.baseUrl}/themas?van=${PERIOD.from}&tot=${PERIOD.to}&vergelijk=geen&thema=wachttijd`,
    );
    const themes = await counts(page.getByRole('region', { name: 'Klachten en signalen per thema' }));
    const drill = page.getByRole('region', { name: "Subthema's van een thema" });
    const subthemes = await counts(drill);
    expect(subthemes.size).toBeGreaterThan(1);
    const sum = [...subthemes.values()].reduce((total, value) => total + value, 0);
    expect(sum).toBe(themes.get('Wachttijd'));

    // The first subtheme's records: the records page counts what the table counted.
    const [label, count] = [...subthemes.entries()].find(([name]) => !name.endsWith('(geen subthema)'))!;
    await drill.getByRole('link', { name: `Bekijk dossiers over ${label}` }).click();
    await page.waitForURL(/\/dossiers\?/);
    const caption = page.getByRole('table', { name: /in totaal/ });
    await caption.waitFor();
    const total = /\(([\d.]+) in totaal\)/.exec((await caption.locator('caption').textContent()) ?? '');
    expect(Number(total?.[1]?.replace(/\./g, ''))).toBe(count);

    // The records page shows the period it applies, and a change goes into the URL.
    const period = page.getByRole('group', { name: 'Ontvangen in de periode' });
    expect(await period.getByLabel('Van').inputValue()).toBe(PERIOD.from);
    expect(await period.getByLabel('Tot en met').inputValue()).toBe(PERIOD.to);
    await period.getByLabel('Van').fill('2025-07-01');
    await page.waitForURL(/van=2025-07-01/);
    await period.getByRole('button', { name: 'Hele periode' }).click();
    await page.waitForURL((url) => !url.searchParams.has('van') && !url.searchParams.has('tot'));
    expect(describeViolations(await runAxe(page))).toBe('');
    await page.close();
  });

  it('should show the council the drill-down without links to records', async () => {
    const page = await demo.browser.newPage();
    await logIn(page, demo.baseUrl, 'raad');
    await page.goto(`${demo.baseUrl}/themas?van=${PERIOD.from}&tot=${PERIOD.to}&thema=wachttijd`);
    const drill = page.getByRole('region', { name: "Subthema's van een thema" });
    await page.getByLabel("Thema uitsplitsen in subthema's").selectOption('bejegening');
    await page.waitForURL(/thema=bejegening/);
    await drill.getByRole('button', { name: 'Tabel' }).click();
    await drill.getByRole('table').locator('tbody tr').first().waitFor();
    expect(await drill.getByRole('link', { name: /Bekijk dossiers/ }).count()).toBe(0);
    expect(describeViolations(await runAxe(page))).toBe('');
    await page.close();
  });
});
