import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../testing/createTestApp';

describe('health', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await createTestApp();
  });

  afterAll(async () => {
    await sut.close();
  });

  it('should answer the GraphQL health query with a live database check', async () => {
    const result = await sut.graphql<{ health: { status: string; database: boolean } }>(
      '{ health { status database version } }',
    );
    expect(result).toEqual({ data: { health: { status: 'ok', database: true, version: 'test' } } });
  });

  it('should reject an unknown field with a clear GraphQL error', async () => {
    const result = await sut.graphql('{ health { nope } }');
    expect(result.errors?.[0]?.message).toMatch(/Cannot query field "nope"/);
  });

  it('should report 503 on /health when the database connection is gone', async () => {
    expect((await fetch(`${sut.baseUrl}/health`)).status).toBe(200);
    await sut.app.get(DataSource).destroy();
    const response = await fetch(`${sut.baseUrl}/health`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: 'degraded', database: false });
  });
});
