import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { eq } from '../../src/data/odata/filter';
import { createRepositories } from '../../src/data/repositories/createRepositories';
import { createNodeSp } from '../../src/data/sp/createSp';
import { DEMO_USERS } from '../../workbench/seed/demoUsers';
import { ADMIN, LEAD, startBrowserHarness, type BrowserHarness } from './support/browserHarness';

/** The seeded access reviewer (see workbench/seed/seedAccessReviews.ts): owns the region's groups. */
const REVIEWER = DEMO_USERS.find((u) => u.role === 'reviewer')!;

describe('Access Reviews in the workbench (headless Chromium)', () => {
  let harness: BrowserHarness;

  before(async () => {
    harness = await startBrowserHarness(400);
  });

  after(async () => {
    await harness?.close();
  });

  it('a reviewer keeps an access in the Teams view: the decision is an item they authored', async () => {
    const { page, errors, context } = await harness.signedIn(REVIEWER.loginName);
    await page.goto(`${harness.workbench.pageUrl}?view=teams`);
    const reviews = page.getByRole('region', { name: 'Access Reviews' });
    const first = reviews.getByTestId('review-row').first();
    await first.waitFor();
    const keep = first.getByRole('button', { name: /^Keep: / });
    const label = ((await keep.getAttribute('aria-label')) ?? '').replace(/^Keep: /, '');
    await keep.click();
    const dialog = page.getByRole('alertdialog', { name: 'Decision: Keep' });
    // The quarterly campaign requires a justification: the box has focus, typing is all it takes.
    await dialog.getByRole('textbox', { name: /Justification/ }).fill('Works in the regional team.');
    await dialog.getByRole('button', { name: 'Confirm' }).click();
    await dialog.waitFor({ state: 'detached' });
    await reviews.getByRole('button', { name: `Keep: ${label}` }).waitFor({ state: 'detached' });

    const repositories = createRepositories(createNodeSp(harness.workbench.emulator.siteUrl, { user: ADMIN }));
    const decisions = (await repositories.accessReviewDecisions.page({ filter: eq('Decision', 'Keep'), top: 500 })).items;
    const mine = decisions.filter((d) => d.author?.email === REVIEWER.email && d.justification === 'Works in the regional team.');
    assert.equal(mine.length, 1, 'one decision, authored by the reviewer');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('a lead starts a review from a stale group, closes it and downloads the remediation list', async () => {
    const { page, errors, context } = await harness.signedIn(LEAD);
    await page.goto(`${harness.workbench.pageUrl}?view=sharepoint`);
    const reviews = page.getByRole('region', { name: 'Access Reviews' });
    await reviews.getByRole('tab', { name: 'Stale groups' }).click();
    const start = reviews.getByRole('button', { name: /^Start a review: / }).first();
    await start.waitFor({ timeout: 60_000 });
    const group = ((await start.getAttribute('aria-label')) ?? '').replace(/^Start a review: /, '');
    await start.click();

    const form = page.getByRole('dialog', { name: 'New campaign' });
    assert.equal(await form.getByRole('textbox', { name: 'Name' }).inputValue(), `Review of ${group}`);
    // The governance roles propose the fallback reviewer (issue 19): Tomas Lindqvist, the leads' group's member who is
    // not the lead creating the campaign, is in the field without picking him.
    await form.getByTestId('fallback-route').getByText(/propose Tomas Lindqvist/).waitFor({ timeout: 30_000 });
    await form.getByRole('button', { name: 'Remove Tomas Lindqvist' }).waitFor();
    await form.getByRole('button', { name: 'Create and start' }).click();
    await form.waitFor({ state: 'detached', timeout: 60_000 });

    await reviews.getByRole('tab', { name: 'Campaigns' }).click();
    await reviews.getByRole('button', { name: `Open campaign Review of ${group}` }).click();
    const detail = page.getByRole('dialog').filter({ hasText: `Review of ${group}` });
    await detail.getByRole('button', { name: 'Close campaign' }).click();
    await page.getByRole('alertdialog').or(page.getByRole('dialog', { name: /^Close "/ })).getByRole('button', { name: 'Close campaign' }).click();
    const csvButton = detail.getByRole('button', { name: 'Download remediation list (CSV)' });
    await csvButton.waitFor({ timeout: 30_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), csvButton.click()]);
    assert.match(download.suggestedFilename(), /^remediation-.*\.csv$/);
    const path = await download.path();
    const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
    assert.match(text.split(/\r?\n/)[0], /^Action,PrincipalKey,PrincipalName,PrincipalEmail/);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
