import { readFile } from 'node:fs/promises';
import { createTestDatabase, type TestDatabase } from '@leerlus/sql/testing';
import { importNice, openImportSession } from './import-session';

/** Field 19 of /proc/<pid>/stat is the niceness; the command name (field 2) may contain spaces. */
async function niceOf(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
}

describe('the import session', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await db?.drop();
  });

  it('should give the staging table its memory even when every pooled session has touched a temp table', async () => {
    // What the derived-data refresh leaves behind: a pooled session that has used temp tables, after
    // which SET temp_buffers fails in that session.
    const used = await db.pool.connect();
    try {
      await used.query('CREATE TEMP TABLE scratch AS SELECT 1 AS n');
      await expect(used.query("SET temp_buffers = '256MB'")).rejects.toThrow(/temp_buffers/);
    } finally {
      used.release();
    }

    const session = await openImportSession(db.pool, 0);
    try {
      const { rows } = await session.client.query<{ temp_buffers: string }>('SHOW temp_buffers');
      expect(rows[0]?.temp_buffers).toBe('256MB');
    } finally {
      await session.close();
    }
  });

  it('should lower the priority of its own backend on this machine and of no other', async () => {
    const bystander = await db.pool.connect();
    const session = await openImportSession(db.pool, 7);
    try {
      const pid = async (client: typeof bystander): Promise<number> =>
        (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
      expect(session.backendNiced).toBe(true);
      expect(await niceOf(await pid(session.client))).toBe(7);
      expect(await niceOf(await pid(bystander))).toBe(0);
    } finally {
      await session.close();
      bystander.release();
    }
  });

  it('should leave the backend alone with niceness 0', async () => {
    const session = await openImportSession(db.pool, 0);
    try {
      const { rows } = await session.client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      expect(session.backendNiced).toBe(false);
      expect(await niceOf(rows[0]!.pid)).toBe(0);
    } finally {
      await session.close();
    }
  });

  it('should read LEERLUS_IMPORT_NICE and refuse values outside 0..19', () => {
    expect(importNice({})).toBe(10);
    expect(importNice({ LEERLUS_IMPORT_NICE: '0' })).toBe(0);
    expect(importNice({ LEERLUS_IMPORT_NICE: ' 19 ' })).toBe(19);
    for (const bad of ['20', '-1', '2.5', 'laag']) {
      expect(() => importNice({ LEERLUS_IMPORT_NICE: bad })).toThrow(/0 tot en met 19/);
    }
  });
});
