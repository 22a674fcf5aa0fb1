interface CheckboxGroupProps {
  legend: string;
  hint: string;
  options: readonly { code: string; label: string }[];
  value: readonly string[];
  onChange: (codes: string[]) => void;
}

/** A set of checkboxes; nothing chosen means "all". */
export function CheckboxGroup({ legend, hint, options, value, onChange }: CheckboxGroupProps) {
  return (
    <fieldset className="form__field">
      <legend>{legend}</legend>
      <p className="form__hint">{hint}</p>
      {options.map((option) => (
        <label key={option.code} className="choice choice--block">
          <input
            type="checkbox"
            value={option.code}
            checked={value.includes(option.code)}
            onChange={(event) =>
              onChange(
                event.target.checked ? [...value, option.code] : value.filter((code) => code !== option.code),
              )
            }
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
