import { QueryCache, QueryClient } from '@tanstack/react-query';
import type { MeQuery } from '@/generated/graphql';
import { dataBusyMessage, GraphqlRequestError } from '@/lib/graphqlClient';
import { meQueryKey } from '@/modules/auth/hooks/meQueryOptions';

/** The API's message when a session has expired or was ended elsewhere (auth.guard.ts). */
const NOT_LOGGED_IN = 'Niet ingelogd';

/**
 * One client per app (and one per test, so cached data never leaks between tests). Dashboard data
 * changes only when an import runs, so refetching on every window focus would just add load.
 * When any query finds the session gone, `me` becomes null and RequireLogin sends the user to
 * /inloggen with the way back. A failed query is tried once more, unless the API said the data is busy
 * (DATA_BUSY, e.g. during a first import): it already waited for it, and the panel says when to try again.
 */
export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        if (error instanceof GraphqlRequestError && error.serverMessages.includes(NOT_LOGGED_IN)) {
          queryClient.setQueryData<MeQuery>(meQueryKey, { me: null });
        }
      },
    }),
    defaultOptions: {
      queries: {
        retry: (failures, error) => failures < 1 && dataBusyMessage(error) === null,
        refetchOnWindowFocus: false,
      },
    },
  });
  return queryClient;
}
