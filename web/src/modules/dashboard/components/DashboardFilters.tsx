import { FilterBar } from '@/modules/dashboard/components/FilterBar';
import { SavedViews } from '@/modules/dashboard/components/SavedViews';
import { useDashboardState } from '@/modules/dashboard/hooks/useDashboardState';
import { useCurrentUser } from '@/modules/auth/hooks/useCurrentUser';
import { allFilterFields, type FilterField } from '@/modules/dashboard/utils/filterFields';

interface DashboardFiltersProps {
  /** The code filters the queries of this page support. */
  fields?: readonly FilterField[];
}

/** Filter bar plus saved views, for the top of every dashboard page. */
export function DashboardFilters({ fields = allFilterFields }: DashboardFiltersProps) {
  const [state, update] = useDashboardState();
  const user = useCurrentUser();
  return (
    <div className="dashboard-filters">
      <FilterBar state={state} onChange={update} fields={fields} />
      {user && <SavedViews username={user.username} />}
    </div>
  );
}
