import { useQuery } from '@tanstack/react-query';
import { useId, useMemo } from 'react';
import { defaultDashboardState } from '@/modules/dashboard/dashboardState';
import { filterOptionsQueryOptions } from '@/modules/dashboard/hooks/filterOptionsQueryOptions';
import { RecordPeriodFields } from '@/modules/records/components/RecordPeriodFields';
import { RecordSearchField } from '@/modules/records/components/RecordSearchField';
import { recordLabel } from '@/modules/records/utils/recordLabels';
import { recordKinds, type RecordsState } from '@/modules/records/utils/recordsState';

interface RecordFiltersProps {
  state: RecordsState;
  onChange: (change: Partial<RecordsState>) => void;
}

interface SelectProps {
  id: string;
  label: string;
  allLabel: string;
  value: string | null;
  options: readonly { code: string; label: string }[];
  onChange: (value: string | null) => void;
}

function FilterSelect({ id, label, allLabel, value, options, onChange }: SelectProps) {
  const missing = value !== null && !options.some((option) => option.code === value);
  return (
    <div className="form__field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(event) => onChange(event.target.value || null)}>
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.code} value={option.code}>
            {option.label}
          </option>
        ))}
        {missing && <option value={value}>{value}</option>}
      </select>
    </div>
  );
}

/** Search, period, theme, domain and kind; every change goes into the URL and back to the first page. */
export function RecordFilters({ state, onChange }: RecordFiltersProps) {
  const id = useId();
  const period = useMemo(() => defaultDashboardState(), []);
  const themes = useQuery(filterOptionsQueryOptions(period, 'theme', 'domain'));
  const domains = useQuery(filterOptionsQueryOptions(period, 'domain', 'domain'));
  const change = (patch: Partial<RecordsState>) => onChange({ ...patch, page: 1, selectedId: null });
  return (
    <>
      <RecordSearchField key={state.search} search={state.search} onSearch={(search) => change({ search })} />
      <div className="filter-bar__selects">
        <RecordPeriodFields from={state.from} to={state.to} onChange={change} />
        <FilterSelect
          id={`${id}-theme`}
          label="Thema"
          allLabel="Alle thema's"
          value={state.theme}
          options={themes.data ?? []}
          onChange={(theme) => change({ theme })}
        />
        <FilterSelect
          id={`${id}-domain`}
          label="Domein"
          allLabel="Alle domeinen"
          value={state.domain}
          options={domains.data ?? []}
          onChange={(domain) => change({ domain })}
        />
        <FilterSelect
          id={`${id}-kind`}
          label="Soort"
          allLabel="Alle soorten"
          value={state.kind}
          options={recordKinds.map((kind) => ({ code: kind, label: recordLabel(kind) }))}
          onChange={(kind) => change({ kind })}
        />
      </div>
    </>
  );
}
