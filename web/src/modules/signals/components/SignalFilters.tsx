import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import type { SignalStatus } from '@/generated/graphql';
import { signalRulesQueryOptions } from '@/modules/signals/hooks/signalRulesQueryOptions';
import { signalStatuses, signalStatusLabels } from '@/modules/signals/utils/signalStatusLabels';
import type { SignalsState } from '@/modules/signals/utils/signalsState';

interface SignalFiltersProps {
  state: SignalsState;
  onChange: (change: Partial<SignalsState>) => void;
}

/** Status and rule filters; every change goes into the URL at once and back to page 1. */
export function SignalFilters({ state, onChange }: SignalFiltersProps) {
  const id = useId();
  const rules = useQuery(signalRulesQueryOptions());
  return (
    <div className="filter-bar__selects">
      <div className="form__field">
        <label htmlFor={`${id}-status`}>Status</label>
        <select
          id={`${id}-status`}
          value={state.status ?? ''}
          onChange={(event) =>
            onChange({
              status: (event.target.value || null) as SignalStatus | null,
              page: 1,
              selectedId: null,
            })
          }
        >
          <option value="">Alle statussen</option>
          {signalStatuses.map((status) => (
            <option key={status} value={status}>
              {signalStatusLabels[status]}
            </option>
          ))}
        </select>
      </div>
      <div className="form__field">
        <label htmlFor={`${id}-rule`}>Soort signaal</label>
        <select
          id={`${id}-rule`}
          value={state.rule ?? ''}
          onChange={(event) => onChange({ rule: event.target.value || null, page: 1, selectedId: null })}
        >
          <option value="">Alle soorten</option>
          {(rules.data?.signalRules ?? []).map((rule) => (
            <option key={rule.code} value={rule.code}>
              {rule.label}
            </option>
          ))}
          {state.rule && !rules.data?.signalRules.some((rule) => rule.code === state.rule) && (
            <option value={state.rule}>{state.rule}</option>
          )}
        </select>
      </div>
    </div>
  );
}
