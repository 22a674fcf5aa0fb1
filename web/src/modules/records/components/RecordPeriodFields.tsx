import { useId } from 'react';
import type { RecordsState } from '@/modules/records/utils/recordsState';

interface RecordPeriodFieldsProps {
  from: string | null;
  to: string | null;
  onChange: (change: Pick<RecordsState, 'from' | 'to'>) => void;
}

/**
 * The period of receipt the list applies (from a figure's link or typed here), always shown and
 * editable. A date field only reports complete dates, so each change applies at once; empty = open.
 */
export function RecordPeriodFields({ from, to, onChange }: RecordPeriodFieldsProps) {
  const id = useId();
  return (
    <fieldset className="record-period">
      <legend>Ontvangen in de periode</legend>
      <div className="form__field">
        <label htmlFor={`${id}-from`}>Van</label>
        <input
          id={`${id}-from`}
          type="date"
          value={from ?? ''}
          onChange={(event) => onChange({ from: event.target.value || null, to })}
        />
      </div>
      <div className="form__field">
        <label htmlFor={`${id}-to`}>Tot en met</label>
        <input
          id={`${id}-to`}
          type="date"
          value={to ?? ''}
          onChange={(event) => onChange({ from, to: event.target.value || null })}
        />
      </div>
      {(from || to) && (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => onChange({ from: null, to: null })}
        >
          Hele periode
        </button>
      )}
    </fieldset>
  );
}
