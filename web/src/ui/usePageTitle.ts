import { useEffect } from 'react';

/** Screen-reader users hear the tab title first on navigation, so every route sets its own. */
export function usePageTitle(pageTitle: string): void {
  useEffect(() => {
    document.title = `${pageTitle} – Leerlus`;
  }, [pageTitle]);
}
