import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { createRepositories } from '../../src/data/repositories/createRepositories';
import { createNodeSp } from '../../src/data/sp/createSp';
import { DEMO_USERS } from '../../workbench/seed/demoUsers';
import { OVERDUE_ACTION_OWNER } from '../../workbench/seed/seedProcedures';
import { describeFindings, seriousFindings } from './support/axe';
import { ADMIN, LEAD, chooseWithKeyboard, startBrowserHarness, type BrowserHarness, choosePerson } from './support/browserHarness';

const JONAS = DEMO_USERS.find((u) => u.email === OVERDUE_ACTION_OWNER)!.loginName;

function roles(page: Page): Locator {
  return page.getByRole('region', { name: 'Governance roles', exact: true });
}

describe('Procedures and meeting actions in the workbench (headless Chromium)', () => {
  let harness: BrowserHarness;

  before(async () => {
    harness = await startBrowserHarness(200);
  });

  after(async () => {
    await harness?.close();
  });

  it('the owner follows an overdue action to its record and sees it flagged in the Data Inventory\'s details', async () => {
    const { page, errors } = await harness.signedIn(JONAS);
    await page.goto(harness.workbench.pageUrl);
    const section = roles(page);
    await section.getByTestId('my-overdue-actions').getByText('Show them').click({ timeout: 60000 });
    const row = section.getByTestId('actions-view').locator('tr[data-overdue="true"]', { hasText: 'Confirm the custodian of this dataset' });
    await row.getByRole('link', { name: /^Record DataAssets #\d+$/ }).click();
    const details = page.getByRole('dialog').getByRole('region', { name: 'Meeting actions', exact: true });
    await details.getByText('You own 1 overdue action on this record.').waitFor({ timeout: 60000 });
    await details.getByRole('listitem').filter({ hasText: 'Confirm the custodian of this dataset and record the approval. (owner: Jonas Weber' }).getByText('Overdue', { exact: true }).waitFor();
    const findings = await seriousFindings(details);
    assert.equal(findings.length, 0, describeFindings('record actions', findings));
    assert.deepEqual(errors, []);
  });

  it('the owner of an overdue action sees it flagged, marks it done, and exports the log as CSV', async () => {
    const { page, errors } = await harness.signedIn(JONAS);
    await page.goto(harness.workbench.pageUrl);
    const section = roles(page);
    const banner = section.getByTestId('my-overdue-actions');
    await banner.getByText('Your overdue actions (1)').waitFor({ timeout: 60000 });
    await banner.getByText('Show them').click();
    const view = section.getByTestId('actions-view');
    const row = view.locator('tr[data-overdue="true"]', { hasText: 'Confirm the custodian of this dataset' });
    await row.waitFor();
    await row.getByText('Overdue', { exact: true }).waitFor();
    // Keyboard on the closed dropdown: each arrow moves to the next status (Open, In progress, Done).
    const status = row.getByRole('combobox');
    await status.focus();
    await status.press('ArrowDown');
    await view.getByText(/: now In progress\.$/).waitFor();
    await row.getByRole('combobox').press('ArrowDown');
    await view.getByText(/: now Done\.$/).waitFor();
    await banner.waitFor({ state: 'detached' });

    const repos = createRepositories(createNodeSp(harness.workbench.emulator.siteUrl, { user: ADMIN }));
    const stored = (await repos.meetingActions.page({ top: 100 })).items.find((a) => a.actionText.startsWith('Confirm the custodian of this dataset'));
    assert.equal(stored?.status, 'Done');
    assert.equal(stored?.editor?.title, 'Jonas Weber', 'SharePoint recorded the owner as the editor');

    await chooseWithKeyboard(view.getByRole('combobox', { name: 'Show' }), 'All items');
    const [download] = await Promise.all([page.waitForEvent('download'), view.getByRole('button', { name: 'Export (CSV)' }).click()]);
    assert.match(download.suggestedFilename(), /^meeting-actions-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8');
    assert.match(csv, /Meeting,Meeting date,Decision or action,Text,Owner,Due date,Status,Overdue,Record,Note/);
    assert.equal(csv.trim().split('\r\n').length, 11, 'the header and the ten seeded items');
    assert.deepEqual(errors, []);
  });

  it('a lead adds a procedure through the form: a non-web link is refused with nothing stored, then it is saved and listed', async () => {
    const { page, errors } = await harness.signedIn(LEAD);
    await page.goto(harness.workbench.pageUrl);
    const section = roles(page);
    await section.getByText('RACI matrix: Organisation').waitFor({ timeout: 60000 });
    await section.getByRole('tab', { name: 'Procedures' }).click();
    const view = section.getByTestId('procedures-view');
    await view.getByRole('button', { name: 'Add procedure' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a procedure' });
    const title = 'Records retention standard for country offices';
    await dialog.getByRole('textbox', { name: 'Title' }).fill(title);
    await chooseWithKeyboard(dialog.getByRole('combobox', { name: 'Type' }), 'Standard');
    await choosePerson(dialog.getByRole('combobox', { name: 'Owner' }), 'Tomas', 'Tomas Lindqvist', dialog);
    await dialog.getByRole('textbox', { name: 'Version' }).fill('2.1');
    const reviewDate = `${new Date().getUTCFullYear() + 1}-06-30`;
    // Typed as a user does in the browser's date field (month, day, year in the en-US page).
    const review = dialog.locator('input[type="date"]');
    await review.focus();
    await review.pressSequentially(`0630${reviewDate.slice(0, 4)}`, { delay: 30 });
    assert.equal(await review.inputValue(), reviewDate);
    const link = dialog.getByRole('textbox', { name: 'Document' });
    await link.fill('ftp://files.example.org/retention.docx');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByText('The document link must be a web address starting with http:// or https://.').waitFor();
    const repos = createRepositories(createNodeSp(harness.workbench.emulator.siteUrl, { user: ADMIN }));
    const stored = async (): Promise<number> => (await repos.procedures.page({ top: 500 })).items.filter((p) => p.title === title).length;
    assert.equal(await stored(), 0, 'nothing is written while the form has a problem');

    await link.fill('https://records.example.org/retention.docx');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    const row = view.locator('tr', { hasText: title });
    await row.getByText('Tomas Lindqvist').waitFor();
    await view.getByRole('status').filter({ hasText: `Saved: ${title}.` }).waitFor();
    const [saved] = (await repos.procedures.page({ top: 500 })).items.filter((p) => p.title === title);
    assert.deepEqual([saved?.procedureType, saved?.owner?.title, saved?.documentVersion, saved?.reviewDate, saved?.documentLink?.url, saved?.status],
      ['Standard', 'Tomas Lindqvist', '2.1', reviewDate, 'https://records.example.org/retention.docx', 'Active']);
    assert.deepEqual(errors, []);
  });

  for (const theme of ['light', 'dark', 'highContrast'] as const) {
    it(`the matrix links each activity to its procedures; axe finds nothing serious in the two views (${theme} theme)`, async () => {
      const { page, errors } = await harness.signedIn(LEAD);
      await page.goto(`${harness.workbench.pageUrl}?theme=${theme}`);
      const section = roles(page);
      await section.getByText('RACI matrix: Organisation').waitFor({ timeout: 60000 });
      const link = section.locator('[data-procedures-of="approveOwnership"]');
      await link.getByText('3 procedure(s)').waitFor();
      await link.click();
      const view = section.getByTestId('procedures-view');
      await view.getByText('Procedures (3) governing Approve ownership').waitFor();
      await view.locator('tr[data-overdue="true"]', { hasText: 'Data ownership RACI process map' }).getByText('Review overdue').waitFor();
      const inProcedures = await seriousFindings(view);
      await section.getByRole('tab', { name: 'Meeting actions' }).click();
      const actions = section.getByTestId('actions-view');
      await actions.getByText('Data governance board', { exact: false }).first().waitFor();
      const inActions = await seriousFindings(actions);
      assert.equal(inProcedures.length + inActions.length, 0, `${describeFindings(`${theme} / procedures`, inProcedures)}\n${describeFindings(`${theme} / actions`, inActions)}`);
      assert.deepEqual(errors, []);
    });
  }
});
