import type { ChainQueryVariables } from '@/generated/graphql';
import type { DashboardState } from '@/modules/dashboard/dashboardState';

/** The URL state as `chain` variables: period, municipality and domain (the chain has no other filters). */
export function createChainQuery(state: DashboardState): ChainQueryVariables {
  const filters: NonNullable<ChainQueryVariables['query']['filters']> = {};
  if (state.municipalities.length > 0) filters.municipality = [...state.municipalities];
  if (state.domains.length > 0) filters.domain = [...state.domains];
  return { query: { dateRange: { from: state.from, to: state.to }, filters } };
}
