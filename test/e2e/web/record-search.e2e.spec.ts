import { readFile } from 'node:fs/promises';
import { describeViolations, runAxe } from '../../support/axe';
import { screenshot } from '../../support/browser';
import { logIn, useSharedDemoApp } from '../../support/demoApp';

/** The total in a caption such as "Dossiers met „…”, pagina 1 van 12 (287 in totaal)". */
function totalOf(caption: string | null): number {
  return Number(/\(([\d.]+) in totaal\)/.exec(caption ?? '')?.[1]?.replace(/\./g, '') ?? Number.NaN);
}

// Issue 18: search in the redacted texts on the Dossiers page, its page in the URL, the full download.
describe('search in the records (browser)', () => {
  jest.setTimeout(330_000);
  const demo = useSharedDemoApp();

  it('should find a stemmed word with marked matches, keep search and page in the URL and download every match', async () => {
    const page = await demo.browser.newPage({ acceptDownloads: true });
    await logIn(page, demo.baseUrl, 'beleid');
    await page.goto(`${demo.baseUrl}/dossiers?van=2024-01-01&tot=2025-12-31`);
    const list = page.getByRole('region', { name: 'Dossiers', exact: true });
    await list.locator('tbody tr').first().waitFor();

    await list.getByRole('searchbox', { name: 'Zoek in de tekst' }).fill('wachtlijsten');
    await list.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('zoek') === 'wachtlijsten');
    const table = list.getByRole('table', { name: /met „wachtlijsten”, pagina 1 van/ });
    await table.waitFor();
    await page.locator('[aria-busy="true"]').waitFor({ state: 'detached' });
    const total = totalOf(await table.locator('caption').textContent());
    expect(total).toBeGreaterThan(25);
    // Every row shows where the word was found, the (stemmed) matches marked.
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(25);
    for (const row of await rows.all()) {
      const marks = await row.locator('td mark').allTextContents();
      expect(marks.length).toBeGreaterThan(0);
      for (const mark of marks) expect(mark.toLowerCase()).toMatch(/^wachtlijst/);
    }
    // The period applied stays with the search.
    expect(new URL(page.url()).searchParams.get('van')).toBe('2024-01-01');
    await screenshot(page, 'dossiers-zoeken');

    // Page 2 is in the URL: a reload (or a shared link) opens the same page of the same search.
    await list.getByRole('button', { name: 'Volgende pagina' }).click();
    await page.waitForURL((url) => url.searchParams.get('pagina') === '2');
    await list.getByRole('table', { name: /pagina 2 van/ }).waitFor();
    await page.locator('[aria-busy="true"]').waitFor({ state: 'detached' });
    const secondPage = await list.locator('tbody tr th').allTextContents();
    await page.reload();
    await list.getByRole('table', { name: /met „wachtlijsten”, pagina 2 van/ }).waitFor();
    await list.locator('tbody tr mark').first().waitFor();
    expect(await list.locator('tbody tr th').allTextContents()).toEqual(secondPage);
    expect(await list.getByRole('searchbox', { name: 'Zoek in de tekst' }).inputValue()).toBe('wachtlijsten');
    expect(describeViolations(await runAxe(page))).toBe('');

    // The download holds every matching record, not only this page.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      list
        .getByRole('link', { name: `Download alle ${total.toLocaleString('nl-NL')} dossiers (CSV)` })
        .click(),
    ]);
    expect(download.suggestedFilename()).toBe('dossiers.csv');
    const csv = await readFile(await download.path(), 'utf8');
    const records = csv.split('\r\n').filter((line) => /^GM\d{4}:\d+;/.test(line));
    expect(records).toHaveLength(total);

    // A new search starts again at page 1.
    await list.getByRole('searchbox', { name: 'Zoek in de tekst' }).fill('traplift');
    await list.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await page.waitForURL(
      (url) => url.searchParams.get('zoek') === 'traplift' && !url.searchParams.has('pagina'),
    );
    await page.close();
  });
});
