import { Suspense } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { UserMenu } from '@/modules/auth/components/UserMenu';
import { useCurrentUser } from '@/modules/auth/hooks/useCurrentUser';
import { MainNav } from '@/modules/navigation/components/MainNav';
import { PrintHeader } from '@/modules/navigation/components/PrintHeader';
import { useFocusMainOnNavigate } from '@/modules/navigation/hooks/useFocusMainOnNavigate';
import { ErrorBoundary } from '@/ui/ErrorBoundary';
import { LoadingPanel } from '@/ui/LoadingPanel';

/** The shell around every page: skip link, header with user and menu, main content, footer. */
export function AppLayout() {
  const mainRef = useFocusMainOnNavigate();
  const { pathname } = useLocation();
  const user = useCurrentUser();

  return (
    <>
      <a className="skip-link" href="#inhoud">
        Naar de inhoud
      </a>
      <PrintHeader />
      <header className="site-header">
        <div className="container site-header__brand">
          <Link to="/" className="site-header__name">
            Leerlus
          </Link>
          <p className="site-header__tagline">Leren van klachten in het sociaal domein</p>
          <UserMenu />
        </div>
        {/* The menu depends on the role, so it appears only once we know who is logged in. */}
        {user && <MainNav role={user.role} />}
      </header>
      {/* tabIndex -1 lets the skip link and route changes move focus here. */}
      <main id="inhoud" tabIndex={-1} ref={mainRef} className="container site-main">
        {/* Keyed by path so an error on one page does not stick after navigating away. */}
        <ErrorBoundary key={pathname}>
          <Suspense fallback={<LoadingPanel isLoading error={null} loadingText="De pagina wordt geladen…" />}>
            <Outlet />
          </Suspense>
        </ErrorBoundary>
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>Leerlus is open-source software voor gemeenten (licentie EUPL-1.2).</p>
        </div>
      </footer>
    </>
  );
}
