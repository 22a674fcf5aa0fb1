import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { isBreakdownKey, type BreakdownKey } from '@/modules/breakdowns/utils/breakdownDimensions';

/** `?verdeling=kanaal|indiener|soort|wijk` (default kanaal), beside the other filters in the URL. */
export function useBreakdownDimension(): [BreakdownKey, (key: BreakdownKey) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const raw = searchParams.get('verdeling');
  const key: BreakdownKey = isBreakdownKey(raw) ? raw : 'kanaal';
  const setKey = useCallback(
    (next: BreakdownKey) =>
      setSearchParams((previous) => {
        const params = new URLSearchParams(previous);
        if (next === 'kanaal') params.delete('verdeling');
        else params.set('verdeling', next);
        return params;
      }),
    [setSearchParams],
  );
  return [key, setKey];
}
