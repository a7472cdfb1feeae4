import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { eq } from '../../src/data/odata/filter';
import { createRepositories } from '../../src/data/repositories/createRepositories';
import { createNodeSp } from '../../src/data/sp/createSp';
import { DEMO_USERS } from '../../workbench/seed/demoUsers';
import { ADMIN, FOCAL_POINT, LEAD, startBrowserHarness, type BrowserHarness, choosePerson } from './support/browserHarness';
import { assertCompactCards } from './support/compactCards';

/** The seeded custodian with a full queue (see workbench/seed/seedOwnership.ts). */
const CUSTODIAN = DEMO_USERS.find((u) => u.role === 'custodian')!;

/** The titles of the pending cards, in queue order. */
async function pendingTitles(page: Page): Promise<string[]> {
  const region = page.getByRole('region', { name: 'Ownership Approvals' });
  await region.getByRole('listitem').first().waitFor();
  const labels = await region.getByRole('listitem').evaluateAll((items) => items.map((item) => item.getAttribute('aria-label') ?? ''));
  return labels.map((label) => label.replace(/^Nomination for /, ''));
}

describe('Ownership Approvals in the workbench (headless Chromium)', () => {
  let harness: BrowserHarness;

  before(async () => {
    harness = await startBrowserHarness(400);
  });

  after(async () => {
    await harness?.close();
  });

  it('a custodian approves in the Teams view, and the inventory shows the record Confirmed with the approval\'s date', async () => {
    const { page, errors, context } = await harness.signedIn(CUSTODIAN.loginName);
    await page.goto(`${harness.workbench.pageUrl}?view=teams`);
    const approvals = page.getByRole('region', { name: 'Ownership Approvals' });
    await approvals.getByRole('heading', { name: 'Ownership approvals' }).waitFor();
    assert.equal(await page.getByRole('region', { name: 'Data Inventory' }).count(), 0, 'the Teams tab shows the approvals only');
    assert.match(await approvals.getByTestId('approvals-counts').innerText(), /^\d+ pending, \d+ re-attestations due, \d+ past decisions$/);

    const [title, next] = await pendingTitles(page);
    await approvals.getByRole('button', { name: `Approve ${title}`, exact: true }).click();
    await approvals.getByText(`Approved: ${title}. Ownership status is now Confirmed.`).waitFor();
    // The custodian's loop: focus lands on the next card's Approve button, not at the top of the page.
    await page.waitForFunction((name) => document.activeElement?.getAttribute('aria-label') === name, `Approve ${next}`);

    // Stored as SharePoint has it: Confirmed, with Jonas as the custodian whose approval counts.
    const repositories = createRepositories(createNodeSp(harness.workbench.emulator.siteUrl, { user: ADMIN }));
    const matches = (await repositories.dataAssets.page({ filter: eq('Title', title), top: 20 })).items;
    assert.ok(matches.some((a) => a.ownershipStatus === 'Confirmed' && a.custodian?.title === CUSTODIAN.title), 'the record is Confirmed in SharePoint');

    await page.goto(`${harness.workbench.pageUrl}?view=sharepoint`);
    const inventory = page.getByRole('region', { name: 'Data Inventory' });
    await inventory.getByRole('searchbox', { name: 'Search titles' }).fill(title);
    const row = inventory.getByRole('row').filter({ hasText: title }).filter({ hasText: 'Confirmed' }).first();
    await row.waitFor();
    await row.getByRole('button', { name: `Open details of ${title}` }).click();
    const summary = page.getByTestId('ownership-summary');
    await summary.waitFor();
    const today = new Date().toLocaleDateString('en-US', { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' });
    const text = await summary.innerText();
    assert.ok(text.includes(`Confirmed on ${today} by ${CUSTODIAN.title}.`), text);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('the Teams queue is compact: overdue first and marked in words, short location names, search, sort and select-all', async () => {
    const { page, context } = await harness.signedIn(CUSTODIAN.loginName);
    await page.setViewportSize({ width: 390, height: 900 });
    await page.goto(`${harness.workbench.pageUrl}?view=teams`);
    const approvals = page.getByRole('region', { name: 'Ownership Approvals' });
    const titles = await pendingTitles(page);
    const cards = approvals.getByRole('listitem');

    // Overdue cards come first and say so in words (not only by colour).
    const overdueFlags = await cards.evaluateAll((items) => items.map((item) => item.querySelector('[data-testid="overdue-badge"]')?.textContent ?? ''));
    assert.equal(overdueFlags[0], 'Overdue', 'the first card is overdue');
    assert.deepEqual([...overdueFlags].sort((a, b) => b.localeCompare(a)), overdueFlags, 'no overdue card after an on-time one');

    // Compact: at 390 px a card shows what decides at a glance (mission, sensitivity, personal data, due date);
    // where the data is and who asked fold behind "Details".
    // A record's name wraps as long as it is (which cards come first depends on today's date); below it, the facts
    // and buttons take the same few lines on every card (they took ~225 px with raw addresses before).
    await assertCompactCards(cards, 'at 390 px');
    const toggle = approvals.getByRole('button', { name: `Details of ${titles[0]}` });
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');

    // A location is a short name (no raw address as text), with the full http(s) address as the link and its tooltip.
    const links = await approvals.getByRole('link').evaluateAll((as) => as.map((a) => ({ text: a.textContent ?? '', href: a.getAttribute('href') ?? '', title: a.getAttribute('title') ?? '' })));
    const locations = links.filter((l) => l.title !== '');
    assert.ok(locations.length >= 1, 'the opened card shows its location');
    for (const l of locations) {
      assert.ok(!l.text.includes('://'), l.text);
      assert.equal(l.href, l.title);
      assert.match(l.href, /^https?:/);
    }
    await toggle.click();

    // Search narrows the cards; select-all selects every shown card, and only those.
    const search = approvals.getByRole('searchbox', { name: 'Search the queue' });
    await search.fill(titles[titles.length - 1]);
    await approvals.getByTestId('queue-shown').getByText(`1 of ${titles.length} shown`).waitFor();
    assert.deepEqual(await pendingTitles(page), [titles[titles.length - 1]]);
    // Fluent draws the box over the input: a user clicks the label.
    await approvals.getByText('Select all shown (1)').click();
    await approvals.getByRole('button', { name: 'Approve selected (1)' }).waitFor();
    await search.fill('');
    await approvals.getByTestId('queue-shown').getByText(`${titles.length} of ${titles.length} shown`).waitFor();
    await approvals.getByText(`Select all shown (${titles.length})`).click();
    await approvals.getByRole('button', { name: `Approve selected (${titles.length})` }).waitFor();
    const checked = await approvals.getByRole('checkbox', { name: /^Select / }).evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).checked));
    assert.ok(checked.every(Boolean), 'every card is selected');

    // Sort by title keeps overdue cards first, then orders the rest by title.
    await approvals.getByRole('combobox', { name: 'Sort by (overdue first)' }).click();
    await page.getByRole('option', { name: 'Title' }).click();
    const sorted = await pendingTitles(page);
    const flags = await cards.evaluateAll((items) => items.map((item) => item.querySelector('[data-testid="overdue-badge"]') !== null));
    const onTime = sorted.filter((_, i) => !flags[i]);
    assert.deepEqual(onTime, [...onTime].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' })));
    await context.close();
  });

  it('Decline is refused without a comment', async () => {
    const { page, context } = await harness.signedIn(CUSTODIAN.loginName);
    await page.goto(`${harness.workbench.pageUrl}?view=teams`);
    const titles = await pendingTitles(page);
    const title = titles[titles.length - 1];
    const card = page.getByRole('listitem', { name: `Nomination for ${title}` });
    await card.getByRole('button', { name: `Decline ${title}` }).click();
    await card.getByRole('button', { name: 'Confirm decline' }).click();
    await card.getByText('Say why you decline, so the requester can nominate someone else.').waitFor();
    assert.equal(await page.getByText(`Declined: ${title}.`).count(), 0, 'nothing was saved');

    // With a comment it is saved; the declined card was the last, so focus moves to the card now last.
    await card.getByRole('textbox', { name: /Why do you decline/ }).fill('Not mine: the Kenya office keeps this register.');
    await card.getByRole('button', { name: 'Confirm decline' }).click();
    await page.getByText(`Declined: ${title}.`).waitFor();
    await page.waitForFunction((name) => document.activeElement?.getAttribute('aria-label') === name, `Approve ${titles[titles.length - 2]}`);
    await context.close();
  });

  it('a governance lead sees the flagged decisions; a focal point nominates a custodian from the inventory', async () => {
    const lead = await harness.signedIn(LEAD);
    await lead.page.goto(`${harness.workbench.pageUrl}?view=teams`);
    await lead.page.getByRole('tab', { name: /Anomalies/ }).click();
    const table = lead.page.getByRole('table', { name: 'Flagged decisions' });
    await table.waitFor();
    const rows = await table.getByRole('row').allInnerTexts();
    assert.equal(rows.length - 1, 3, 'the three seeded anomalies');
    assert.ok(rows.some((r) => r.includes('The nominee also made the nomination.')));
    assert.ok(rows.some((r) => r.includes('It was made by someone other than the nominee.')));
    // The seeded forged status (issue 23): a custodian wrote Confirmed by REST on a record nobody nominated them for.
    const statuses = await lead.page.getByRole('table', { name: 'Records whose stored status disagrees with their decisions' }).getByRole('row').allInnerTexts();
    assert.ok(statuses.slice(1).some((r) => /Confirmed\s+Unassigned/.test(r)), statuses.join('\n'));
    await lead.context.close();

    const { page, context } = await harness.signedIn(FOCAL_POINT);
    await page.goto(harness.workbench.pageUrl);
    const inventory = page.getByRole('region', { name: 'Data Inventory' });
    const firstTitle = await inventory.getByRole('button', { name: /^Open details of / }).first().getAttribute('aria-label');
    await inventory.getByRole('button', { name: firstTitle ?? '' }).first().click();
    await page.getByRole('button', { name: 'Nominate custodian', exact: true }).click();
    // A blocking Fluent Dialog has the alertdialog role.
    const dialog = page.getByRole('alertdialog', { name: /Nominate a custodian for/ });
    // The dialog opens on the person the governance roles route the decision to; the focal point chooses another.
    await dialog.getByTestId('routed-decider').waitFor();
    await dialog.getByText('Choose another nominee', { exact: true }).click();
    await choosePerson(dialog.getByRole('combobox'), 'Mei', 'Mei Chen', dialog);
    await dialog.getByRole('button', { name: 'Send nomination' }).click();
    await page.getByText(/Nomination sent to Mei Chen\./).waitFor();
    await context.close();
  });
});
