import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  parseRecordsState,
  serializeRecordsState,
  type RecordsState,
} from '@/modules/records/utils/recordsState';

/** The Dossiers filters and selection from the URL, and a setter that writes them back. */
export function useRecordsState(): [RecordsState, (change: Partial<RecordsState>) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const search = searchParams.toString();
  const state = useMemo(() => parseRecordsState(new URLSearchParams(search)), [search]);
  const update = useCallback(
    (change: Partial<RecordsState>) => setSearchParams(serializeRecordsState({ ...state, ...change })),
    [state, setSearchParams],
  );
  return [state, update];
}
