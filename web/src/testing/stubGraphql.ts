/** What a stubbed operation answers: GraphQL `data`, or `errors` (then data is null). */
export type StubAnswer = { data: unknown } | { errors: string[]; status?: number };

export type StubHandlers = Record<string, StubAnswer | ((variables: Record<string, unknown>) => StubAnswer)>;

/**
 * Replaces global fetch with a jest mock that answers each GraphQL operation by its name
 * ("Me", "Login", "Metrics"), so a test can render whole pages that send several queries.
 * An operation without a handler fails the request loudly instead of hanging.
 */
export function stubGraphql(handlers: StubHandlers): jest.Mock<Promise<Response>, Parameters<typeof fetch>> {
  const mock = jest.fn<Promise<Response>, Parameters<typeof fetch>>((_url, init) => {
    const body = JSON.parse(init?.body as string) as { query: string; variables: Record<string, unknown> };
    const name = /(?:query|mutation)\s+(\w+)/.exec(body.query)?.[1] ?? '';
    const handler = handlers[name];
    const answer: StubAnswer = handler
      ? typeof handler === 'function'
        ? handler(body.variables)
        : handler
      : { errors: [`Geen stub voor ${name}`], status: 500 };
    const status = 'errors' in answer ? (answer.status ?? 200) : 200;
    const json =
      'errors' in answer
        ? { data: null, errors: answer.errors.map((message) => ({ message })) }
        : { data: answer.data };
    return Promise.resolve({ ok: status < 300, status, json: () => Promise.resolve(json) } as Response);
  });
  globalThis.fetch = mock;
  return mock;
}
