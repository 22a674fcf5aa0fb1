import type { ChangeEvent } from 'react';

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  type?: string;
  required?: boolean;
  /** One sentence under the field, linked to it with aria-describedby. */
  hint?: string;
}

/** A labelled input of the Beheer forms; an optional field says so in its label. */
export function TextField({
  id,
  label,
  value,
  onChange,
  type = 'text',
  required = false,
  hint,
}: TextFieldProps) {
  return (
    <div className="form__field">
      <label htmlFor={id}>
        {label}
        {!required && ' (niet verplicht)'}
      </label>
      <input
        id={id}
        type={type}
        required={required}
        value={value}
        onChange={onChange}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      {hint && (
        <p id={`${id}-hint`} className="form__hint">
          {hint}
        </p>
      )}
    </div>
  );
}
