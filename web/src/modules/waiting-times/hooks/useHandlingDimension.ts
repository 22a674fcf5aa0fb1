import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { handlingDimensions } from '@/modules/waiting-times/utils/handlingDimensions';

export type HandlingDimensionKey = keyof typeof handlingDimensions;

/** `?indeling=domein|aanbieder` (default domein), kept beside the other filters in the URL. */
export function useHandlingDimension(): [HandlingDimensionKey, (key: HandlingDimensionKey) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const raw = searchParams.get('indeling');
  const key: HandlingDimensionKey = raw === 'aanbieder' ? 'aanbieder' : 'domein';
  const setKey = useCallback(
    (next: HandlingDimensionKey) =>
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
