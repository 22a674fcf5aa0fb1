import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { freePort } from '@leerlus/sql';
import { launchBrowser } from './browser';
import { runStart, RunningLeerlus } from './runStart';

/** The demo users' password in the browser specs (LEERLUS_DEMO_PASSWORD of the instance they start). */
export const DEMO_PASSWORD = 'demo-wachtwoord';

/** The first beheer account of an empty installation (LEERLUS_ADMIN_USERNAME / _PASSWORD). */
export const EMPTY_ADMIN = { username: 'beheer', password: 'Beheer-Start-Wachtwoord-2026' };

export interface DemoAppOptions {
  /**
   * An empty installation as a new municipality gets it: no demo data and no demo users
   * (LEERLUS_DEMO=off), only the beheer account EMPTY_ADMIN. Always a fresh instance.
   */
  empty?: boolean;
}

export interface DemoApp {
  readonly baseUrl: string;
  readonly browser: Browser;
}

/**
 * For a browser spec: before its tests, the instance at LEERLUS_WEB_E2E_URL (to reuse a running one)
 * or a fresh `npm start` with the demo data (or, with `empty`, without) in a temporary data directory, and a headless Chromium;
 * both stopped after its tests. Call inside `describe`.
 */
export function useDemoApp(options: DemoAppOptions = {}): DemoApp {
  let app: Pick<RunningLeerlus, 'baseUrl' | 'stop'> | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    const running = options.empty ? undefined : process.env.LEERLUS_WEB_E2E_URL;
    if (running) {
      app = { baseUrl: running, stop: () => Promise.resolve(0) };
    } else {
      const dataDir = await mkdtemp(join(tmpdir(), 'leerlus-web-e2e-'));
      const installation: Record<string, string> = options.empty
        ? {
            LEERLUS_DEMO: 'off',
            LEERLUS_ADMIN_USERNAME: EMPTY_ADMIN.username,
            LEERLUS_ADMIN_PASSWORD: EMPTY_ADMIN.password,
          }
        : { LEERLUS_DEMO_PASSWORD: DEMO_PASSWORD };
      app = await runStart(
        { PORT: String(await freePort()), LEERLUS_DATA_DIR: dataDir, ...installation },
        300_000,
      );
    }
    browser = await launchBrowser();
  }, 330_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  return {
    get baseUrl(): string {
      if (!app) throw new Error('Leerlus is not running (beforeAll failed)');
      return app.baseUrl;
    },
    get browser(): Browser {
      if (!browser) throw new Error('Chromium is not running (beforeAll failed)');
      return browser;
    },
  };
}

/** Logs in through the login page as a demo user and waits for the home page (the thermometer). */
export async function logIn(page: Page, baseUrl: string, username: string): Promise<void> {
  await page.goto(`${baseUrl}/inloggen`);
  await page.getByLabel('Gebruikersnaam').fill(username);
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Thermometer' }).waitFor();
}
