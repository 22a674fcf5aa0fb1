// Changes data: creates (and revokes) an API token of the demo user "beleid".
import { describeViolations, runAxe } from '../../support/axe';
import { screenshot } from '../../support/browser';
import { logIn, useDemoApp } from '../../support/demoApp';

const CSV_PATH = '/api/v1/indicatoren/caseCount.csv?periode=2025&uitsplitsing=domein';

// Issue 18, "For BI tools": a user makes a personal API token on the page "API en koppelingen", sees
// it once, a BI tool (here: fetch from the test) pulls an indicator as CSV with it, and after the
// user revokes it on the page the endpoint refuses it.
describe('API en koppelingen (browser)', () => {
  jest.setTimeout(330_000);
  const demo = useDemoApp();

  it('should create a token shown once, let it fetch a CSV, and refuse it after revoking', async () => {
    const context = await demo.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await logIn(page, demo.baseUrl, 'beleid');
    await page.getByRole('link', { name: 'API en koppelingen' }).click();
    await page.getByRole('heading', { level: 1, name: 'API en koppelingen' }).waitFor();
    // The reference is generated from the API's catalog: every indicator has its CSV address.
    await page.getByRole('heading', { name: 'Indicatoren en filters' }).waitFor();
    const indicators = page.getByRole('table', { name: 'Indicatoren' });
    await indicators.getByText('/api/v1/indicatoren/caseCount.csv').waitFor();
    await page.getByRole('heading', { name: 'Power BI' }).waitFor();
    expect(describeViolations(await runAxe(page))).toBe('');

    await page.getByLabel('Waarvoor gebruikt u de token?').fill('Browsertest Power BI');
    await page.getByRole('button', { name: 'Token maken' }).click();
    const notice = page.getByRole('heading', { name: 'Uw nieuwe token “Browsertest Power BI”' });
    await notice.waitFor();
    expect(await notice.evaluate((element) => element === document.activeElement)).toBe(true);
    const token = await page.getByLabel('Token', { exact: true }).inputValue();
    expect(token).toMatch(/^llus_[A-Za-z0-9_-]{43}$/);
    await page.getByRole('button', { name: 'Kopieer de token' }).click();
    await page.getByText('Gekopieerd.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);
    expect(describeViolations(await runAxe(page))).toBe('');
    await screenshot(page, 'api-tokens-new-token');

    const csv = await fetch(`${demo.baseUrl}${CSV_PATH}`, { headers: { authorization: `Bearer ${token}` } });
    expect(csv.status).toBe(200);
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines[0]).toBe(
      'indicator;periode_van;periode_tot;periode_volledig;volledigheid;domein_code;domein;waarde;onderdrukt;filters',
    );
    expect(lines.length).toBeGreaterThan(1);

    // Once: after "Klaar" the token is nowhere on the page, also not after a reload.
    await page.getByRole('button', { name: 'Klaar, ik heb de token bewaard' }).click();
    await page.getByRole('heading', { name: 'Nieuwe token maken' }).waitFor();
    expect(await page.content()).not.toContain(token);
    await page.reload();
    const row = page.getByRole('row', { name: /Browsertest Power BI/ });
    await row.waitFor();
    expect(await page.content()).not.toContain(token);
    expect(await row.getByRole('cell').allTextContents()).toEqual([
      `${token.slice(0, 11)}…`,
      expect.any(String),
      expect.not.stringMatching(/Nog niet/),
      expect.any(String),
      'Geldig',
      'Intrekken',
    ]);

    // Revoke with the keyboard: the confirmation takes focus, Enter confirms.
    await row.getByRole('button', { name: 'Token “Browsertest Power BI” intrekken' }).click();
    const confirm = page.getByRole('button', { name: 'Ja, intrekken' });
    await confirm.waitFor();
    expect(await confirm.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByText('De token “Browsertest Power BI” is ingetrokken en werkt niet meer.').waitFor();
    await row.getByRole('cell', { name: 'Ingetrokken' }).waitFor();
    expect(describeViolations(await runAxe(page))).toBe('');

    const refused = await fetch(`${demo.baseUrl}${CSV_PATH}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(refused.status).toBe(401);
    expect(await refused.text()).toMatch(/ingetrokken/);
    await context.close();
  });
});
