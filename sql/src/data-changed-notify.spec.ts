import type { PoolClient } from 'pg';
import { createTestDatabase, TestDatabase } from './testing';

describe('leerlus_data_changed', () => {
  let database: TestDatabase;
  let listener: PoolClient;
  const payloads: string[] = [];

  /** The notifications committed so far: a round trip lets the listening backend deliver them. */
  const delivered = async (): Promise<string[]> => {
    await listener.query('SELECT 1');
    return payloads.splice(0);
  };

  const insertImport = (status: string, sha256: string): Promise<unknown> =>
    database.pool.query(
      `INSERT INTO import (municipality_code, file_name, sha256, profile, status)
       VALUES ('GM0001', 'klachten.csv', $1, 'test', $2)`,
      [sha256, status],
    );

  beforeAll(async () => {
    database = await createTestDatabase();
    await database.pool.query(`INSERT INTO municipality (code, name) VALUES ('GM0001', 'Leerstad')`);
    listener = await database.pool.connect();
    listener.on('notification', (message) => payloads.push(message.payload ?? ''));
    await listener.query('LISTEN leerlus_data_changed');
  });

  afterAll(async () => {
    listener?.release();
    await database?.drop();
  });

  it('should not announce an import that only starts, and should announce its end', async () => {
    await insertImport('running', 'a'.repeat(64));
    await insertImport('pending', 'b'.repeat(64));
    expect(await delivered()).toEqual([]);

    await database.pool.query(`UPDATE import SET status = 'succeeded' WHERE sha256 = $1`, ['a'.repeat(64)]);
    expect(await delivered()).toEqual(['import']);
  });

  it('should announce an import row that is finished when it is inserted, and any other change', async () => {
    await insertImport('duplicate', 'c'.repeat(64));
    expect(await delivered()).toEqual(['import']);

    await database.pool.query(`DELETE FROM import WHERE sha256 = $1`, ['b'.repeat(64)]);
    expect(await delivered()).toEqual(['import']);

    await database.pool.query(`INSERT INTO municipality (code, name) VALUES ('GM0002', 'Klachtdorp')`);
    expect(await delivered()).toEqual(['municipality']);
  });
});
