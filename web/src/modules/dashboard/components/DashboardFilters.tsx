import { FilterBar } from '@/modules/dashboard/components/FilterBar';
import { useDashboardState } from '@/modules/dashboard/hooks/useDashboardState';
import { allFilterFields, type FilterField } from '@/modules/dashboard/utils/filterFields';
import { SavedViewsControl } from '@/modules/savedViews/components/SavedViewsControl';

interface DashboardFiltersProps {
  /** The code filters the queries of this page support. */
  fields?: readonly FilterField[];
}

/** Filter bar plus saved views, for the top of every dashboard page. */
export function DashboardFilters({ fields = allFilterFields }: DashboardFiltersProps) {
  const [state, update] = useDashboardState();
  return (
    <div className="dashboard-filters">
      <FilterBar state={state} onChange={update} fields={fields} />
      <SavedViewsControl />
    </div>
  );
}
