import { createTestApp, TestApp } from '../testing/createTestApp';

const QUERY = 'query { municipalities { code name region } }';

describe('municipalities (GraphQL)', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await createTestApp();
    await sut.database.pool.query(
      `INSERT INTO municipality (code, name, region) VALUES ('GM0002', 'Zeestad', 'Kust'), ('GM0001', 'Akkerdorp', NULL)`,
    );
  });

  afterAll(async () => {
    await sut?.close();
  });

  it('should list every municipality by name for a user of the whole installation', async () => {
    const result = await (await sut.login('raad')).graphql(QUERY);
    expect(result.data).toEqual({
      municipalities: [
        { code: 'GM0001', name: 'Akkerdorp', region: null },
        { code: 'GM0002', name: 'Zeestad', region: 'Kust' },
      ],
    });
  });

  it('should list only their own municipality for a user bound to one', async () => {
    const session = await sut.login('beleid');
    await sut.database.pool.query(
      `UPDATE app_user SET municipality_code = 'GM0002' WHERE username = 'test-beleid'`,
    );
    const result = await session.graphql(QUERY);
    expect(result.data).toEqual({ municipalities: [{ code: 'GM0002', name: 'Zeestad', region: 'Kust' }] });
  });
});
