import type { Role } from '@/generated/graphql';
import { intervalToGranularity, type Interval } from '@/modules/dashboard/dashboardState';

/** Roles the API gives the grid of months, quarters, half years and years (docs/security.md). */
const GRID_ROLES: readonly Role[] = ['raad', 'panel', 'college'];

/** The time buckets the API answers for this role: no weeks for the aggregate-only roles. */
export function intervalsForRole(role: Role | null): Interval[] {
  const all = Object.keys(intervalToGranularity) as Interval[];
  return role !== null && GRID_ROLES.includes(role) ? all.filter((interval) => interval !== 'week') : all;
}
