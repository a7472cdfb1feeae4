/**
 * AI usage monitoring in the workbench (headless Chromium), as a governance lead: the seeded months' findings ranked
 * by users, importing a Defender for Cloud Apps discovered-apps export for a new month, registering an unregistered
 * tool from the queue (then it shows as registered), and exporting the summary.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { LEAD, startBrowserHarness, type BrowserHarness } from './support/browserHarness';

const SAMPLE = join(process.cwd(), 'workbench', 'samples', 'defender-discovered-apps.csv');

function registry(page: Page): Locator {
  return page.getByRole('region', { name: 'AI Registry' });
}

/** The data rows' first cells (the app names), in the queue's order. */
async function queueApps(page: Page): Promise<string[]> {
  const table = registry(page).getByRole('table', { name: 'Usage findings' });
  return (await table.locator('tbody th').allInnerTexts()).map((t) => t.split('\n')[0].trim());
}

/** The current calendar month, the period the sample export is imported for. */
function currentMonth(): { start: string; end: string } {
  const now = new Date();
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const end = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 0));
  return { start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10) };
}

describe('AI usage monitoring in the workbench (headless Chromium)', () => {
  let harness: BrowserHarness;

  before(async () => {
    harness = await startBrowserHarness(150);
  });
  after(async () => {
    await harness?.close();
  });

  it('imports a Defender export, registers an unregistered tool from the queue and exports the summary', async () => {
    const { page, errors } = await harness.signedIn(LEAD);
    await page.goto(harness.workbench.pageUrl);
    await registry(page).getByRole('tab', { name: 'Usage monitoring' }).click();
    const table = registry(page).getByRole('table', { name: 'Usage findings' });
    await table.waitFor();

    // The seeded months: unregistered and unapproved tools ranked by users in the latest month.
    const seeded = await queueApps(page);
    assert.equal(seeded[0], 'Claude', `the most used unregistered tool comes first: ${seeded.join(', ')}`);
    assert.ok(seeded.indexOf('DeepSeek') > 0 && seeded.indexOf('Otter') > 0, 'unapproved tools are in the queue');
    assert.ok(seeded.indexOf('Dropbox') < 0 && seeded.indexOf('ChatGPT') < 0, 'no finding for non-AI or approved tools');
    const deepSeekRow = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^DeepSeek/ }) });
    assert.match(await deepSeekRow.innerText(), /Unapproved/);
    assert.match(await deepSeekRow.innerText(), /Rejected/);

    // Import the sample Defender export for this month.
    await registry(page).getByRole('button', { name: 'Import usage data' }).click();
    const wizard = page.getByRole('dialog', { name: 'Import AI usage data' });
    await wizard.getByLabel('Spreadsheet to import').setInputFiles(SAMPLE);
    await wizard.getByText('Layout recognised: Microsoft Defender for Cloud Apps discovered apps.').waitFor();
    const month = currentMonth();
    await wizard.getByRole('textbox', { name: /Period start/ }).fill(month.start);
    await wizard.getByRole('textbox', { name: /Period end/ }).fill(month.end);
    await wizard.getByRole('button', { name: 'Next' }).click();
    await wizard.getByText(/^11 rows: 11 ready, 0 with problems/).waitFor();
    await wizard.getByRole('button', { name: 'Import 11 rows' }).click();
    await wizard.getByText(/11 rows imported, 0 earlier rows replaced/).waitFor();
    await wizard.getByRole('button', { name: 'Close' }).first().click();
    await wizard.waitFor({ state: 'detached' });

    // The new month leads: Claude with more users than last month, a new unregistered tool.
    await table.getByRole('rowheader', { name: /^Character\.AI/ }).waitFor();
    const claudeRow = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^Claude/ }) });
    assert.match(await claudeRow.innerText(), /Unregistered/);
    assert.match(await claudeRow.innerText(), /231/);
    assert.match(await claudeRow.innerText(), /Up from 186/);

    // Register Claude from the queue: the registry form opens pre-filled.
    await table.getByRole('button', { name: 'Register Claude in the AI register' }).click();
    const form = page.getByRole('dialog', { name: 'Register an AI system' });
    assert.equal(await form.getByRole('textbox', { name: 'Title' }).inputValue(), 'Claude');
    assert.equal(await form.getByRole('textbox', { name: 'Web domains' }).inputValue(), 'claude.ai');
    await form.getByRole('textbox', { name: 'Vendor', exact: true }).fill('Anthropic');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.waitFor({ state: 'detached' });
    await registry(page).getByText('Claude is registered.').waitFor();
    assert.equal((await queueApps(page)).indexOf('Claude'), -1, 'Claude has left the open findings');
    await registry(page).getByRole('combobox', { name: 'Show' }).click();
    await page.getByRole('option', { name: 'Every observed app' }).click();
    const registered = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^Claude/ }) });
    assert.match(await registered.innerText(), /Claude \(Pending review\)/);

    // Export the summary.
    const [download] = await Promise.all([page.waitForEvent('download'), registry(page).getByRole('button', { name: 'Export summary (CSV)' }).click()]);
    assert.match(download.suggestedFilename(), /^ai-usage-summary-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');
    assert.match(csv, /AI tools in use,9/);
    assert.match(csv, /Unregistered tools in use,3/);
    assert.match(csv, /Unapproved tools in use,2/);
    assert.match(csv, /High-risk tools without verification,1/);
    assert.doesNotMatch(csv, /^Claude \(/m);

    // The print view shows the summary and the queue.
    await registry(page).getByRole('button', { name: 'Print view' }).click();
    const print = page.getByRole('dialog', { name: 'AI usage monitoring: summary' });
    await print.getByRole('table', { name: 'Usage findings' }).waitFor();
    await print.getByRole('button', { name: 'Close print view' }).click();
    assert.deepEqual(errors, []);
  });
});
