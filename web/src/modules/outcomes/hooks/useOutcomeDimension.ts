import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { isOutcomeDimensionKey, type OutcomeDimensionKey } from '@/modules/outcomes/utils/outcomeDimensions';

/** `?indeling=domein|thema|wet|lijn|aanbieder` (default domein), beside the other filters in the URL. */
export function useOutcomeDimension(): [OutcomeDimensionKey, (key: OutcomeDimensionKey) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const raw = searchParams.get('indeling');
  const key: OutcomeDimensionKey = isOutcomeDimensionKey(raw) ? raw : 'domein';
  const setKey = useCallback(
    (next: OutcomeDimensionKey) =>
      setSearchParams((previous) => {
        const params = new URLSearchParams(previous);
        if (next === 'domein') params.delete('indeling');
        else params.set('indeling', next);
        return params;
      }),
    [setSearchParams],
  );
  return [key, setKey];
}
