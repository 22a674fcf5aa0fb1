import { type Page } from 'playwright-core';
import { describeViolations, runAxe } from '../../support/axe';
import { screenshot } from '../../support/browser';
import { logIn, useDemoApp } from '../../support/demoApp';
import { openMenuLink } from '../../support/menu';

async function remaining(page: Page): Promise<number> {
  const text = (await page.getByRole('status').filter({ hasText: 'te beoordelen' }).textContent()) ?? '';
  return Number(/Nog ([\d.]+)/.exec(text)?.[1]?.replace(/\./g, '') ?? NaN);
}

async function waitForRemaining(page: Page, expected: number): Promise<void> {
  for (let attempt = 0; attempt < 60; attempt += 1) {
    if ((await remaining(page)) === expected) return;
    await page.waitForTimeout(250);
  }
  throw new Error(`Het aantal te beoordelen werd geen ${expected} maar ${await remaining(page)}`);
}

// Policy staff review the classifier's doubtful suggestions with the keyboard.
// Own demo instance: the reviews change records' themes (theme figures) and the spec counts exactly
// its own decisions in the queue and in the decisions per week.
describe('theme review queue (browser)', () => {
  jest.setTimeout(330_000);
  const demo = useDemoApp();

  it('should accept a suggestion with one key, choose another theme, and count the decisions per week', async () => {
    const page = await demo.browser.newPage();
    await logIn(page, demo.baseUrl, 'beleid');
    await openMenuLink(page, 'Themabeoordeling');
    await page.getByRole('heading', { level: 1, name: 'Themabeoordeling' }).waitFor();
    const card = page.locator('article.review-card');
    await card.waitFor();
    const before = await remaining(page);
    expect(before).toBeGreaterThan(1);

    // The evidence is marked in the text and reachable with Tab.
    const marks = card.locator('mark');
    expect(await marks.count()).toBeGreaterThan(0);
    expect(await marks.first().getAttribute('tabindex')).toBe('0');
    expect(describeViolations(await runAxe(page))).toBe('');
    await screenshot(page, 'web-themabeoordeling');

    // The page opens without moving the focus; on the card, Enter accepts and the next card gets focus.
    const firstTitle = await card.locator('h2').textContent();
    expect(await card.evaluate((element) => element === document.activeElement)).toBe(false);
    await card.focus();
    await page.keyboard.press('Enter');
    await waitForRemaining(page, before - 1);
    expect(await card.evaluate((element) => element === document.activeElement)).toBe(true);

    // "k" moves to the theme list; choose a theme and confirm it.
    await card.waitFor();
    await page.keyboard.press('k');
    expect(await page.locator(':focus').evaluate((element) => element.tagName)).toBe('SELECT');
    await page.locator(':focus').selectOption({ label: 'Bejegening' });
    await card.getByRole('button', { name: 'Dit thema kiezen' }).click();
    await waitForRemaining(page, before - 2);
    expect(firstTitle).toMatch(/^Voorstel: /);

    const weeks = page.getByRole('table', { name: 'Beoordelingen per week' });
    await page.reload();
    await weeks.waitFor();
    expect(await weeks.locator('tbody tr td').first().textContent()).toBe('2');
    await page.close();
  });
});
