import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  parseDashboardState,
  serializeDashboardState,
  type DashboardState,
} from '@/modules/dashboard/dashboardState';

/** The dashboard state of the current URL, and a setter that writes a change back into the URL. */
export function useDashboardState(): [DashboardState, (change: Partial<DashboardState>) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const search = searchParams.toString();
  const state = useMemo(() => parseDashboardState(new URLSearchParams(search)), [search]);
  const update = useCallback(
    (change: Partial<DashboardState>) => setSearchParams(serializeDashboardState({ ...state, ...change })),
    [state, setSearchParams],
  );
  return [state, update];
}
