import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { scopeKey, scopeOf } from '../../src/core/governanceRoles';
import { createRepositories } from '../../src/data/repositories/createRepositories';
import { createNodeSp } from '../../src/data/sp/createSp';
import { describeFindings, seriousFindings } from './support/axe';
import { ADMIN, LEAD, chooseWithKeyboard, startBrowserHarness, type BrowserHarness, choosePerson } from './support/browserHarness';

/** The web part's own section (the workbench wraps it in a region titled "Governance Roles"). */
function roles(page: Page): Locator {
  return page.getByRole('region', { name: 'Governance roles', exact: true });
}

describe('Governance roles in the workbench (headless Chromium)', () => {
  let harness: BrowserHarness;

  before(async () => {
    harness = await startBrowserHarness(200);
  });

  after(async () => {
    await harness?.close();
  });

  it('a lead edits a mission\'s matrix: a Responsible without an Accountable warns, assigning one clears it', async () => {
    const { page, errors } = await harness.signedIn(LEAD);
    await page.goto(harness.workbench.pageUrl);
    const section = roles(page);
    await section.getByText('RACI matrix: Organisation').waitFor({ timeout: 60000 });
    // The seeded organisation matrix has an Accountable for every suite activity.
    await section.getByText('No warnings in this scope.').waitFor();

    // Keyboard, as a screen reader user would: the closed dropdown moves to the next scope kind on each arrow
    // (its list would close as the other web parts finish loading and shift the page).
    const kind = section.getByRole('combobox', { name: 'Scope' });
    await kind.focus();
    await kind.press('ArrowDown');
    await kind.press('ArrowDown');
    await section.getByRole('combobox', { name: 'Scope' }).filter({ hasText: 'Mission' }).waitFor();
    const mission = section.getByRole('combobox', { name: 'Which one' });
    await mission.pressSequentially('Colombia', { delay: 20 });
    await mission.press('Enter');
    await section.getByText('RACI matrix: Mission: Colombia').waitFor();
    await section.getByText('No warnings in this scope.').waitFor();

    // The custodians' group becomes Responsible for accepting risk in Colombia: no Accountable there yet.
    await section.getByRole('button', { name: 'Add Responsible for Accept risk' }).click();
    let dialog = page.getByRole('dialog', { name: 'Add Responsible for Accept risk' });
    await dialog.getByRole('radio', { name: 'A SharePoint group' }).check({ force: true });
    await chooseWithKeyboard(dialog.getByRole('combobox', { name: 'Group' }), 'Data Custodians');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    const warnings = section.getByTestId('raci-warnings');
    await warnings.getByText('Accept risk has no Accountable in Mission: Colombia.').waitFor();
    assert.ok(await section.getByRole('button', { name: 'Remove Data Custodians (group) as Responsible for Accept risk' }).isVisible());

    // A duplicate is refused with its message, and nothing is written.
    await section.getByRole('button', { name: 'Add Responsible for Accept risk' }).click();
    dialog = page.getByRole('dialog', { name: 'Add Responsible for Accept risk' });
    await dialog.getByRole('radio', { name: 'A SharePoint group' }).check({ force: true });
    await chooseWithKeyboard(dialog.getByRole('combobox', { name: 'Group' }), 'Data Custodians');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByText('This person or group already holds this role for this activity and scope.').waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });

    // Tomas Lindqvist becomes Accountable: the warning goes.
    await section.getByRole('button', { name: 'Add Accountable for Accept risk' }).click();
    dialog = page.getByRole('dialog', { name: 'Add Accountable for Accept risk' });
    await choosePerson(dialog.getByRole('combobox', { name: 'Person' }), 'Tomas', 'Tomas Lindqvist', dialog);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await warnings.getByText('No warnings in this scope.').waitFor();
    assert.equal(await warnings.getByText('Accept risk has no Accountable in Mission: Colombia.').count(), 0);

    // Who decides in Colombia: accepting risk now routes to its own Accountable; approving ownership to the region's.
    const routing = section.getByTestId('raci-routing');
    await routing.getByText('Accept risk: Tomas Lindqvist, from Mission: Colombia').waitFor();
    await routing.getByText('Approve ownership: Lucia Ferreira, from Region: South America').waitFor();

    // Stored in SharePoint as the lead wrote them.
    const repos = createRepositories(createNodeSp(harness.workbench.emulator.siteUrl, { user: ADMIN }));
    const stored = (await repos.governanceRoles.page({ top: 500 })).items.filter((a) => scopeKey(scopeOf(a)) === 'Mission:colombia');
    assert.deepEqual(stored.map((a) => `${a.activity}:${a.role}:${a.assigneeGroup ?? a.assigneePerson?.title}`).sort(), ['acceptRisk:A:Tomas Lindqvist', 'acceptRisk:R:Data Custodians']);

    // The matrix exports as an xlsx workbook.
    const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('menuitem', { name: 'Export (xlsx)' }).click()]);
    assert.match(download.suggestedFilename(), /^governance-roles-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const bytes = readFileSync(await download.path());
    assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK', 'an xlsx is a zip');
    assert.deepEqual(errors, []);
  });

  for (const theme of ['light', 'dark', 'highContrast'] as const) {
    it(`axe finds nothing serious in the matrix, its warnings and the add dialog (${theme} theme)`, async () => {
      const { page, errors } = await harness.signedIn(LEAD);
      await page.goto(`${harness.workbench.pageUrl}?theme=${theme}`);
      const section = roles(page);
      await section.getByText('RACI matrix: Organisation').waitFor({ timeout: 60000 });
      const kind = section.getByRole('combobox', { name: 'Scope' });
      await kind.focus();
      await kind.press('ArrowDown');
      await kind.press('ArrowDown');
      const mission = section.getByRole('combobox', { name: 'Which one' });
      await mission.pressSequentially('Yemen', { delay: 20 });
      await mission.press('Enter');
      // The seed leaves Yemen with a Responsible for accepting risk and no Accountable: the warning shows.
      await section.getByTestId('raci-warnings').getByText('Accept risk has no Accountable in Mission: Yemen.').waitFor();
      const inMatrix = await seriousFindings(section);
      await section.getByRole('button', { name: 'Add Consulted for Validate DPIA' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add Consulted for Validate DPIA' });
      await dialog.getByRole('combobox', { name: 'Person' }).waitFor();
      const inDialog = await seriousFindings(dialog);
      assert.equal(inMatrix.length + inDialog.length, 0, `${describeFindings(`${theme} / matrix`, inMatrix)}\n${describeFindings(`${theme} / add dialog`, inDialog)}`);
      assert.deepEqual(errors, []);
    });
  }
});
