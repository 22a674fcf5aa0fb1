import { dataBusyMessage, graphqlRequest } from '@/lib/graphqlClient';
import { healthQuery } from '@/modules/system/graphql/healthQuery';
import { stubFetch } from '@/testing/stubFetch';

const health = { status: 'ok', database: true, version: '0.1.0' };

describe('graphqlRequest', () => {
  it('should POST the document to /graphql with same-origin credentials', async () => {
    const fetchMock = stubFetch({ status: 200, body: { data: { health } } });

    await expect(graphqlRequest(healthQuery, {})).resolves.toEqual({ health });

    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/graphql');
    expect(init?.method).toBe('POST');
    expect(init?.credentials).toBe('same-origin');
    expect(JSON.parse(init?.body as string)).toEqual({ query: healthQuery.toString(), variables: {} });
  });

  it('should throw the GraphQL error messages', async () => {
    stubFetch({ status: 200, body: { data: null, errors: [{ message: 'Kapot' }, { message: 'Stuk' }] } });

    await expect(graphqlRequest(healthQuery, {})).rejects.toThrow('De server gaf een fout: Kapot; Stuk');
  });

  it('should keep the error codes, and find the API’s own words for data that is busy', async () => {
    const busy = 'De gegevens worden op dit moment bijgewerkt. Probeer het over een paar minuten opnieuw.';
    stubFetch({
      status: 200,
      body: {
        data: null,
        errors: [
          { message: 'Iets anders', extensions: { code: 'BAD_USER_INPUT' } },
          { message: busy, extensions: { code: 'DATA_BUSY' } },
        ],
      },
    });
    const error = await graphqlRequest(healthQuery, {}).catch((caught: Error) => caught);

    expect(dataBusyMessage(error as Error)).toBe(busy);
    expect(dataBusyMessage(new Error('De server gaf een fout: Kapot'))).toBeNull();
  });

  it('should throw on a non-2xx answer, also when the body is not JSON', async () => {
    stubFetch({ status: 502, body: undefined });
    const fetchMock = globalThis.fetch as jest.Mock;
    fetchMock.mockResolvedValueOnce({
      ok: false,
      status: 502,
      json: () => Promise.reject(new SyntaxError()),
    });

    await expect(graphqlRequest(healthQuery, {})).rejects.toThrow('De server gaf een fout (HTTP 502)');
  });

  it('should throw when the answer has no data', async () => {
    stubFetch({ status: 200, body: {} });

    await expect(graphqlRequest(healthQuery, {})).rejects.toThrow('De server stuurde geen gegevens terug');
  });
});
