import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/** The measure whose effect is shown, in the URL (`?maatregel=`), so a link opens it. */
export function useSelectedMeasure(): [string | null, (id: string) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const select = useCallback((id: string) => setSearchParams({ maatregel: id }), [setSearchParams]);
  return [searchParams.get('maatregel'), select];
}
