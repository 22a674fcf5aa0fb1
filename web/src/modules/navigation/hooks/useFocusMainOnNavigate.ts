import { useEffect, useRef, type RefObject } from 'react';
import { useLocation } from 'react-router';

/**
 * After a client-side route change, move keyboard and screen-reader focus to <main>, as a full page
 * load would. Compares with the previous path (not a "first render" flag) so React's StrictMode
 * double effects do not steal focus on the initial load, and hash-only changes (the skip link) are
 * left to the browser.
 */
export function useFocusMainOnNavigate(): RefObject<HTMLElement | null> {
  const mainRef = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const previousPathname = useRef(pathname);

  useEffect(() => {
    if (previousPathname.current === pathname) return;
    previousPathname.current = pathname;
    mainRef.current?.focus();
  }, [pathname]);

  return mainRef;
}
