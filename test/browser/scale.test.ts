/**
 * The inventory at tenant scale (issue 21): the whole workbench seeded with 30,000 records, so DataAssets and its
 * largest region both hold more than SharePoint's list view threshold (5,000), which the emulator enforces as
 * SharePoint does. A focal point filters by that region and searches a title: neither may end in a threshold error.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { DATA_ASSETS_LIST } from '../../src/core/schema/lists/dataAssets';
import { FOCAL_POINT, startBrowserHarness, type BrowserHarness } from './support/browserHarness';

const ASSETS = 30000;
const THRESHOLD = 5000;
const GRID_ROWS = 'section[aria-label="Data Inventory"] [role="grid"] [role="row"]';

/**
 * The inventory's data rows once every row (`every`) or at least one (`some`) shows one of `needles` (the grid
 * replaces its rows when a query returns).
 */
async function rowsWhen(page: Page, needles: readonly string[], mode: 'every' | 'some'): Promise<string[]> {
  try {
    await page.waitForFunction(({ selector, texts, all }) => {
      const rows = Array.from(document.querySelectorAll(selector)).slice(1);
      const shows = (row: Element): boolean => texts.some((text) => (row.textContent ?? '').includes(text));
      return rows.length > 0 && (all ? rows.every(shows) : rows.some(shows));
    }, { selector: GRID_ROWS, texts: needles, all: mode === 'every' }, { timeout: 120_000 });
  } catch (error) {
    // Say what the inventory showed instead (a message, other rows), not just that time ran out.
    const shown = await page.getByRole('region', { name: 'Data Inventory' }).innerText();
    throw new Error(`no rows showing ${needles.slice(0, 3).join(', ')}...; the inventory showed: ${shown.replace(/\s+/g, ' ').slice(0, 1500)}`, { cause: error });
  }
  return page.locator(GRID_ROWS).allInnerTexts().then((rows) => rows.slice(1));
}

describe(`the inventory with ${ASSETS.toLocaleString('en-US')} records`, () => {
  let harness: BrowserHarness;
  let largestRegion: { name: string; count: number; missions: string[] };
  let titleInRegion: string;

  before(async () => {
    harness = await startBrowserHarness(ASSETS);
    // Ground truth from the emulator's own rows (no query: the point is what the threshold would refuse).
    const store = harness.workbench.emulator.store;
    const rows = [...store.getItems(store.getList(DATA_ASSETS_LIST.title)!.Id).values()];
    assert.ok(rows.length > ASSETS - 100, `seeded ${rows.length} records`);
    const perRegion = new Map<string, number>();
    for (const row of rows) perRegion.set(String(row.values.Region), (perRegion.get(String(row.values.Region)) ?? 0) + 1);
    const [name, count] = [...perRegion].sort((a, b) => b[1] - a[1])[0];
    // The grid shows missions, not regions: a row of the region shows one of its missions.
    const missions = new Set(rows.filter((r) => r.values.Region === name).map((r) => String(r.values.Mission)));
    largestRegion = { name, count, missions: [...missions] };
    titleInRegion = String(rows.find((r) => r.values.Region === name && String(r.values.Title).length > 20)!.values.Title);
  });

  after(async () => {
    await harness?.close();
  });

  it('filters by a region holding more than 5,000 records, newest first, without a threshold error', async () => {
    assert.ok(largestRegion.count > THRESHOLD, `${largestRegion.name} holds ${largestRegion.count}: not above the threshold`);
    const { page, errors, context } = await harness.signedIn(FOCAL_POINT);
    await page.goto(harness.workbench.pageUrl);
    const inventory = page.getByRole('region', { name: 'Data Inventory' });
    await inventory.getByRole('grid').getByRole('row').nth(1).waitFor({ timeout: 60_000 });
    await inventory.getByRole('combobox', { name: 'Region' }).click();
    await page.getByRole('option', { name: largestRegion.name, exact: true }).click();
    const rows = await rowsWhen(page, largestRegion.missions, 'every');
    assert.ok(rows.length >= 20, `a page of ${largestRegion.name} records, saw ${rows.length}`);
    await assertNoThresholdMessage(page);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('searches a title through SharePoint search and finds the record', async () => {
    const { page, errors, context } = await harness.signedIn(FOCAL_POINT);
    await page.goto(harness.workbench.pageUrl);
    const inventory = page.getByRole('region', { name: 'Data Inventory' });
    await inventory.getByRole('grid').getByRole('row').nth(1).waitFor({ timeout: 60_000 });
    await inventory.getByRole('searchbox', { name: 'Search titles' }).fill(titleInRegion);
    // Search matches every word in a title or description: the record is among the results, not alone.
    await rowsWhen(page, [titleInRegion], 'some');
    await inventory.getByText(/Results come from SharePoint search/).waitFor();
    await assertNoThresholdMessage(page);
    assert.deepEqual(errors, []);
    await context.close();
  });
});

/** No message of the list view threshold anywhere in the inventory. */
async function assertNoThresholdMessage(page: Page): Promise<void> {
  const text = await page.getByRole('region', { name: 'Data Inventory' }).innerText();
  assert.doesNotMatch(text, /too large to show|threshold|choose a mission/i);
}
