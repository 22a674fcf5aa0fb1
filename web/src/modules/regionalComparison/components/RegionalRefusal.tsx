import { GraphqlRequestError } from '@/lib/graphqlClient';

/**
 * The API's own reason when it refuses the comparison (the municipality does not take part, or the
 * account belongs to no single municipality): a plain explanation instead of "try again".
 */
export function refusalOf(error: Error | null): string | null {
  return error instanceof GraphqlRequestError && error.serverMessages.length > 0
    ? error.serverMessages.join(' ')
    : null;
}

export function RegionalRefusal({ reason }: { reason: string }) {
  return (
    <div role="alert" className="panel state state--empty">
      <h2>Geen regionale vergelijking</h2>
      <p>{reason}</p>
    </div>
  );
}
