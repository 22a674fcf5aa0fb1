import { useQuery } from '@tanstack/react-query';
import { Navigate, Outlet, useLocation } from 'react-router';
import { meQueryOptions } from '@/modules/auth/hooks/meQueryOptions';
import { LoadingPanel } from '@/ui/LoadingPanel';

/** Layout route: its pages render only with a session; otherwise to /inloggen?terug=<this page>. */
export function RequireLogin() {
  const { data, error, isPending, refetch } = useQuery(meQueryOptions());
  const { pathname, search } = useLocation();

  if (isPending || error) {
    return (
      <LoadingPanel
        isLoading={isPending}
        error={error}
        loadingText="Uw gegevens worden gecontroleerd…"
        onRetry={() => void refetch()}
      />
    );
  }
  if (!data.me) {
    const back = new URLSearchParams({ terug: `${pathname}${search}` });
    return <Navigate to={`/inloggen?${back.toString()}`} replace />;
  }
  return <Outlet />;
}
