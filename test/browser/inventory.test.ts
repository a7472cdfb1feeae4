import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import type { DataAsset } from '../../src/core/models/dataAsset';
import { createRepositories } from '../../src/data/repositories/createRepositories';
import { createNodeSp } from '../../src/data/sp/createSp';
import { ADMIN, FOCAL_POINT, LEAD, startBrowserHarness, type BrowserHarness, choosePerson } from './support/browserHarness';

/** What the workbench shows in English (the en-us strings). */
const TEXT = {
  grid: 'Data assets',
  newRecord: 'New record',
  save: 'Save',
  edit: 'Edit',
  search: 'Search titles',
  conflictTitle: 'Someone else saved this record first',
  tooLong: 'Too long: shorten it to at most 255 characters.',
  unsafeUrl: 'This kind of link is not allowed.'
};

function record(title: string, extra: Partial<DataAsset> = {}): DataAsset {
  return { title, containsPersonalData: false, reviewCycleMonths: 12, ownershipStatus: 'Unassigned', lifecycle: 'Active', region: 'South America', mission: 'Chile', ...extra };
}

async function gridRows(page: Page): Promise<string[]> {
  const grid = page.getByRole('grid', { name: TEXT.grid });
  await grid.getByRole('row').nth(1).waitFor();
  return grid.getByRole('row').allInnerTexts().then((rows) => rows.slice(1));
}

async function search(page: Page, text: string): Promise<void> {
  await page.getByRole('searchbox', { name: TEXT.search }).fill(text);
}

async function openEditor(page: Page, title: string): Promise<void> {
  await search(page, title);
  // Wait for the search to have replaced the rows: a click on a row the reload then replaces opens nothing.
  await page.waitForFunction((name) => {
    const rows = Array.from(document.querySelectorAll('section[aria-label="Data Inventory"] [role="grid"] [role="row"]')).slice(1);
    return rows.length > 0 && rows.every((row) => (row.textContent ?? '').includes(name));
  }, title);
  await page.getByRole('button', { name: `Open details of ${title}` }).click();
  await page.getByRole('button', { name: TEXT.edit, exact: true }).click();
  // Fluent's Panel root (role=dialog) has no box of its own: wait for a control inside it instead.
  await page.getByRole('dialog', { name: `Edit ${title}` }).getByRole('textbox', { name: 'Title' }).waitFor();
}

/** The inventory's section: other web parts on the page have grids and buttons too. */
const inventory = (page: Page): Locator => page.getByRole('region', { name: 'Data Inventory' });

async function columnHeaders(page: Page): Promise<string[]> {
  const grid = inventory(page).getByRole('grid', { name: TEXT.grid });
  await grid.getByRole('row').nth(1).waitFor();
  // The select-all check column has no text.
  return (await grid.getByRole('columnheader').allInnerTexts()).map((t) => t.trim()).filter((t) => /\w/.test(t));
}

/** Waits until every row of the inventory's grid mentions `text`. */
async function rowsAllMention(page: Page, text: string): Promise<void> {
  await page.waitForFunction((name) => {
    const rows = Array.from(document.querySelectorAll('section[aria-label="Data Inventory"] [role="grid"] [role="row"]')).slice(1);
    return rows.length > 0 && rows.every((row) => (row.textContent ?? '').includes(name));
  }, text);
}

/** The health scores shown, top to bottom (the badge's accessible name starts "Health score 72.5"). */
async function shownScores(page: Page): Promise<number[]> {
  const names = await inventory(page).getByRole('img', { name: /^Health score / }).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
  return names.map((n) => Number(/^Health score ([\d.]+)/.exec(n)?.[1]));
}

describe('Data Inventory in the workbench (headless Chromium)', () => {
  let harness: BrowserHarness;
  let itemCount: () => Promise<number>;
  let repositories: ReturnType<typeof createRepositories>;

  before(async () => {
    harness = await startBrowserHarness(400);
    repositories = createRepositories(createNodeSp(harness.workbench.emulator.siteUrl, { user: ADMIN }));
    itemCount = () => repositories.dataAssets.count();
  });

  after(async () => {
    await harness?.close();
  });

  it('loads seeded records with their health score', async () => {
    const { page, errors, context } = await harness.signedIn(FOCAL_POINT);
    await page.goto(harness.workbench.pageUrl);
    const rows = await gridRows(page);
    assert.ok(rows.length >= 20, `expected a page of records, saw ${rows.length}`);
    assert.match(rows[0], /Healthy|Needs attention|At risk/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('filtering by mission changes the rows to that mission only', async () => {
    const { page, context } = await harness.signedIn(FOCAL_POINT);
    await page.goto(harness.workbench.pageUrl);
    const before = await gridRows(page);
    // Scoped to the web part: the workbench header has a combobox whose options mention "Mission focal point".
    await page.getByRole('region', { name: 'Data Inventory' }).getByRole('combobox', { name: 'Mission' }).click();
    await page.getByRole('option', { name: 'Chile', exact: true }).click();
    await page.waitForFunction(() => {
      // Scoped to the inventory's section: other web parts on the page have grids too.
      const rows = Array.from(document.querySelectorAll('section[aria-label="Data Inventory"] [role="grid"] [role="row"]')).slice(1);
      return rows.length > 0 && rows.every((row) => (row.textContent ?? '').includes('Chile'));
    });
    const after = await gridRows(page);
    assert.notDeepEqual(after, before);
    assert.ok(after.every((row) => row.includes('Chile')));
    await context.close();
  });

  it('creates a record, which is in the grid after a reload; the custodian it names is asked to confirm', async () => {
    const { page, context } = await harness.signedIn(FOCAL_POINT);
    await page.goto(harness.workbench.pageUrl);
    await gridRows(page);
    await page.getByRole('button', { name: TEXT.newRecord }).click();
    const panel = page.getByRole('dialog');
    await panel.getByRole('textbox', { name: 'Title' }).fill('Browser test beneficiary registry');
    await panel.getByRole('textbox', { name: 'Location (web address)' }).fill('https://contoso.sharepoint.com/sites/chl-registry');
    await choosePerson(panel.getByRole('combobox', { name: 'Custodian' }), 'Volk', 'Dmitri Volkov', panel);
    await panel.getByRole('button', { name: TEXT.save }).click();
    await panel.waitFor({ state: 'detached' });
    await page.getByRole('status').getByText('Saved. Dmitri Volkov was asked to confirm they are the custodian; the record stays Pending until they decide.').waitFor();
    const created = (await repositories.dataAssets.page({ top: 1, orderBy: [{ field: 'id', ascending: false }] })).items[0];
    assert.equal(created.ownershipStatus, 'Pending', 'Pending, backed by a request');
    const requests = await repositories.ownershipRequests.page({ top: 5, orderBy: [{ field: 'id', ascending: false }] });
    const request = requests.items.find((r) => r.asset?.id === created.id);
    assert.equal(request?.nominee?.title, 'Dmitri Volkov', 'a nomination waits in the custodian\'s queue');
    assert.ok(request?.requester?.loginName?.endsWith(FOCAL_POINT.split('|').pop() as string), 'requested by the creator');

    await page.reload();
    await search(page, 'Browser test beneficiary');
    await page.getByRole('button', { name: 'Open details of Browser test beneficiary registry' }).waitFor();
    // Found through SharePoint Search (issue 21), and the grid says results may lag.
    await page.getByRole('note').getByText('Results come from SharePoint search and may lag a few minutes behind recent changes.').waitFor();
    const stored = await repositories.dataAssets.page({ top: 1, orderBy: [{ field: 'id', ascending: false }] });
    assert.equal(stored.items[0].title, 'Browser test beneficiary registry');
    assert.equal(stored.items[0].author?.loginName?.endsWith(FOCAL_POINT.split('|').pop() as string), true, 'Author is the signed-in user');
    await context.close();
  });

  it('shows a validation error and saves nothing', async () => {
    const { page, context } = await harness.signedIn(FOCAL_POINT);
    await page.goto(harness.workbench.pageUrl);
    await gridRows(page);
    const count = await itemCount();
    await page.getByRole('button', { name: TEXT.newRecord }).click();
    const panel = page.getByRole('dialog');
    await panel.getByRole('textbox', { name: 'Title' }).fill('x'.repeat(300));
    await panel.getByRole('button', { name: TEXT.save }).click();
    await panel.getByText(TEXT.tooLong).first().waitFor();
    assert.equal(await panel.getByRole('textbox', { name: 'Title' }).inputValue(), 'x'.repeat(300), 'the form stays open with the values');
    assert.equal(await itemCount(), count);
    await context.close();
  });

  it('rejects a javascript: location', async () => {
    const { page, context, dialogs } = await harness.signedIn(FOCAL_POINT);
    await page.goto(harness.workbench.pageUrl);
    await gridRows(page);
    const count = await itemCount();
    await page.getByRole('button', { name: TEXT.newRecord }).click();
    const panel = page.getByRole('dialog');
    await panel.getByRole('textbox', { name: 'Title' }).fill('Link test');
    await panel.getByRole('textbox', { name: 'Location (web address)' }).fill('javascript:alert(1)');
    await panel.getByRole('button', { name: TEXT.save }).click();
    await panel.getByText(TEXT.unsafeUrl).first().waitFor();
    assert.equal(await itemCount(), count);
    assert.deepEqual(dialogs, []);
    await context.close();
  });

  it('two users edit the same record: the second to save sees the conflict, nothing is overwritten', async () => {
    await repositories.dataAssets.create(record('Conflict test registry', { description: 'Original.' }));
    const first = await harness.signedIn(FOCAL_POINT);
    const second = await harness.signedIn(LEAD);
    for (const { page } of [first, second]) {
      await page.goto(harness.workbench.pageUrl);
      await gridRows(page);
      await openEditor(page, 'Conflict test registry');
    }
    await second.page.getByRole('textbox', { name: 'Description' }).fill('Lead wording.');
    await second.page.getByRole('button', { name: TEXT.save }).click();
    await second.page.getByRole('dialog').waitFor({ state: 'detached' });
    // The edit is confirmed in a status message, which screen readers announce.
    await second.page.getByTestId('save-status').getByText('Saved: Conflict test registry.').waitFor();
    assert.equal(await second.page.getByTestId('save-status').getAttribute('role'), 'status');

    await first.page.getByRole('textbox', { name: 'Description' }).fill('Focal point wording.');
    await first.page.getByRole('button', { name: TEXT.save }).click();
    const conflict = first.page.getByRole('alertdialog', { name: TEXT.conflictTitle });
    await conflict.getByRole('button', { name: 'Re-apply my changes' }).waitFor();
    assert.match(await conflict.innerText(), /Focal point wording\./);
    assert.match(await conflict.innerText(), /Lead wording\./);
    const stored = (await repositories.dataAssets.page({ top: 10, orderBy: [{ field: 'id', ascending: false }] })).items.find((a) => a.title === 'Conflict test registry');
    assert.equal(stored?.description, 'Lead wording.', 'the first save stands until the user chooses');
    await first.context.close();
    await second.context.close();
  });

  it('shows the health score among the first three columns; its header sorts worst first', async () => {
    const { page, context, errors } = await harness.signedIn(FOCAL_POINT);
    await page.goto(harness.workbench.pageUrl);
    const headers = await columnHeaders(page);
    assert.ok(headers.slice(0, 3).some((h) => h.startsWith('Health score')), `first columns: ${headers.join(', ')}`);
    assert.deepEqual(headers.map((h) => h.replace(/\s.*$/s, '')), ['Title', 'Health', 'Mission', 'Custodian', 'Declared', 'Ownership', 'Last']);
    await inventory(page).getByRole('columnheader', { name: /Health score/ }).click();
    await page.waitForFunction(() => document.querySelector('section[aria-label="Data Inventory"] [role="columnheader"][aria-sort="ascending"]') !== null);
    await gridRows(page);
    const lowest = (await repositories.dataAssets.page({ top: 1, orderBy: [{ field: 'healthScore', ascending: true }] })).items[0];
    await page.waitForFunction(() => document.querySelector('section[aria-label="Data Inventory"]')?.textContent?.includes('records shown') === true);
    const scores = await shownScores(page);
    assert.ok(scores.length >= 20);
    assert.equal(scores[0], Math.min(...scores), `worst first: ${scores.slice(0, 5).join(', ')}`);
    assert.ok(Math.abs(scores[0] - (lowest.healthScore ?? 0)) < 10, 'the first row is the lowest stored score');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('shows the total count, and the column chooser hides and shows a column, kept after a reload', async () => {
    const { page, context } = await harness.signedIn(FOCAL_POINT);
    await page.goto(harness.workbench.pageUrl);
    await gridRows(page);
    const total = await itemCount();
    await inventory(page).getByText(`50 of ${total.toLocaleString('en-US')} records shown`).waitFor();
    await inventory(page).getByRole('button', { name: 'Columns' }).click();
    await page.getByRole('menuitemcheckbox', { name: 'Custodian' }).click();
    await page.getByRole('menuitemcheckbox', { name: 'Department' }).press('Enter');
    await page.keyboard.press('Escape');
    const changed = await columnHeaders(page);
    assert.ok(!changed.includes('Custodian') && changed.includes('Department'), changed.join(', '));
    await page.reload();
    assert.deepEqual(await columnHeaders(page), changed, 'the choice is kept for this user and site');
    await inventory(page).getByRole('button', { name: 'Columns' }).click();
    await page.getByRole('menuitemcheckbox', { name: 'Custodian' }).click();
    await page.keyboard.press('Escape');
    assert.ok((await columnHeaders(page)).includes('Custodian'));
    await context.close();
  });

  it('saves the current filters as a view, and the view restores them after a reload', async () => {
    const { page, context } = await harness.signedIn(LEAD);
    await page.goto(harness.workbench.pageUrl);
    await gridRows(page);
    await inventory(page).getByRole('combobox', { name: 'Mission' }).click();
    await page.getByRole('option', { name: 'Chile', exact: true }).click();
    await rowsAllMention(page, 'Chile');
    await inventory(page).getByRole('button', { name: 'Save view' }).click();
    const dialog = page.getByRole('dialog', { name: 'Save the current view' });
    await dialog.getByRole('textbox', { name: 'View name' }).fill('<b>Chile</b> records');
    await dialog.getByRole('button', { name: 'Save view' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.reload();
    await gridRows(page);
    await inventory(page).getByRole('combobox', { name: 'Saved views' }).click();
    await page.getByRole('option', { name: '<b>Chile</b> records' }).click();
    await rowsAllMention(page, 'Chile');
    assert.match(await inventory(page).getByRole('combobox', { name: 'Mission' }).innerText(), /Chile/);
    await inventory(page).getByRole('status').getByText('View "<b>Chile</b> records" applied.').waitFor({ state: 'attached' });
    await context.close();
  });

  it('reads ?mission= to preset the filter and ?asset= to open that record', async () => {
    const created = await repositories.dataAssets.create(record('Linked record from the scorecard'));
    const { page, context, errors } = await harness.signedIn(FOCAL_POINT);
    const url = new URL(harness.workbench.pageUrl);
    url.searchParams.set('mission', 'Chile');
    await page.goto(url.href);
    await rowsAllMention(page, 'Chile');
    assert.match(await inventory(page).getByRole('combobox', { name: 'Mission' }).innerText(), /Chile/);
    url.searchParams.delete('mission');
    url.searchParams.set('asset', String(created.id));
    await page.goto(url.href);
    await page.getByRole('dialog', { name: 'Details: Linked record from the scorecard' }).getByRole('button', { name: TEXT.edit }).waitFor();
    url.searchParams.set('asset', '99999999');
    await page.goto(url.href);
    await gridRows(page);
    await inventory(page).getByRole('alert').getByText(/This record no longer exists/).waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('renders a title containing HTML as text and runs no script', async () => {
    const title = '<img src=x onerror=alert(1)>';
    await repositories.dataAssets.create(record(title));
    const { page, context, dialogs, errors } = await harness.signedIn(FOCAL_POINT);
    await page.goto(harness.workbench.pageUrl);
    await gridRows(page);
    await search(page, '<img');
    await inventory(page).getByRole('button', { name: `Open details of ${title}` }).waitFor();
    // The title shows as text in a grid row, read from the DOM rather than waited for as a visible node: twice in
    // clean CI runs the visibility wait timed out on a loaded machine while the row was there.
    await page.waitForFunction((text) => {
      const rows = Array.from(document.querySelectorAll('section[aria-label="Data Inventory"] [role="grid"] [role="row"]')).slice(1);
      return rows.some((row) => (row.textContent ?? '').includes(text));
    }, title);
    assert.equal(await page.locator('img[src="x"]').count(), 0);
    assert.deepEqual(dialogs, []);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
