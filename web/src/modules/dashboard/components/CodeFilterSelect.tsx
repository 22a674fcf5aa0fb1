import type { FilterOption } from '@/modules/dashboard/hooks/filterOptionsQueryOptions';

interface CodeFilterSelectProps {
  id: string;
  label: string;
  /** The first option, meaning "no filter" (e.g. "Alle domeinen"). */
  allLabel: string;
  /** An option may stand for several codes, joined with ',' (a region: all its municipalities). */
  options: readonly FilterOption[];
  /** The codes in the URL. */
  selected: readonly string[];
  onChange: (codes: string[]) => void;
  /** Shown when the option list could not be loaded. */
  errorText?: string | null;
  hint?: string;
}

/**
 * One filter of the filter bar: a select of codes with Dutch labels. A code from the URL that is not
 * (or no longer) in the list stays selectable, so a shared link never silently loses its filter.
 */
export function CodeFilterSelect({
  id,
  label,
  allLabel,
  options,
  selected,
  onChange,
  errorText,
  hint,
}: CodeFilterSelectProps) {
  const value = selected.join(',');
  const missing = value !== '' && !options.some((option) => option.code === value);
  const describedBy = [errorText ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean);
  return (
    <div className="form__field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        aria-describedby={describedBy.length > 0 ? describedBy.join(' ') : undefined}
        onChange={(event) => onChange(event.target.value.split(',').filter(Boolean))}
      >
        <option value="">{allLabel}</option>
        {missing && <option value={value}>{value}</option>}
        {options.map((option) => (
          <option key={option.code} value={option.code}>
            {option.label}
          </option>
        ))}
      </select>
      {hint && (
        <p id={`${id}-hint`} className="form__hint">
          {hint}
        </p>
      )}
      {errorText && (
        <p id={`${id}-error`} className="form__hint">
          {errorText}
        </p>
      )}
    </div>
  );
}
