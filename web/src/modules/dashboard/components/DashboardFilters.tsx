import { FilterBar } from '@/modules/dashboard/components/FilterBar';
import { SavedViews } from '@/modules/dashboard/components/SavedViews';
import { useDashboardState } from '@/modules/dashboard/hooks/useDashboardState';
import { useCurrentUser } from '@/modules/auth/hooks/useCurrentUser';

/** Filter bar plus saved views, for the top of every dashboard page. */
export function DashboardFilters() {
  const [state, update] = useDashboardState();
  const user = useCurrentUser();
  return (
    <div className="dashboard-filters">
      <FilterBar state={state} onChange={update} />
      {user && <SavedViews username={user.username} />}
    </div>
  );
}
