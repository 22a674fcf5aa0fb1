/** A view as the dashboard kept it in localStorage before views were stored on the server. */
export interface BrowserSavedView {
  name: string;
  path: string;
  search: string;
}

/** The most views the server takes over at once (SAVED_VIEWS_IMPORT_MAX in the API). */
const IMPORT_MAX = 50;

const storageKey = (username: string) => `leerlus:weergaven:${username}`;

function isBrowserSavedView(value: unknown): value is BrowserSavedView {
  if (typeof value !== 'object' || value === null) return false;
  const view = value as Record<string, unknown>;
  return typeof view.name === 'string' && typeof view.path === 'string' && typeof view.search === 'string';
}

/**
 * The views an older Leerlus kept in this browser, to be taken over by the server once and then
 * removed here. Unreadable storage counts as none.
 */
export const browserSavedViews = {
  read(username: string): BrowserSavedView[] {
    try {
      const parsed: unknown = JSON.parse(localStorage.getItem(storageKey(username)) ?? '[]');
      return Array.isArray(parsed)
        ? parsed
            .filter(isBrowserSavedView)
            .slice(0, IMPORT_MAX)
            .map(({ name, path, search }) => ({ name, path, search }))
        : [];
    } catch {
      return [];
    }
  },
  clear(username: string): void {
    localStorage.removeItem(storageKey(username));
  },
};
