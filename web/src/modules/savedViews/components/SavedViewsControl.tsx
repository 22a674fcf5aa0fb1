import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useCurrentUser } from '@/modules/auth/hooks/useCurrentUser';
import { OwnSavedViewList } from '@/modules/savedViews/components/OwnSavedViewList';
import { SaveViewForm } from '@/modules/savedViews/components/SaveViewForm';
import { SharedSavedViewList } from '@/modules/savedViews/components/SharedSavedViewList';
import { savedViewsQueryOptions } from '@/modules/savedViews/hooks/savedViewsQueryOptions';
import { useImportBrowserSavedViews } from '@/modules/savedViews/hooks/useImportBrowserSavedViews';
import { LoadingPanel } from '@/ui/LoadingPanel';

/**
 * "Opgeslagen weergaven" at the top of every page with dashboard state: save this page with its
 * filters, open, rename, update, share or delete own views, and open views colleagues share.
 */
export function SavedViewsControl() {
  const user = useCurrentUser();
  return user ? <SavedViewsPanel username={user.username} /> : null;
}

function SavedViewsPanel({ username }: { username: string }) {
  const id = useId();
  const { data, error, isPending, refetch } = useQuery(savedViewsQueryOptions());
  const imported = useImportBrowserSavedViews(username);
  const own = data?.savedViews.own ?? [];
  const shared = data?.savedViews.sharedWithMe ?? [];
  return (
    <details className="saved-views no-print">
      <summary>Opgeslagen weergaven{data ? ` (${own.length + shared.length})` : ''}</summary>
      <p className="muted">
        Een weergave bewaart deze pagina met de filters die u nu hebt gekozen. Deelt u een weergave, dan zien
        collega&apos;s met dezelfde rol bij dezelfde gemeente hem ook. Zij kunnen hem openen, maar niet
        wijzigen.
      </p>
      <SaveViewForm />
      {imported !== null && imported > 0 && (
        <p role="status">
          {imported === 1
            ? '1 weergave uit deze browser is bewaard in uw lijst.'
            : `${imported} weergaven uit deze browser zijn bewaard in uw lijst.`}
        </p>
      )}
      <LoadingPanel
        isLoading={isPending}
        error={error}
        onRetry={() => void refetch()}
        loadingText="De weergaven worden geladen…"
      >
        <h2 id={`${id}-own`} className="saved-views__heading" tabIndex={-1}>
          Mijn weergaven
        </h2>
        <OwnSavedViewList views={own} headingId={`${id}-own`} />
        <h2 id={`${id}-shared`} className="saved-views__heading">
          Gedeeld door collega&apos;s
        </h2>
        <SharedSavedViewList views={shared} headingId={`${id}-shared`} />
      </LoadingPanel>
    </details>
  );
}
