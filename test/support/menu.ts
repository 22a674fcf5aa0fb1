import { type Page } from 'playwright-core';

const exactly = (text: string): RegExp => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

/**
 * Opens a page from the main menu as a user does: its link in the bar, or first the disclosure button
 * of the group it is in (Vergelijken, Verantwoording, Meer).
 */
export async function openMenuLink(page: Page, label: string): Promise<void> {
  const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
  await menu.waitFor();
  const link = menu.getByRole('link', { name: label, exact: true });
  if (!(await link.isVisible())) {
    await menu
      .locator('.main-nav__group')
      .filter({ has: page.locator('a', { hasText: exactly(label) }) })
      .getByRole('button')
      .click();
  }
  await link.click();
}

/** Every page of the main menu, in menu order, also those behind a closed group button. */
export async function menuLinkLabels(page: Page): Promise<string[]> {
  const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
  await menu.waitFor();
  return menu.locator('a').allTextContents();
}
