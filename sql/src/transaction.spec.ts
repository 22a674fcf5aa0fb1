import { createTestDatabase, TestDatabase } from './testing';
import { withTransaction } from './transaction';

describe(withTransaction.name, () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
    await database.pool.query(`INSERT INTO municipality (code, name) VALUES ('GM0001', 'Leerstad')`);
  });

  afterAll(() => database?.drop());

  const name = async (): Promise<string | undefined> =>
    (await database.pool.query<{ name: string }>(`SELECT name FROM municipality WHERE code = 'GM0001'`))
      .rows[0]?.name;

  it('should commit the work and return its result', async () => {
    const result = await withTransaction(database.pool, async (client) => {
      await client.query(`UPDATE municipality SET name = 'Nieuwstad' WHERE code = 'GM0001'`);
      return 42;
    });
    expect(result).toBe(42);
    expect(await name()).toBe('Nieuwstad');
  });

  it('should roll back all of the work when a part fails, and release the connection', async () => {
    await expect(
      withTransaction(database.pool, async (client) => {
        await client.query(`UPDATE municipality SET name = 'Halfstad' WHERE code = 'GM0001'`);
        await client.query('SELECT 1/0');
      }),
    ).rejects.toThrow(/division by zero/);
    expect(await name()).toBe('Nieuwstad');
    expect(database.pool.idleCount).toBe(database.pool.totalCount);
  });
});
