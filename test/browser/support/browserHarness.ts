import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startWorkbench, type WorkbenchHandle } from '../../../workbench/startWorkbench';
import { DEMO_USERS } from '../../../workbench/seed/demoUsers';

/** Debian's Chromium (installed by .ci/run); never a browser downloaded by a tool. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for a root, offline, headless Chromium: no sandbox, no background calls to the internet. */
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'
];

export interface BrowserHarness {
  readonly workbench: WorkbenchHandle;
  readonly browser: Browser;
  /** A fresh browser context (its own cookies) signed in as the demo user with that login. */
  signedIn(loginName: string): Promise<{ context: BrowserContext; page: Page; errors: string[]; dialogs: string[] }>;
  close(): Promise<void>;
}

export const ADMIN = DEMO_USERS.find((u) => u.role === 'admin')!.loginName;
export const FOCAL_POINT = DEMO_USERS.find((u) => u.role === 'focalPoint')!.loginName;
export const LEAD = DEMO_USERS.find((u) => u.role === 'lead')!.loginName;

/** The whole workbench (emulator, seed, page) on an ephemeral port and a temporary database, plus Chromium. */
export async function startBrowserHarness(assetCount: number = 400): Promise<BrowserHarness> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium package (apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'governance-browser-'));
  const workbench = await startWorkbench({ port: 0, dbPath: join(dir, 'workbench.sqlite'), assetCount });
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  return {
    workbench,
    browser,
    async signedIn(loginName) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
      const url = new URL(workbench.pageUrl);
      await context.addCookies([{ name: 'workbench-user', value: encodeURIComponent(loginName), domain: url.hostname, path: '/' }]);
      // Fluent's icon font lives on a CDN this machine cannot reach: answer it locally instead of waiting.
      await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.fulfill({ status: 204, body: '' }));
      const page = await context.newPage();
      const errors: string[] = [];
      const dialogs: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      return { context, page, errors, dialogs };
    },
    async close() {
      await browser.close();
      await workbench.close();
      rmSync(dir, { recursive: true, force: true });
    }
  };
}
