import { useId, useMemo } from 'react';
import { formatQuarter } from '@/modules/thermometer/utils/formatQuarter';
import { recentQuarters } from '@/modules/thermometer/utils/recentQuarters';

interface ThermometerQuarterPickerProps {
  quarter: string | null;
  onChange: (quarter: string | null) => void;
}

/** Choose the quarter; the change goes into the URL at once. */
export function ThermometerQuarterPicker({ quarter, onChange }: ThermometerQuarterPickerProps) {
  const id = useId();
  const quarters = useMemo(() => recentQuarters(new Date()), []);
  const options = quarter && !quarters.includes(quarter) ? [quarter, ...quarters] : quarters;
  return (
    <div className="form__field">
      <label htmlFor={id}>Kwartaal</label>
      <select id={id} value={quarter ?? ''} onChange={(event) => onChange(event.target.value || null)}>
        <option value="">Laatste volledige kwartaal</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {formatQuarter(option)}
          </option>
        ))}
      </select>
    </div>
  );
}
