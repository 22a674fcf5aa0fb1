import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { parseQuarter } from '@/modules/thermometer/utils/parseQuarter';

/** The quarter of the thermometer in the URL (`?kwartaal=2025-Q2`), so a link reproduces the view. */
export function useThermometerQuarter(): [string | null, (quarter: string | null) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const quarter = parseQuarter(searchParams.get('kwartaal'));
  const setQuarter = useCallback(
    (next: string | null) => setSearchParams(next ? { kwartaal: next } : {}),
    [setSearchParams],
  );
  return [quarter, setQuarter];
}
