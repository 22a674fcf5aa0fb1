import { type Page } from 'playwright-core';
import { describeViolations, runAxe } from '../../support/axe';
import { screenshot } from '../../support/browser';
import { logIn, useSharedDemoApp } from '../../support/demoApp';

/** A laptop screen of the council: the overview must fit it without scrolling. */
const LAPTOP = { width: 1366, height: 768 };

/** The element's box in the viewport (top, bottom) measured in the page. */
async function box(page: Page, selector: string, index = 0) {
  const rect = await page.locator(selector).nth(index).boundingBox();
  if (!rect) throw new Error(`${selector} #${index} is not visible`);
  return { top: rect.y, bottom: rect.y + rect.height };
}

// Issue 18: the policy staff's workbench and the council's overview. Read-only: the run's shared
// demo instance, or LEERLUS_WEB_E2E_URL (test/README.md).
describe('workbench and overview (browser)', () => {
  jest.setTimeout(330_000);
  const demo = useSharedDemoApp();

  it('should show every domain of the thermometer at a glance without scrolling at 1366×768', async () => {
    const page = await demo.browser.newPage({ viewport: LAPTOP });
    await logIn(page, demo.baseUrl, 'raad');
    await page.locator('.glance__tile').first().waitFor();

    const tiles = await page.locator('.glance__tile').count();
    const cards = await page.locator('main section.panel[id^="domein-"]').count();
    expect(tiles).toBeGreaterThanOrEqual(6);
    expect(tiles).toBe(cards);
    for (let index = 0; index < tiles; index += 1) {
      const tile = await box(page, '.glance__tile', index);
      expect(tile.top).toBeGreaterThanOrEqual(0);
      expect(tile.bottom).toBeLessThanOrEqual(LAPTOP.height);
    }
    await screenshot(page, 'thermometer-at-a-glance');

    // A tile leads to its details further down.
    const first = page.locator('.glance__title a').first();
    const name = (await first.textContent()) ?? '';
    await first.click();
    const card = page.getByRole('region', { name, exact: true });
    const cardBox = await card.boundingBox();
    expect(cardBox?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect(cardBox?.y ?? LAPTOP.height).toBeLessThan(LAPTOP.height);
    expect(describeViolations(await runAxe(page))).toBe('');
    await page.close();
  });

  it('should page the signals in the URL and bring an opened signal into view with focus', async () => {
    const page = await demo.browser.newPage({ viewport: LAPTOP });
    await logIn(page, demo.baseUrl, 'beleid');
    await page.goto(`${demo.baseUrl}/systeemsignalen`);
    const list = page.getByRole('region', { name: 'Signalen', exact: true });
    await list.locator('tbody tr').first().waitFor();
    expect(await list.locator('tbody tr').count()).toBeLessThanOrEqual(25);

    const next = list.getByRole('button', { name: 'Volgende pagina' });
    if (await next.isEnabled()) {
      await next.click();
      await page.waitForURL(/pagina=2/);
      await list.getByRole('table', { name: /pagina 2 van/ }).waitFor();
    }

    const open = list.locator('tbody tr th button').last();
    const label = (await open.textContent()) ?? '';
    await open.click();
    const heading = page.getByRole('heading', { level: 2, name: `Signaal: ${label}` });
    await heading.waitFor();
    await page.waitForFunction(() => {
      const doc = (globalThis as unknown as { document: { activeElement: { tagName: string } | null } })
        .document;
      return doc.activeElement?.tagName === 'H2';
    });
    const headingBox = await heading.boundingBox();
    expect(headingBox?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect(headingBox?.y ?? LAPTOP.height).toBeLessThan(LAPTOP.height);
    expect(describeViolations(await runAxe(page))).toBe('');
    await page.close();
  });
});
