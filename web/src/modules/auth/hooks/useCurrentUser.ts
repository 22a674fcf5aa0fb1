import { useQuery } from '@tanstack/react-query';
import type { MeQuery } from '@/generated/graphql';
import { meQueryOptions } from '@/modules/auth/hooks/meQueryOptions';

export type CurrentUser = NonNullable<MeQuery['me']>;

/** The logged-in user, or null while loading and without a session. */
export function useCurrentUser(): CurrentUser | null {
  const { data } = useQuery(meQueryOptions());
  return data?.me ?? null;
}
