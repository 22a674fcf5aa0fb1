import { Client } from 'pg';
import { freePort } from '@leerlus/sql';
import { createTestDatabase } from '@leerlus/sql/testing';
import { launchBrowser, screenshot } from '../support/browser';
import { runStart, type RunningLeerlus } from '../support/runStart';
import { useTempDirs } from '@leerlus/sql/tempDirs';

const tempDir = useTempDirs();

async function graphql(baseUrl: string, query: string): Promise<unknown> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return response.json();
}

async function caseCount(url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM case_record');
    return rows[0]!.n;
  } finally {
    await client.end();
  }
}

// The full role journeys live in test/e2e/web; here only: the served dashboard boots in a browser and
// sends a visitor who is not logged in to the login page.
async function expectDashboardInBrowser(baseUrl: string): Promise<void> {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/themas`);
    await page.getByLabel('Gebruikersnaam').waitFor();
    expect(new URL(page.url()).pathname).toBe('/inloggen');
    await screenshot(page, 'start-login');
  } finally {
    await browser.close();
  }
}

// The two-command promise: `npm start` brings up everything on an embedded PostgreSQL, Ctrl-C stops
// it cleanly, a restart keeps the data, and DATABASE_URL switches to another server.
describe('npm start', () => {
  jest.setTimeout(400_000);

  // An instance that a failing test left running is stopped after it (before its directory goes).
  const started: RunningLeerlus[] = [];
  const start = async (env: Record<string, string>): Promise<RunningLeerlus> => {
    const app = await runStart(env);
    started.push(app);
    return app;
  };
  afterEach(async () => {
    for (const app of started.splice(0)) {
      if (app.process.exitCode === null && app.process.signalCode === null) await app.stop();
    }
  });

  it('should serve the dashboard and GraphQL on embedded PostgreSQL, stop cleanly and keep data', async () => {
    const dataDir = await tempDir('leerlus-start-');
    const port = String(await freePort());
    const first = await start({ PORT: port, LEERLUS_DATA_DIR: dataDir });
    const page = await fetch(`${first.baseUrl}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    const deepLink = await fetch(`${first.baseUrl}/themas`);
    expect(deepLink.status).toBe(200);
    expect(await graphql(first.baseUrl, '{ health { status database } }')).toEqual({
      data: { health: { status: 'ok', database: true } },
    });
    expect(first.output()).toMatch(/Embedded PostgreSQL/);
    await expectDashboardInBrowser(first.baseUrl);
    const loadedLines = first.output().match(/demo/gi)?.length ?? 0;
    expect(loadedLines).toBeGreaterThan(0);
    expect(await first.stop()).toBe(0);
    // The embedded cluster must be down: nothing may answer on the app port any more either.
    await expect(fetch(`${first.baseUrl}/health`)).rejects.toThrow();

    const second = await start({ PORT: port, LEERLUS_DATA_DIR: dataDir });
    expect(await graphql(second.baseUrl, '{ health { database } }')).toEqual({
      data: { health: { database: true } },
    });
    expect(second.output()).not.toMatch(/Migrations applied/);
    expect(await second.stop()).toBe(0);
  });

  it('should use the PostgreSQL in DATABASE_URL instead of starting its own', async () => {
    const external = await createTestDatabase();
    try {
      await external.pool.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
      const port = String(await freePort());
      const dataDir = await tempDir('leerlus-start-');
      const app = await start({ PORT: port, DATABASE_URL: external.url, LEERLUS_DATA_DIR: dataDir });
      expect(app.output()).toMatch(/PostgreSQL via DATABASE_URL/);
      expect(await graphql(app.baseUrl, '{ health { database } }')).toEqual({
        data: { health: { database: true } },
      });
      expect(await caseCount(external.url)).toBeGreaterThan(0);
      expect(await app.stop()).toBe(0);
    } finally {
      await external.drop();
    }
  });
});
