import { useQuery } from '@tanstack/react-query';
import { SaveStatus } from '@/modules/panel/components/SaveStatus';
import { conductNormsQueryOptions } from '@/modules/panel/hooks/conductNormsQueryOptions';
import type { SaveState } from '@/modules/panel/hooks/useReviewAutosave';
import { LoadingPanel } from '@/ui/LoadingPanel';

interface NormChoiceProps {
  value: readonly string[];
  state: SaveState | undefined;
  onChange: (codes: string[]) => void;
}

/** The behoorlijkheidswijzer: per core value its requirements as checkboxes, saved on every change. */
export function NormChoice({ value, state, onChange }: NormChoiceProps) {
  const norms = useQuery(conductNormsQueryOptions());
  const toggle = (code: string, checked: boolean) =>
    onChange(checked ? [...value, code] : value.filter((item) => item !== code));
  return (
    <fieldset className="review-field">
      <legend>Welke normen van behoorlijk gedrag waren in het geding?</legend>
      <p className="form__hint">
        De normen komen uit de behoorlijkheidswijzer van de Nationale ombudsman. Kies alles wat past, of
        niets.
      </p>
      <LoadingPanel isLoading={norms.isLoading} error={norms.error} onRetry={() => void norms.refetch()}>
        {norms.data?.conductNorms.map((core) => (
          <fieldset key={core.code} className="norm-group">
            <legend>{core.label}</legend>
            {core.norms.map((norm) => (
              <label key={norm.code} className="choice choice--block">
                <input
                  type="checkbox"
                  value={norm.code}
                  checked={value.includes(norm.code)}
                  onChange={(event) => toggle(norm.code, event.target.checked)}
                />
                <span>
                  {norm.label}
                  <span className="form__hint choice__hint">{norm.description}</span>
                </span>
              </label>
            ))}
          </fieldset>
        ))}
      </LoadingPanel>
      <SaveStatus state={state} />
    </fieldset>
  );
}
