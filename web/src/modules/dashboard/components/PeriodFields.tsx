import { useId, useState, type FormEvent } from 'react';
import type { DashboardState } from '@/modules/dashboard/dashboardState';
import { periodPresets } from '@/modules/dashboard/utils/periodPresets';

interface PeriodFieldsProps {
  from: string;
  to: string;
  onChange: (change: Pick<DashboardState, 'from' | 'to'>) => void;
}

/**
 * From/to dates, applied with a button (a half-typed date must not reset the view) and presets
 * that apply at once. Keyed by the URL period in FilterBar, so "back" resets the typed values.
 */
export function PeriodFields({ from, to, onChange }: PeriodFieldsProps) {
  const id = useId();
  const [draft, setDraft] = useState({ from, to });
  const [error, setError] = useState<string | null>(null);

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!draft.from || !draft.to) {
      setError('Vul een begindatum en een einddatum in.');
    } else if (draft.from > draft.to) {
      setError('De begindatum moet voor de einddatum liggen.');
    } else {
      setError(null);
      onChange(draft);
    }
  }

  return (
    <form className="filter-bar__period" onSubmit={apply} aria-labelledby={`${id}-legend`} noValidate>
      <p id={`${id}-legend`} className="filter-bar__legend">
        Periode
      </p>
      <div className="filter-bar__presets">
        {periodPresets.map((preset) => {
          const period = preset.period(new Date());
          const active = period.from === from && period.to === to;
          return (
            <button
              key={preset.label}
              type="button"
              className="button button--secondary"
              aria-pressed={active}
              onClick={() => {
                setDraft(period);
                setError(null);
                onChange(period);
              }}
            >
              {preset.label}
            </button>
          );
        })}
      </div>
      <div className="filter-bar__dates">
        <div className="form__field">
          <label htmlFor={`${id}-from`}>Van</label>
          <input
            id={`${id}-from`}
            type="date"
            value={draft.from}
            aria-invalid={error ? true : undefined}
            aria-describedby={`${id}-error`}
            onChange={(event) => setDraft({ ...draft, from: event.target.value })}
          />
        </div>
        <div className="form__field">
          <label htmlFor={`${id}-to`}>Tot en met</label>
          <input
            id={`${id}-to`}
            type="date"
            value={draft.to}
            aria-invalid={error ? true : undefined}
            aria-describedby={`${id}-error`}
            onChange={(event) => setDraft({ ...draft, to: event.target.value })}
          />
        </div>
        <button type="submit" className="button">
          Periode toepassen
        </button>
      </div>
      <div id={`${id}-error`} role="alert">
        {error && <p className="form__error">{error}</p>}
      </div>
    </form>
  );
}
