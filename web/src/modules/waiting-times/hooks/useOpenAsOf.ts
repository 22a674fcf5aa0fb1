import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { isIsoDate } from '@/modules/dashboard/dashboardState';

/**
 * `?peildatum=YYYY-MM-DD`: the day open complaints are counted on (docs/indicators/handling-times.md).
 * Absent or invalid: null, and the API counts each record to its source's export date.
 */
export function useOpenAsOf(): [string | null, (asOf: string | null) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const raw = searchParams.get('peildatum');
  const asOf = isIsoDate(raw) ? raw : null;
  const setAsOf = useCallback(
    (next: string | null) =>
      setSearchParams((previous) => {
        const params = new URLSearchParams(previous);
        if (next && isIsoDate(next)) params.set('peildatum', next);
        else params.delete('peildatum');
        return params;
      }),
    [setSearchParams],
  );
  return [asOf, setAsOf];
}
