import { useId } from 'react';
import { useOpenAsOf } from '@/modules/waiting-times/hooks/useOpenAsOf';

/** The day "nog open, over termijn" is counted on; empty means each source's export date. */
export function OpenAsOfControl() {
  const id = useId();
  const [asOf, setAsOf] = useOpenAsOf();
  return (
    <div className="form__field no-print">
      <label htmlFor={id}>Open klachten tellen op peildatum</label>
      <input
        id={id}
        type="date"
        value={asOf ?? ''}
        aria-describedby={`${id}-hint`}
        onChange={(event) => setAsOf(event.target.value || null)}
      />
      <p id={`${id}-hint`} className="muted">
        Leeg: Leerlus telt elke klacht op de datum dat de bron de gegevens heeft uitgevoerd (de exportdatum).
        Zo telt een oude export niet als &quot;nog open&quot; tot vandaag.
      </p>
      {asOf && (
        <button type="button" className="button button--secondary" onClick={() => setAsOf(null)}>
          Terug naar de exportdatum van de bron
        </button>
      )}
    </div>
  );
}
