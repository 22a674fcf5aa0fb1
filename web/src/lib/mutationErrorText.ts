import { GraphqlRequestError } from '@/lib/graphqlClient';

/** What the API said about a failed mutation (its own Dutch messages), else a generic retry hint. */
export function mutationErrorText(error: unknown): string {
  return error instanceof GraphqlRequestError && error.serverMessages.length > 0
    ? error.serverMessages.join(' ')
    : 'Probeer het later opnieuw.';
}
