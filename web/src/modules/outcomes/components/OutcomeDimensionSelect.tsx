import { useId } from 'react';
import { useOutcomeDimension } from '@/modules/outcomes/hooks/useOutcomeDimension';
import { outcomeDimensions, type OutcomeDimensionKey } from '@/modules/outcomes/utils/outcomeDimensions';

/** The breakdown of the complaint figures on the Uitkomsten page (`?indeling=`). */
export function OutcomeDimensionSelect() {
  const id = useId();
  const [key, setKey] = useOutcomeDimension();
  return (
    <div className="form__field">
      <label htmlFor={id}>Klachtcijfers hieronder indelen per</label>
      <select id={id} value={key} onChange={(event) => setKey(event.target.value as OutcomeDimensionKey)}>
        {(Object.keys(outcomeDimensions) as OutcomeDimensionKey[]).map((option) => (
          <option key={option} value={option}>
            {outcomeDimensions[option].label}
          </option>
        ))}
      </select>
    </div>
  );
}
