import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import {
  compareToComparison,
  type CompareMode,
  type DashboardState,
  type Interval,
} from '@/modules/dashboard/dashboardState';
import { PeriodFields } from '@/modules/dashboard/components/PeriodFields';
import { CodeFilterSelect } from '@/modules/dashboard/components/CodeFilterSelect';
import { filterOptionsQueryOptions } from '@/modules/dashboard/hooks/filterOptionsQueryOptions';
import { municipalityOptionsQueryOptions } from '@/modules/dashboard/hooks/municipalityOptionsQueryOptions';
import { allFilterFields, type FilterField } from '@/modules/dashboard/utils/filterFields';
import { intervalsForRole } from '@/modules/dashboard/utils/intervalsForRole';
import { useCurrentUser } from '@/modules/auth/hooks/useCurrentUser';

interface FilterBarProps {
  state: DashboardState;
  onChange: (change: Partial<DashboardState>) => void;
  /** The optional controls this page supports (see FilterField); default all. */
  fields?: readonly FilterField[];
}
const intervalLabels: { readonly [I in Interval]: string } = {
  week: 'Week',
  maand: 'Maand',
  kwartaal: 'Kwartaal',
  halfjaar: 'Halfjaar',
  jaar: 'Jaar',
};

const compareLabels: { readonly [C in CompareMode]: string } = {
  geen: 'Geen vergelijking',
  'vorige-periode': 'Vorige periode',
  'vorig-jaar': 'Zelfde periode vorig jaar',
};

/**
 * The filters of a dashboard page. Every change goes into the URL at once (selects) or on
 * "Periode toepassen" (dates), so the address bar always reproduces the view.
 */
export function FilterBar({ state, onChange, fields = allFilterFields }: FilterBarProps) {
  const id = useId();
  // raad, panel and college get months and longer from the API; weeks are not offered to them.
  const intervals = intervalsForRole(useCurrentUser()?.role ?? null);
  const domains = useQuery({
    ...filterOptionsQueryOptions(state, 'domain', 'domain'),
    enabled: fields.includes('domein'),
  });
  const sources = useQuery({
    ...filterOptionsQueryOptions(state, 'sourceOrganisation', 'sourceOrganisation'),
    enabled: fields.includes('bron'),
  });
  const providers = useQuery({
    ...filterOptionsQueryOptions(state, 'subjectOrganisation', 'subjectOrganisation'),
    enabled: fields.includes('aanbieder'),
  });
  const municipalities = useQuery({
    ...municipalityOptionsQueryOptions(),
    enabled: fields.includes('gemeente'),
  });
  // One municipality (or a user bound to one) needs no choice, unless a link already carries a code.
  const municipalityOptions = municipalities.data ?? [];
  const showMunicipality =
    fields.includes('gemeente') && (municipalityOptions.length > 1 || state.municipalities.length > 0);

  return (
    <section className="filter-bar" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="filter-bar__title">
        Filters
      </h2>
      <PeriodFields key={`${state.from}/${state.to}`} from={state.from} to={state.to} onChange={onChange} />
      <div className="filter-bar__selects">
        {fields.includes('interval') && (
          <div className="form__field">
            <label htmlFor={`${id}-interval`}>Indeling in de tijd</label>
            <select
              id={`${id}-interval`}
              value={state.interval}
              onChange={(event) => onChange({ interval: event.target.value as Interval })}
            >
              {intervals.map((interval) => (
                <option key={interval} value={interval}>
                  {intervalLabels[interval]}
                </option>
              ))}
            </select>
          </div>
        )}
        {showMunicipality && (
          <CodeFilterSelect
            id={`${id}-municipality`}
            label="Gemeente"
            allLabel="Alle gemeenten"
            options={municipalityOptions}
            selected={state.municipalities}
            onChange={(codes) => onChange({ municipalities: codes })}
            errorText={municipalities.error ? 'De lijst met gemeenten kon niet worden geladen.' : null}
          />
        )}
        {fields.includes('domein') && (
          <CodeFilterSelect
            id={`${id}-domain`}
            label="Domein"
            allLabel="Alle domeinen"
            options={domains.data ?? []}
            selected={state.domains}
            onChange={(codes) => onChange({ domains: codes })}
            errorText={domains.error ? 'De lijst met domeinen kon niet worden geladen.' : null}
          />
        )}
        {fields.includes('bron') && (
          <CodeFilterSelect
            id={`${id}-source`}
            label="Bron"
            allLabel="Alle bronnen"
            options={sources.data ?? []}
            selected={state.sources}
            onChange={(codes) => onChange({ sources: codes })}
            hint="Wie de gegevens heeft geleverd."
            errorText={sources.error ? 'De lijst met bronnen kon niet worden geladen.' : null}
          />
        )}
        {fields.includes('aanbieder') && (
          <CodeFilterSelect
            id={`${id}-provider`}
            label="Aanbieder"
            allLabel="Alle aanbieders"
            options={providers.data ?? []}
            selected={state.providers}
            onChange={(codes) => onChange({ providers: codes })}
            hint="Over wie de klacht gaat."
            errorText={providers.error ? 'De lijst met aanbieders kon niet worden geladen.' : null}
          />
        )}
        {fields.includes('vergelijk') && (
          <div className="form__field">
            <label htmlFor={`${id}-compare`}>Vergelijken met</label>
            <select
              id={`${id}-compare`}
              value={state.compare}
              onChange={(event) => onChange({ compare: event.target.value as CompareMode })}
            >
              {(Object.keys(compareToComparison) as CompareMode[]).map((mode) => (
                <option key={mode} value={mode}>
                  {compareLabels[mode]}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
    </section>
  );
}
