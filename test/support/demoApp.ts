/**
 * Browser specs and their Leerlus instance. Loading the demo data (generate, import, train the theme
 * model) on a first `npm start` costs ~40 s; a jest run does it once and starts every further demo
 * instance on a copy of that data directory (~10 s). And:
 *
 * - A spec that only reads (logs in, navigates, filters, exports, compares with the API) calls
 *   `useSharedDemoApp()`: every such spec of a jest run uses one demo instance, started by the first
 *   of them and stopped at the end of the run. Read-only means: nothing another spec can see changes,
 *   and no figure another spec compares moves while it runs.
 * - A spec may also write to the shared instance when what it writes is its own and unique per run
 *   (a sample, measure, report or subtheme with `Date.now()` in its title or code, a signal's review
 *   status): another spec never sees a figure change, and the spec passes again against the same
 *   instance. Say so in a comment at the top of the spec.
 * - A spec whose changes show in other specs' figures (an import, an activated theme model, reviewed
 *   themes, handling terms) or that counts exactly what it did, or needs an empty installation,
 *   calls `useDemoApp()` / `useDemoApp({ empty: true })`: its own fresh instance, stopped after it.
 *   Say in a comment at the top of the spec what it changes.
 *
 * LEERLUS_WEB_E2E_URL=<url of a running `npm start` with LEERLUS_DEMO_PASSWORD=demo-wachtwoord> makes
 * every demo spec (shared or own, not the empty one) use that instance instead.
 */
import { rm } from 'node:fs/promises';
import { type Browser, type Page } from 'playwright-core';
import { freePort } from '@leerlus/sql';
import { launchBrowser } from './browser';
import { runStart } from './runStart';
import {
  DEMO_PASSWORD,
  DEMO_START_TIMEOUT_MS,
  demoDataDir,
  seededDemoDataDir,
  sharedDemoUrl,
} from './demoInstances';

export { DEMO_PASSWORD } from './demoInstances';

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

interface Instance {
  baseUrl: string;
  stop(): Promise<unknown>;
}

/**
 * For a spec that changes data others could see: before its tests a fresh `npm start` on a copy of
 * the run's demo data (or, with `empty`, on an empty data directory), or the instance at
 * LEERLUS_WEB_E2E_URL; and a headless Chromium. Both stopped after its tests. Call inside `describe`.
 */
export function useDemoApp(options: DemoAppOptions = {}): DemoApp {
  return useInstance(async () => {
    const running = options.empty ? undefined : process.env.LEERLUS_WEB_E2E_URL;
    if (running) return { baseUrl: running, stop: () => Promise.resolve() };
    const dataDir = options.empty ? await demoDataDir() : await seededDemoDataDir();
    const installation: Record<string, string> = options.empty
      ? {
          LEERLUS_DEMO: 'off',
          LEERLUS_ADMIN_USERNAME: EMPTY_ADMIN.username,
          LEERLUS_ADMIN_PASSWORD: EMPTY_ADMIN.password,
        }
      : { LEERLUS_DEMO_PASSWORD: DEMO_PASSWORD };
    const app = await runStart(
      { PORT: String(await freePort()), LEERLUS_DATA_DIR: dataDir, ...installation },
      DEMO_START_TIMEOUT_MS,
    );
    return {
      baseUrl: app.baseUrl,
      stop: async () => {
        await app.stop();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  });
}

/**
 * For a read-only spec: the jest run's shared demo instance (see the top of this file) and a headless
 * Chromium of its own, closed after its tests. Call inside `describe`.
 */
export function useSharedDemoApp(): DemoApp {
  return useInstance(async () => ({ baseUrl: await sharedDemoUrl(), stop: () => Promise.resolve() }));
}

function useInstance(start: () => Promise<Instance>): DemoApp {
  let app: Instance | undefined;
  let browser: Browser | undefined;

  // A demo instance may first wait for the run's demo data to load, then start itself.
  beforeAll(
    async () => {
      app = await start();
      browser = await launchBrowser();
    },
    2 * DEMO_START_TIMEOUT_MS + 60_000,
  );

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
