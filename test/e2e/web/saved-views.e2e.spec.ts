// This spec changes data: it creates a policy colleague (through the beheer GraphQL API) and saved
// views. Run it on its own instance, not on a shared read-only one.
import { type Browser, type Page } from 'playwright-core';
import { describeViolations, runAxe } from '../../support/axe';
import { logIn, useDemoApp } from '../../support/demoApp';

// Unique per run, so the spec also passes on a reused instance (LEERLUS_WEB_E2E_URL).
const RUN = Date.now().toString(36);
const COLLEAGUE = { username: `beleid-collega-${RUN}`, password: 'Collega-Wachtwoord-2026!' };
const VIEW_NAME = `Jeugd eerste helft 2025 (${RUN})`;
const STATE = '?van=2025-01-01&tot=2025-06-30&domein=jeugd';

/** A fresh browser context per user, so sessions never mix. */
async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

async function graphql(page: Page, baseUrl: string, query: string, variables: unknown): Promise<unknown> {
  const response = await page.request.post(`${baseUrl}/graphql`, {
    headers: { 'Content-Type': 'application/json' },
    data: { query, variables },
  });
  return response.json();
}

/** The saved-views control of the current page, opened with the keyboard. */
async function openSavedViews(page: Page) {
  const summary = page.locator('summary', { hasText: 'Opgeslagen weergaven' });
  await summary.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Mijn weergaven' }).waitFor();
  return page.locator('details.saved-views');
}

// Issue 18: saved views on the server. Policy officer A saves the Thema's page with a domain and a
// period and shares it; colleague B (same role and municipality) opens it from "Gedeeld door
// collega's" on the thermometer and gets the same filters; the council does not see it.
describe('saved views (browser)', () => {
  jest.setTimeout(330_000);
  const demo = useDemoApp();

  it('should let a colleague open a shared view with exactly its filters, on every page with state', async () => {
    // The administrator creates B: same role and municipality (every municipality) as demo user beleid.
    const admin = await newPage(demo.browser);
    await logIn(admin, demo.baseUrl, 'beheer');
    const created = await graphql(
      admin,
      demo.baseUrl,
      `
        mutation ($input: CreateUserInput!) {
          createUser(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          username: COLLEAGUE.username,
          displayName: 'Bea Collega',
          role: 'beleid',
          // The demo's policy officer works for Lusdonk; a colleague shares their municipality.
          municipalityCode: 'GM9901',
          password: COLLEAGUE.password,
        },
      },
    );
    expect(JSON.stringify(created)).not.toContain('errors');
    await admin.close();

    // A: the Thema's page with a domain and a period, saved (keyboard only) and shared.
    const a = await newPage(demo.browser);
    await logIn(a, demo.baseUrl, 'beleid');
    await a.goto(`${demo.baseUrl}/themas${STATE}`);
    await a.getByRole('heading', { level: 1, name: "Thema's" }).waitFor();
    const controlA = await openSavedViews(a);
    await controlA.getByLabel('Naam van de weergave').focus();
    await a.keyboard.type(VIEW_NAME);
    await a.keyboard.press('Enter');
    await controlA.getByText(`Weergave "${VIEW_NAME}" is opgeslagen.`).waitFor();
    const own = controlA.getByRole('list', { name: 'Mijn weergaven' });
    await own.getByRole('link', { name: VIEW_NAME }).waitFor();
    await own.getByRole('button', { name: `Delen met collega’s: ${VIEW_NAME}` }).click();
    await own.getByRole('button', { name: `Niet meer delen: ${VIEW_NAME}` }).waitFor();
    expect(await own.textContent()).toContain("Thema's, gedeeld met collega’s");
    expect(describeViolations(await runAxe(a))).toBe('');
    await a.close();

    // B: the thermometer has the control too; the shared view opens the page with A's filters.
    const b = await newPage(demo.browser);
    await b.goto(`${demo.baseUrl}/inloggen`);
    await b.getByLabel('Gebruikersnaam').fill(COLLEAGUE.username);
    await b.getByLabel('Wachtwoord').fill(COLLEAGUE.password);
    await b.getByRole('button', { name: 'Inloggen' }).click();
    await b.getByRole('heading', { level: 1, name: 'Thermometer' }).waitFor();
    const controlB = await openSavedViews(b);
    const shared = controlB.getByRole('list', { name: "Gedeeld door collega's" });
    await shared.getByRole('link', { name: VIEW_NAME }).waitFor();
    expect(await shared.textContent()).toContain('gedeeld door Demo beleidsmedewerker');
    // Read only for B: no actions on a colleague's view, and the API refuses a change.
    expect(await shared.getByRole('button').count()).toBe(0);
    expect(await controlB.getByRole('list', { name: 'Mijn weergaven' }).count()).toBe(0);
    expect(describeViolations(await runAxe(b))).toBe('');

    await shared.getByRole('link', { name: VIEW_NAME }).click();
    await b.getByRole('heading', { level: 1, name: "Thema's" }).waitFor();
    expect(new URL(b.url()).search).toBe(STATE);
    expect(await b.getByLabel('Domein').inputValue()).toBe('jeugd');
    expect(await b.getByLabel('Van', { exact: true }).inputValue()).toBe('2025-01-01');
    expect(await b.getByLabel('Tot en met', { exact: true }).inputValue()).toBe('2025-06-30');

    const ids = (await graphql(b, demo.baseUrl, 'query { savedViews { sharedWithMe { id name } } }', {})) as {
      data: { savedViews: { sharedWithMe: { id: number; name: string }[] } };
    };
    const sharedId = ids.data.savedViews.sharedWithMe.find((view) => view.name === VIEW_NAME)?.id;
    expect(sharedId).toBeDefined();
    const refused = await graphql(b, demo.baseUrl, 'mutation ($id: Int!) { deleteSavedView(id: $id) }', {
      id: sharedId,
    });
    expect(JSON.stringify(refused)).toContain('NOT_FOUND');
    await b.close();

    // The council (another role) does not see it.
    const raad = await newPage(demo.browser);
    await logIn(raad, demo.baseUrl, 'raad');
    const controlRaad = await openSavedViews(raad);
    await controlRaad.getByRole('heading', { name: "Gedeeld door collega's" }).waitFor();
    expect(await controlRaad.getByRole('link', { name: VIEW_NAME }).count()).toBe(0);
    await raad.close();
  });
});
