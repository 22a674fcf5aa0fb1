import { useId } from 'react';
import type { RegionalComparisonQuery } from '@/generated/graphql';
import { ALL_COMPLAINTS_GROUP, useRegionalView } from '@/modules/regionalComparison/hooks/useRegionalView';

type Group = RegionalComparisonQuery['regionalComparison']['groups'][number];

/** Per domain or theme (`?indeling=`), and which one the chart shows (`?groep=`). */
export function RegionalViewControls({ groups }: { groups: readonly Group[] }) {
  const dimensionId = useId();
  const groupId = useId();
  const [view, update] = useRegionalView();
  return (
    <div className="form no-print">
      <div className="form__field">
        <label htmlFor={dimensionId}>Vergelijken per</label>
        <select
          id={dimensionId}
          value={view.dimension}
          onChange={(event) => update({ dimension: event.target.value === 'thema' ? 'thema' : 'domein' })}
        >
          <option value="domein">Domein</option>
          <option value="thema">Thema</option>
        </select>
      </div>
      <div className="form__field">
        <label htmlFor={groupId}>In de grafiek</label>
        <select id={groupId} value={view.group} onChange={(event) => update({ group: event.target.value })}>
          {groups.length === 0 && <option value={ALL_COMPLAINTS_GROUP}>Alle klachten</option>}
          {groups.map((group) => (
            <option key={group.code} value={group.code}>
              {group.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
