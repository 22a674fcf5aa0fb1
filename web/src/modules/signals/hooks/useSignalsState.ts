import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  parseSignalsState,
  serializeSignalsState,
  type SignalsState,
} from '@/modules/signals/utils/signalsState';

/** The Systeemsignalen filters and selection from the URL, and a setter that writes them back. */
export function useSignalsState(): [SignalsState, (change: Partial<SignalsState>) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const search = searchParams.toString();
  const state = useMemo(() => parseSignalsState(new URLSearchParams(search)), [search]);
  const update = useCallback(
    (change: Partial<SignalsState>) => setSearchParams(serializeSignalsState({ ...state, ...change })),
    [state, setSearchParams],
  );
  return [state, update];
}
