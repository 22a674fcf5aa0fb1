import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

export interface ReportsState {
  /** The snapshot that is open (`?rapport=`). */
  open: string | null;
  /** The snapshot it is compared with (`?vergelijk=`). */
  compareWith: string | null;
}

export function useReportsState(): [ReportsState, (change: Partial<ReportsState>) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const state: ReportsState = {
    open: searchParams.get('rapport'),
    compareWith: searchParams.get('vergelijk'),
  };
  const update = useCallback(
    (change: Partial<ReportsState>) => {
      const next = { ...state, ...change };
      const params: Record<string, string> = {};
      if (next.open) params.rapport = next.open;
      if (next.compareWith) params.vergelijk = next.compareWith;
      setSearchParams(params);
    },
    [state, setSearchParams],
  );
  return [state, update];
}
