import { createQueryClient } from '@/lib/createQueryClient';
import { GraphqlRequestError } from '@/lib/graphqlClient';

/** Runs one query with the app's defaults; how often its function was called. */
async function attempts(error: Error): Promise<number> {
  const client = createQueryClient();
  let calls = 0;
  await client
    .fetchQuery({
      queryKey: ['attempts'],
      queryFn: () => {
        calls += 1;
        return Promise.reject(error);
      },
      retryDelay: 0,
    })
    .catch(() => undefined);
  return calls;
}

describe('createQueryClient', () => {
  it('should try a failed query once more', async () => {
    expect(await attempts(new GraphqlRequestError('De server gaf een fout: Kapot', ['Kapot'], 200))).toBe(2);
  });

  it('should not try again when the API said the data is busy', async () => {
    const busy = 'De gegevens worden op dit moment bijgewerkt.';
    expect(await attempts(new GraphqlRequestError(busy, [busy], 200, ['DATA_BUSY']))).toBe(1);
  });
});
