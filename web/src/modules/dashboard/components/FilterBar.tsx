import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import {
  compareToComparison,
  intervalToGranularity,
  type CompareMode,
  type DashboardState,
  type Interval,
} from '@/modules/dashboard/dashboardState';
import { PeriodFields } from '@/modules/dashboard/components/PeriodFields';
import { filterOptionsQueryOptions } from '@/modules/dashboard/hooks/filterOptionsQueryOptions';

interface FilterBarProps {
  state: DashboardState;
  onChange: (change: Partial<DashboardState>) => void;
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
export function FilterBar({ state, onChange }: FilterBarProps) {
  const id = useId();
  const domains = useQuery(filterOptionsQueryOptions(state, 'domain', 'domain'));
  const domainOptions = domains.data ?? [];
  const selectedDomain = state.domains[0] ?? '';
  const selectedMissing =
    selectedDomain !== '' && !domainOptions.some((option) => option.code === selectedDomain);

  return (
    <section className="filter-bar" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="filter-bar__title">
        Filters
      </h2>
      <PeriodFields key={`${state.from}/${state.to}`} from={state.from} to={state.to} onChange={onChange} />
      <div className="filter-bar__selects">
        <div className="form__field">
          <label htmlFor={`${id}-interval`}>Indeling in de tijd</label>
          <select
            id={`${id}-interval`}
            value={state.interval}
            onChange={(event) => onChange({ interval: event.target.value as Interval })}
          >
            {(Object.keys(intervalToGranularity) as Interval[]).map((interval) => (
              <option key={interval} value={interval}>
                {intervalLabels[interval]}
              </option>
            ))}
          </select>
        </div>
        <div className="form__field">
          <label htmlFor={`${id}-domain`}>Domein</label>
          <select
            id={`${id}-domain`}
            value={selectedDomain}
            aria-describedby={domains.error ? `${id}-domain-error` : undefined}
            onChange={(event) => onChange({ domains: event.target.value ? [event.target.value] : [] })}
          >
            <option value="">Alle domeinen</option>
            {selectedMissing && <option value={selectedDomain}>{selectedDomain}</option>}
            {domainOptions.map((option) => (
              <option key={option.code} value={option.code}>
                {option.label}
              </option>
            ))}
          </select>
          {domains.error && (
            <p id={`${id}-domain-error`} className="form__hint">
              De lijst met domeinen kon niet worden geladen.
            </p>
          )}
        </div>
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
      </div>
    </section>
  );
}
