import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

const CODE = /^[a-z0-9_]+$/;

/** `?thema=`: the theme split into its subthemes on the Thema's page; null = the largest theme. */
export function useDrillTheme(): [string | null, (code: string) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const raw = searchParams.get('thema');
  const code = raw !== null && CODE.test(raw) ? raw : null;
  const setCode = useCallback(
    (next: string) =>
      setSearchParams((previous) => {
        const params = new URLSearchParams(previous);
        params.set('thema', next);
        return params;
      }),
    [setSearchParams],
  );
  return [code, setCode];
}
