import type { SaveState } from '@/modules/panel/hooks/useReviewAutosave';

const texts: Readonly<Record<SaveState, string>> = {
  idle: '',
  saving: 'Bezig met opslaan…',
  saved: 'Opgeslagen',
  error: 'Niet opgeslagen. Controleer uw verbinding en probeer het opnieuw.',
};

/** The save status of one field, announced politely (an error assertively). */
export function SaveStatus({ state = 'idle' }: { state?: SaveState }) {
  return (
    <p role={state === 'error' ? 'alert' : 'status'} className={`save-status save-status--${state}`}>
      {texts[state]}
    </p>
  );
}
