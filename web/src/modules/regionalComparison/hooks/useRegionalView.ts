import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

export type RegionalDimensionKey = 'domein' | 'thema';

export interface RegionalView {
  /** `?indeling=domein|thema` (default domein). */
  dimension: RegionalDimensionKey;
  /** `?groep=`: the domain or theme on the chart (default "alle": all complaints). */
  group: string;
}

export const ALL_COMPLAINTS_GROUP = 'alle';

/** The comparison's own view in the URL, beside the dashboard's period and filters. */
export function useRegionalView(): [RegionalView, (next: Partial<RegionalView>) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const view: RegionalView = {
    dimension: searchParams.get('indeling') === 'thema' ? 'thema' : 'domein',
    group: searchParams.get('groep') ?? ALL_COMPLAINTS_GROUP,
  };
  const update = useCallback(
    (next: Partial<RegionalView>) =>
      setSearchParams((previous) => {
        const params = new URLSearchParams(previous);
        if (next.dimension !== undefined) {
          if (next.dimension === 'domein') params.delete('indeling');
          else params.set('indeling', next.dimension);
          // Another breakdown has other groups: back to all complaints.
          params.delete('groep');
        }
        if (next.group !== undefined) {
          if (next.group === ALL_COMPLAINTS_GROUP) params.delete('groep');
          else params.set('groep', next.group);
        }
        return params;
      }),
    [setSearchParams],
  );
  return [view, update];
}
