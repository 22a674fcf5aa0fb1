import type { TypedDocumentString } from '@/generated/graphql';

interface GraphqlResponseBody {
  data?: unknown;
  errors?: readonly { message: string; extensions?: { code?: string } }[];
}

/** The API's code for a request that found the data locked for a while, e.g. during a first import. */
const DATA_BUSY = 'DATA_BUSY';

/**
 * A failed request. `serverMessages` holds the GraphQL error messages as the API wrote them (Dutch,
 * meant for users, e.g. a failed login), so a form can show them without parsing `message`; `codes`
 * their `extensions.code`.
 */
export class GraphqlRequestError extends Error {
  constructor(
    message: string,
    readonly serverMessages: readonly string[],
    readonly status: number,
    readonly codes: readonly string[] = [],
  ) {
    super(message);
    this.name = 'GraphqlRequestError';
  }
}

/** What to tell the user when the data was locked for a while (the API's own words); else null. */
export function dataBusyMessage(error: Error): string | null {
  if (!(error instanceof GraphqlRequestError)) return null;
  const index = error.codes.indexOf(DATA_BUSY);
  return index < 0 ? null : (error.serverMessages[index] ?? null);
}

export interface GraphqlRequestOptions {
  signal?: AbortSignal;
}

/**
 * POSTs one generated GraphQL document to the API on the same origin and returns its typed `data`.
 * Throws when the server answers non-2xx, reports GraphQL errors, or sends no data, so TanStack Query
 * always sees a failure as a rejected promise instead of half-filled data.
 */
export async function graphqlRequest<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  { signal }: GraphqlRequestOptions = {},
): Promise<TResult> {
  const response = await fetch('/graphql', {
    method: 'POST',
    // Same-origin cookies carry the session once login exists; never send them elsewhere.
    credentials: 'same-origin',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/graphql-response+json, application/json',
    },
    body: JSON.stringify({ query: document.toString(), variables }),
    signal,
  });
  const body = await readBody(response);
  const serverMessages = body?.errors?.map((error) => error.message) ?? [];
  const codes = body?.errors?.map((error) => error.extensions?.code ?? '') ?? [];
  const errorMessages = serverMessages.join('; ');

  if (!response.ok) {
    const detail = errorMessages ? `: ${errorMessages}` : '';
    throw new GraphqlRequestError(
      `De server gaf een fout (HTTP ${response.status})${detail}`,
      serverMessages,
      response.status,
      codes,
    );
  }
  if (errorMessages) {
    throw new GraphqlRequestError(
      `De server gaf een fout: ${errorMessages}`,
      serverMessages,
      response.status,
      codes,
    );
  }
  if (body?.data === undefined || body.data === null) {
    throw new GraphqlRequestError('De server stuurde geen gegevens terug', [], response.status);
  }
  // The document's generated type is the contract for `data`; the server validated it against the
  // same schema, so this is the one place where we trust the shape without checking it field by field.
  return body.data as TResult;
}

/** A body that is not JSON (proxy error page, empty 502) is reported through the status instead. */
async function readBody(response: Response): Promise<GraphqlResponseBody | undefined> {
  try {
    return (await response.json()) as GraphqlResponseBody;
  } catch {
    return undefined;
  }
}
