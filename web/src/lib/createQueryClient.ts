import { QueryClient } from '@tanstack/react-query';

/**
 * One client per app (and one per test, so cached data never leaks between tests). Dashboard data
 * changes only when an import runs, so refetching on every window focus would just add load.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: 1, refetchOnWindowFocus: false },
    },
  });
}
