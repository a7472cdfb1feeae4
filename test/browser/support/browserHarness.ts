import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Download, type Locator, type Page } from 'playwright-core';
import { startWorkbench, type WorkbenchHandle } from '../../../workbench/startWorkbench';
import { findBrowser } from './findBrowser';
import { DEMO_USERS } from '../../../workbench/seed/demoUsers';

/** Flags for a root, offline, headless Chromium: no sandbox, no background calls to the internet. */
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'
];

let announced = false;
/** Says once per test file which browser runs (CI's log shows it). */
function announce(source: string): void {
  if (announced) return;
  announced = true;
  console.log(`browser: ${source}`);
}

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
  const found = await findBrowser();
  announce(found.source);
  const dir = mkdtempSync(join(tmpdir(), 'governance-browser-'));
  // Search finds what a test just created (a tenant's crawl, and the workbench's default, lag behind).
  const workbench = await startWorkbench({ port: 0, dbPath: join(dir, 'workbench.sqlite'), assetCount, searchDelayMs: 0 });
  const browser = await chromium.launch({ executablePath: found.executablePath, headless: true, args: CHROMIUM_ARGS, env: found.env ? { ...process.env, ...found.env } as Record<string, string> : undefined });
  return {
    workbench,
    browser,
    async signedIn(loginName) {
      // The tests read dates and numbers in en-US: fixed here so they do not depend on the browser's or machine's locale.
      const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'en-US' });
      const url = new URL(workbench.pageUrl);
      await context.addCookies([{ name: 'workbench-user', value: encodeURIComponent(loginName), domain: url.hostname, path: '/' }]);
      // Nothing outside the workbench is reachable offline (the icon font is served by the workbench): answer at once.
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

/**
 * Fills a field and checks that the text stayed there. A Fluent dialog moves focus to its first field a moment
 * after it opens: typing into another field at that instant sends the text to the first one. Refills until it holds.
 */
export async function fillSteadily(field: Locator, value: string): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt++) {
    await field.fill(value);
    await new Promise((resolve) => setTimeout(resolve, 100));
    if ((await field.inputValue()) === value) return;
  }
  throw new Error(`the field did not keep the text "${value}"`);
}

/**
 * Chooses an option of a closed Fluent Dropdown with the arrow keys, as a keyboard user would. Clicking an option
 * of the open list is flaky on a page whose other web parts are still loading: their layout shift closes the list.
 */
export async function chooseWithKeyboard(dropdown: Locator, optionText: string, maxSteps: number = 30): Promise<void> {
  await dropdown.focus();
  for (let step = 0; step < maxSteps; step++) {
    // The closed dropdown's title holds the chosen option's text (the combobox also holds the caret's glyph).
    if ((await dropdown.locator('.ms-Dropdown-title').innerText()).trim() === optionText) return;
    await dropdown.press('ArrowDown');
  }
  throw new Error(`the dropdown never showed "${optionText}"`);
}

/**
 * Chooses a person in a Fluent people picker as a keyboard user does: types part of the name, waits until that
 * person is the highlighted suggestion, takes it with Enter and waits for the chosen persona. Clicking the option
 * flaked on loaded CI machines: the list re-renders as directory answers arrive and the click lands on a detached node.
 */
export async function choosePerson(picker: Locator, typed: string, person: string, chosenIn: Locator): Promise<void> {
  await picker.pressSequentially(typed, { delay: 30 });
  await picker.page().getByRole('option', { name: person, selected: true }).first().waitFor();
  await picker.press('Enter');
  await chosenIn.getByRole('listitem').filter({ hasText: person }).first().waitFor();
}

/**
 * Opens a menu button, then downloads through one of its items. The menu is opened again when its item has not
 * shown (a re-render of the page under load can close it), and the download gets a minute: a workbook is written
 * by a lazily loaded chunk, slow on a loaded CI machine. The item is taken with Enter, as a keyboard user does.
 */
export async function downloadFromMenu(menuButton: Locator, itemName: string): Promise<Download> {
  const page = menuButton.page();
  const item = page.getByRole('menuitem', { name: itemName, exact: true });
  for (let attempt = 0; ; attempt++) {
    await menuButton.click();
    try {
      await item.waitFor({ timeout: 5000 });
      break;
    } catch (error) {
      if (attempt === 2) throw error;
    }
  }
  // Enter on the item, not a click: the menu re-renders while the page loads, and a click waits for a stable node.
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), item.press('Enter')]);
  return download;
}
