/** One saved view: a name and the page with its filter state (path + query string). */
export interface SavedView {
  name: string;
  path: string;
  search: string;
}

const storageKey = (username: string) => `leerlus:weergaven:${username}`;

function isSavedView(value: unknown): value is SavedView {
  if (typeof value !== 'object' || value === null) return false;
  const view = value as Record<string, unknown>;
  return typeof view.name === 'string' && typeof view.path === 'string' && typeof view.search === 'string';
}

/**
 * Saved views live in this browser's localStorage, per username, for now. Follow-up: store them on
 * the server (a `savedViews` query and mutations), so they follow the user to another computer.
 * Only filter state is stored, never figures, so nothing sensitive stays behind in the browser.
 */
export const savedViewsStorage = {
  read(username: string): SavedView[] {
    try {
      const parsed: unknown = JSON.parse(localStorage.getItem(storageKey(username)) ?? '[]');
      return Array.isArray(parsed) ? parsed.filter(isSavedView) : [];
    } catch {
      return [];
    }
  },
  write(username: string, views: readonly SavedView[]): void {
    localStorage.setItem(storageKey(username), JSON.stringify(views));
  },
};
