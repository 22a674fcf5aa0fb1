import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { freePort } from '@leerlus/sql';
import { launchBrowser } from './browser';
import { runStart, RunningLeerlus } from './runStart';

/** The demo users' password in the browser specs (LEERLUS_DEMO_PASSWORD of the instance they start). */
export const DEMO_PASSWORD = 'demo-wachtwoord';

export interface DemoApp {
  readonly baseUrl: string;
  readonly browser: Browser;
}

/**
 * For a browser spec: before its tests, the instance at LEERLUS_WEB_E2E_URL (to reuse a running one)
 * or a fresh `npm start` with the demo data in a temporary data directory, and a headless Chromium;
 * both stopped after its tests. Call inside `describe`.
 */
export function useDemoApp(): DemoApp {
  let app: Pick<RunningLeerlus, 'baseUrl' | 'stop'> | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    const running = process.env.LEERLUS_WEB_E2E_URL;
    if (running) {
      app = { baseUrl: running, stop: () => Promise.resolve(0) };
    } else {
      const dataDir = await mkdtemp(join(tmpdir(), 'leerlus-web-e2e-'));
      app = await runStart(
        { PORT: String(await freePort()), LEERLUS_DATA_DIR: dataDir, LEERLUS_DEMO_PASSWORD: DEMO_PASSWORD },
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
