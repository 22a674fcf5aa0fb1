/** A canned HTTP answer for a stubbed fetch; only the parts graphqlRequest reads. */
export interface StubResponse {
  status: number;
  body: unknown;
}

/**
 * Replaces global fetch (jsdom has none) with a jest mock that answers every call with `response`.
 * Each call replaces the previous stub; Jest discards the whole jsdom window after each test file.
 */
export function stubFetch(response: StubResponse): jest.Mock<Promise<Response>, Parameters<typeof fetch>> {
  const mock = jest.fn<Promise<Response>, Parameters<typeof fetch>>(() =>
    Promise.resolve({
      ok: response.status >= 200 && response.status < 300,
      status: response.status,
      json: () => Promise.resolve(response.body),
    } as Response),
  );
  globalThis.fetch = mock;
  return mock;
}
