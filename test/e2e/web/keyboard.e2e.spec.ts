import { type Page } from 'playwright-core';
import { logIn, useSharedDemoApp } from '../../support/demoApp';

const ROLES = ['raad', 'panel', 'college', 'beleid', 'beheer'] as const;

/**
 * The controls a keyboard user must be able to reach on any page (when the page has them): the
 * menu, the filter bar, chart/table toggles, exports, definitions, tabs and every other link.
 */
const MAIN_CONTROLS = [
  'nav[aria-label="Hoofdmenu"] a',
  'nav[aria-label="Hoofdmenu"] button',
  '.filter-bar select',
  '.filter-bar button',
  '.filter-bar input',
  '.toggle__option',
  '.export-buttons button',
  '[role="tab"][aria-selected="true"]',
  'main a[href]',
  'main summary',
].join(', ');

// Runs in the browser (this package is typed for Node, so the scripts are strings). On every focus
// change it records whether the element shows a focus indicator (an outline or a box shadow) and
// has a size, and marks it as reached.
const RECORD_FOCUS = `(() => {
  window.__keyboard = { steps: [], invisible: [], inMain: 0 };
  document.addEventListener('focusin', (event) => {
    const el = event.target;
    if (!(el instanceof Element)) return;
    el.setAttribute('data-keyboard-reached', '');
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none';
    const rect = el.getBoundingClientRect();
    const name = (el.getAttribute('aria-label') || el.textContent || el.id || el.tagName).trim().slice(0, 60);
    window.__keyboard.steps.push(name);
    if (el.closest('main')) window.__keyboard.inMain += 1;
    if (!(outline || shadow) || rect.width === 0 || rect.height === 0) {
      window.__keyboard.invisible.push(el.tagName.toLowerCase() + ': ' + name);
    }
  });
})()`;

const UNREACHED = `[...document.querySelectorAll(${JSON.stringify(MAIN_CONTROLS)})]
  .filter((el) => !el.hasAttribute('data-keyboard-reached'))
  .filter((el) => !el.disabled && el.getClientRects().length > 0 && !el.closest('[inert], [hidden]'))
  // The content of a closed <details> (e.g. the saved views) is reached by opening its summary first.
  .filter((el) => !el.closest('details:not([open])') || el.closest('summary'))
  .map((el) => el.tagName.toLowerCase() + ': ' + (el.getAttribute('aria-label') || el.textContent || el.id).trim().slice(0, 60))`;

const FOCUSED = `(() => {
  const el = document.activeElement;
  const name = el ? (el.getAttribute('aria-label') || el.textContent || el.id || el.tagName).trim().slice(0, 60) : '';
  return (el?.closest('main') ? 'in main: ' : 'outside main: ') + (el?.tagName ?? 'none') + ' ' + name;
})()`;

/** Waits until the page's data has arrived: no request in flight and no loading message left. */
async function waitForContent(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page
    .waitForFunction(`document.querySelectorAll('.state--loading, [aria-busy="true"]').length === 0`, null, {
      timeout: 20_000,
    })
    .catch(() => undefined);
}

interface KeyboardWalk {
  /** Focus steps until the focus left the page again. */
  steps: string[];
  /** Focused elements without a visible focus indicator. */
  invisible: string[];
  /** Main controls that never got focus. */
  unreached: string[];
}

/**
 * Loads the page and presses Tab until the focus has gone through the whole page and back to the
 * browser; then checks the skip link (first Tab stop, visible, moves the focus to <main>).
 */
async function walkWithKeyboard(page: Page, url: string): Promise<KeyboardWalk> {
  await page.goto(url);
  await page.locator('h1').first().waitFor();
  await waitForContent(page);

  // The whole page from the top, as a keyboard user goes through it after loading it.
  await page.evaluate(RECORD_FOCUS);
  let left = false;
  for (let i = 0; i < 600 && !left; i += 1) {
    await page.keyboard.press('Tab');
    // Past the last element the focus goes to the browser UI: nothing in the document has it.
    left = await page.evaluate<boolean>(
      `document.activeElement === null || document.activeElement === document.body`,
    );
  }
  expect(left).toBe(true);
  const recorded = await page.evaluate<{ steps: string[]; invisible: string[]; inMain: number }>(
    'window.__keyboard',
  );
  expect(recorded.steps[0]).toBe('Naar de inhoud');

  // Tab again starts at the top: the skip link shows itself and moves the focus to the content.
  await page.keyboard.press('Tab');
  const skip = page.locator(':focus');
  expect(await skip.textContent()).toBe('Naar de inhoud');
  const box = await skip.boundingBox();
  expect(box !== null && box.y >= 0 && box.height > 0).toBe(true);
  await page.keyboard.press('Enter');
  expect(await page.evaluate<string | null>('document.activeElement?.id ?? null')).toBe('inhoud');
  // The next Tab stays in the content (unless the page has nothing to focus, e.g. a planned page).
  await page.keyboard.press('Tab');
  if (recorded.inMain > 0) expect(await page.evaluate<string>(FOCUSED)).toMatch(/^in main: /);
  return {
    steps: recorded.steps,
    invisible: recorded.invisible,
    unreached: await page.evaluate<string[]>(UNREACHED),
  };
}

// Every page of every role, by keyboard only (WCAG 2.1.1, 2.4.1, 2.4.7). Read-only: the run's shared
// demo instance, or LEERLUS_WEB_E2E_URL (test/README.md).
describe('keyboard: every page of every role (browser)', () => {
  jest.setTimeout(600_000);
  const demo = useSharedDemoApp();

  it.each(ROLES)(
    'should let %s reach every control of every page with Tab, with visible focus',
    async (role) => {
      const page = await demo.browser.newPage();
      await logIn(page, demo.baseUrl, role);
      // Also the pages behind a closed group button of the menu.
      const paths = await page
        .getByRole('navigation', { name: 'Hoofdmenu' })
        .locator('a')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      expect(paths.length).toBeGreaterThan(1);

      const problems: string[] = [];
      for (const path of paths) {
        const walk = await walkWithKeyboard(page, `${demo.baseUrl}${path}`);
        if (walk.steps.length < 5) problems.push(`${path}: only ${walk.steps.length} Tab stops`);
        for (const element of walk.invisible) problems.push(`${path}: no visible focus on ${element}`);
        for (const element of walk.unreached) problems.push(`${path}: never reached ${element}`);
      }
      expect(problems).toEqual([]);
      await page.close();
    },
  );
});
