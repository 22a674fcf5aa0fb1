import { QueryClient } from '@tanstack/react-query';

/** No retries, so an error response shows the error state at once instead of after a back-off. */
export function createTestQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false } } });
}
