import { useId } from 'react';
import {
  useHandlingDimension,
  type HandlingDimensionKey,
} from '@/modules/waiting-times/hooks/useHandlingDimension';
import { handlingDimensions } from '@/modules/waiting-times/utils/handlingDimensions';

/** Domain or provider: the breakdown of the waiting-time share and the handling times below it. */
export function HandlingDimensionSelect() {
  const id = useId();
  const [key, setKey] = useHandlingDimension();
  return (
    <div className="form__field">
      <label htmlFor={id}>Cijfers hieronder indelen per</label>
      <select id={id} value={key} onChange={(event) => setKey(event.target.value as HandlingDimensionKey)}>
        {(Object.keys(handlingDimensions) as HandlingDimensionKey[]).map((option) => (
          <option key={option} value={option}>
            {handlingDimensions[option].label}
          </option>
        ))}
      </select>
    </div>
  );
}
