import { useQuery } from '@tanstack/react-query';
import type { DashboardState } from '@/modules/dashboard/dashboardState';
import { describePeriod } from '@/modules/dashboard/utils/describePeriod';
import { LazyNeighbourhoodMap } from '@/modules/neighbourhoodMap/components/LazyNeighbourhoodMap';
import { neighbourhoodMapQueryOptions } from '@/modules/neighbourhoodMap/hooks/neighbourhoodMapQueryOptions';
import { buildMapTable } from '@/modules/neighbourhoodMap/utils/buildMapTable';
import { ChartPanel } from '@/ui/charts/ChartPanel';

interface NeighbourhoodMapPanelProps {
  state: DashboardState;
}

/** Container: the neighbourhood map with its table, for the period and filters in the URL. */
export function NeighbourhoodMapPanel({ state }: NeighbourhoodMapPanelProps) {
  const { data, error, isPending, isPlaceholderData, refetch } = useQuery(
    neighbourhoodMapQueryOptions(state),
  );
  const map = data?.neighbourhoodMap ?? null;
  const areas = map?.level === 'buurt' ? 'buurt' : 'wijk';
  const label = `Kaart van klachten en signalen per ${areas}, ${describePeriod(state)}`;
  return (
    <ChartPanel
      title={`Kaart: klachten en signalen per ${areas}`}
      definition={{
        definition:
          'Klachten en signalen per CBS-wijk of -buurt van de inwoner, per 1.000 inwoners als van elke wijk het aantal inwoners bekend is, anders als aantal. De grenzen en inwoners komen uit het CBS-bestand dat de gemeente heeft geladen. Dossiers zonder wijk, of met een wijkcode zonder grens, staan onder de kaart in de tabel.',
        legalBasis: null,
      }}
      table={map ? buildMapTable(map, label) : null}
      chart={
        map &&
        (map.level === null ? (
          <p className="state">
            Er zijn nog geen wijk- of buurtgrenzen geladen. De beheerder laadt ze onder Beheer → Gemeenten.
          </p>
        ) : (
          <LazyNeighbourhoodMap map={map} label={label} />
        ))
      }
      isLoading={isPending}
      error={error}
      onRetry={() => void refetch()}
      isRefreshing={isPlaceholderData}
      exportFileName={`kaart-klachten-per-${areas}-${state.from}-${state.to}`}
    />
  );
}
