import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import type { DashboardState } from '@/modules/dashboard/dashboardState';
import { buildCountBreakdown } from '@/modules/dashboard/utils/buildCountBreakdown';
import { describePeriod } from '@/modules/dashboard/utils/describePeriod';
import { ThemeRecordLinks } from '@/modules/themes/components/ThemeRecordLinks';
import { subthemeQueryOptions } from '@/modules/themes/hooks/subthemeQueryOptions';
import { themeBreakdownQueryOptions } from '@/modules/themes/hooks/themeBreakdownQueryOptions';
import { useDrillTheme } from '@/modules/themes/hooks/useDrillTheme';
import { buildThemeBreakdown } from '@/modules/themes/utils/buildThemeBreakdown';
import { ChartPanel } from '@/ui/charts/ChartPanel';
import { LazyBarChart } from '@/ui/charts/LazyBarChart';

interface SubthemePanelProps {
  state: DashboardState;
}

/**
 * Container: one theme split into its subthemes (`?thema=`). The members add up to the theme's bar
 * above, and each subtheme links to exactly its records.
 */
export function SubthemePanel({ state }: SubthemePanelProps) {
  const id = useId();
  const [chosen, setChosen] = useDrillTheme();
  // The theme list is the breakdown above (same query, from the cache).
  const themes = useQuery(themeBreakdownQueryOptions(state));
  const options = themes.data
    ? buildThemeBreakdown(themes.data, state, '').table.rows.filter((row) => row.key !== 'geen')
    : [];
  const themeCode = chosen ?? options[0]?.key ?? null;
  const themeLabel = options.find((row) => row.key === themeCode)?.header ?? themeCode ?? '';
  const { data, error, isPending, isPlaceholderData, refetch } = useQuery({
    ...subthemeQueryOptions(state, themeCode ?? ''),
    enabled: themeCode !== null,
  });
  const label = `Klachten en signalen over ${themeLabel} per subthema`;
  const result = data
    ? buildCountBreakdown(data, state, 'subtheme', `${label}, ${describePeriod(state)}`, 'Subthema')
    : null;
  return (
    <>
      <div className="form__field">
        <label htmlFor={id}>Thema uitsplitsen in subthema&apos;s</label>
        <select id={id} value={themeCode ?? ''} onChange={(event) => setChosen(event.target.value)}>
          {options.map((row) => (
            <option key={row.key} value={row.key}>
              {row.header}
            </option>
          ))}
        </select>
      </div>
      <ChartPanel
        title="Subthema's van een thema"
        definition={{
          definition:
            'Het gekozen thema, verdeeld over zijn subthema\'s. Dossiers met alleen het thema zelf staan apart als "(geen subthema)". Samen zijn ze precies de staaf van het thema hierboven; zo tellen grafiek, tabel, download en dossiers op dezelfde manier.',
          legalBasis: null,
        }}
        table={result?.table ?? null}
        chart={result && <LazyBarChart data={result.bars} label={label} />}
        isLoading={isPending || themes.isPending}
        error={error ?? themes.error}
        onRetry={() => void refetch()}
        isRefreshing={isPlaceholderData}
        exportFileName={`klachten-${themeCode ?? 'thema'}-per-subthema-${state.from}-${state.to}`}
        notes={
          result && (
            // Records on the theme itself have no filter of their own (the theme filter takes in
            // its subthemes), so only the subthemes link to their records.
            <ThemeRecordLinks
              themes={result.table.rows
                .filter((row) => row.key !== themeCode)
                .map((row) => ({ code: row.key, label: row.header }))}
              state={state}
            />
          )
        }
      />
    </>
  );
}
