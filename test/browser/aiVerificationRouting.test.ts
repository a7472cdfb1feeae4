/**
 * Issue 19 part 2 in the screens: AI classification verification routed by the governance roles. The workbench makes
 * Kwame Asante (not a lead) Accountable for verifying the classifications of the Immigration and Border Governance
 * department; signed in as him, the register offers "Awaiting my verification (N)", a system's details say why he is
 * asked, and his verification counts (stored with him as Author), leaving one fewer system awaiting him.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { createRepositories } from '../../src/data/repositories/createRepositories';
import { createNodeSp } from '../../src/data/sp/createSp';
import { DEMO_USERS } from '../../workbench/seed/demoUsers';
import { MISSION_ACCOUNTABLES } from '../../workbench/seed/seedGovernanceRoles';
import { describeFindings, seriousFindings } from './support/axe';
import { ADMIN, startBrowserHarness, type BrowserHarness } from './support/browserHarness';

const KWAME = DEMO_USERS.find((u) => u.email === MISSION_ACCOUNTABLES.Kenya)!;
const THEMES = ['light', 'dark', 'highContrast'] as const;
const AWAITING = /Awaiting my verification \((\d+)\)$/;

function registry(page: Page): Locator {
  return page.getByRole('region', { name: 'AI Registry' });
}

/** The count on the register's "Awaiting my verification (N)" toggle, once the routes are read. */
async function awaitingCount(page: Page): Promise<number> {
  const toggle = registry(page).getByTestId('awaiting-mine');
  await toggle.waitFor({ timeout: 60000 });
  const text = (await toggle.innerText()).trim();
  const found = AWAITING.exec(text);
  assert.ok(found, `the toggle says "${text}"`);
  return Number(found[1]);
}

describe('AI verification routed by the governance roles in the workbench (headless Chromium)', () => {
  let harness: BrowserHarness;

  before(async () => {
    harness = await startBrowserHarness(200);
  });

  after(async () => {
    await harness?.close();
  });

  for (const theme of THEMES) {
    it(`axe finds nothing serious in a routed system's details (${theme} theme)`, async () => {
      const { page, errors, context } = await harness.signedIn(KWAME.loginName);
      await page.goto(`${harness.workbench.pageUrl}?view=sharepoint&theme=${theme}`);
      await awaitingCount(page);
      await registry(page).getByTestId('awaiting-mine').click();
      await registry(page).getByRole('button', { name: /^Open details of / }).first().click();
      const route = page.getByRole('dialog').getByRole('region', { name: 'Who verifies' });
      await route.getByTestId('routed-decider').waitFor();
      const findings = await seriousFindings(page.getByRole('dialog'));
      assert.equal(findings.length, 0, describeFindings(`${theme} / routed verification`, findings));
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  it('the department\'s Accountable finds the systems awaiting him, sees why he is asked, and his verification counts', async () => {
    const { page, errors, context } = await harness.signedIn(KWAME.loginName);
    await page.goto(`${harness.workbench.pageUrl}?view=sharepoint`);
    const waiting = await awaitingCount(page);
    assert.ok(waiting > 0, 'the seed leaves classified Immigration and Border Governance systems unverified');

    await registry(page).getByTestId('awaiting-mine').click();
    await registry(page).getByText(`Showing the ${waiting} systems awaiting your verification.`).waitFor();
    const open = registry(page).getByRole('button', { name: /^Open details of / }).first();
    const title = ((await open.getAttribute('aria-label')) ?? (await open.innerText())).replace(/^Open details of /, '');
    await open.click();
    const panel = page.getByRole('dialog', { name: title });
    const route = panel.getByRole('region', { name: 'Who verifies' });
    assert.equal(await route.getByTestId('routed-decider').innerText(),
      'The governance roles ask Kwame Asante (Accountable for the department Immigration and Border Governance) to verify.');
    assert.match(await route.getByTestId('routed-informed').innerText(), /^Informed: .*Helena Okafor/);

    await panel.getByRole('button', { name: 'Verify classification' }).click();
    await panel.getByText(`Verified by ${KWAME.title} on`).waitFor();
    await panel.getByRole('button', { name: 'Close' }).click();
    const repos = createRepositories(createNodeSp(harness.workbench.emulator.siteUrl, { user: ADMIN }));
    const decisions = (await repos.aiVerifications.page({ top: 500 })).items.filter((d) => d.author?.title === KWAME.title);
    assert.deepEqual(decisions.map((d) => [d.author?.title, d.decision]), [[KWAME.title, 'Verified']], 'one decision, authored by him (SharePoint sets the Author)');
    assert.equal(decisions.length === 1 && decisions[0].system?.id !== undefined, true, 'it names the system');

    await page.reload();
    const left = await awaitingCount(page).catch(() => 0);
    assert.equal(left, waiting - 1, 'one fewer system awaits him');
    assert.deepEqual(errors, []);
    await context.close();
  });
});
