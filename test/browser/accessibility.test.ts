import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { LEAD, startBrowserHarness, type BrowserHarness } from './support/browserHarness';
import { DEMO_USERS } from '../../workbench/seed/demoUsers';
import { describeFindings, seriousFindings, type AxeFinding } from './support/axe';

const CUSTODIAN = DEMO_USERS.find((u) => u.role === 'custodian')!.loginName;
const REVIEWER = DEMO_USERS.find((u) => u.role === 'reviewer')!.loginName;

type ThemeName = 'light' | 'dark' | 'highContrast';
const THEMES: readonly ThemeName[] = ['light', 'dark', 'highContrast'];

/** Findings collected over one theme's pages, each under the place it was found, so one run names every problem. */
class Findings {
  private readonly found: string[] = [];
  constructor(private readonly theme: ThemeName) {}

  async check(where: string, root: Locator): Promise<void> {
    const findings: AxeFinding[] = await seriousFindings(root);
    if (findings.length > 0) this.found.push(describeFindings(`${this.theme} / ${where}`, findings));
  }

  assertNone(): void {
    assert.equal(this.found.length, 0, `\n${this.found.join('\n')}`);
  }
}

/** The workbench's section around one web part (named after the web part; some web parts name an inner region alike). */
function webPart(page: Page, title: string): Locator {
  return page.locator(`main > section[aria-label="${title}"]`);
}

/** Closes the open panel or dialog the way a keyboard user does, and waits until it has gone. */
async function closeWithEscape(page: Page, dialog: Locator): Promise<void> {
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
}

async function checkInventory(page: Page, findings: Findings): Promise<void> {
  const inventory = webPart(page, 'Data Inventory');
  const details = inventory.getByRole('button', { name: /^Open details of / }).first();
  await details.waitFor({ timeout: 60000 });
  await findings.check('Data Inventory', inventory);

  await details.click();
  const panel = page.getByRole('dialog');
  await panel.getByRole('button', { name: 'Edit' }).waitFor();
  await findings.check('Data Inventory / record details', panel);
  // Nominate custodian: the dialog opens on the person the governance roles route the decision to (issue 19).
  await panel.getByRole('button', { name: 'Nominate custodian', exact: true }).click();
  const nominate = page.getByRole('alertdialog', { name: /^Nominate a custodian for / });
  await nominate.locator('[data-testid="routed-decider"], [data-testid="routed-nobody"]').first().waitFor();
  await findings.check('Data Inventory / nominate custodian (routed)', nominate);
  await nominate.getByRole('button', { name: 'Cancel' }).click();
  await nominate.waitFor({ state: 'detached' });
  await closeWithEscape(page, panel);

  await inventory.getByRole('button', { name: 'New record' }).click();
  const form = page.getByRole('dialog');
  await form.getByRole('textbox', { name: 'Title' }).waitFor();
  await findings.check('Data Inventory / new record', form);
  await closeWithEscape(page, form);
}

async function checkScorecard(page: Page, findings: Findings): Promise<void> {
  const scorecard = webPart(page, 'Data Health Scorecard');
  await scorecard.getByText(/^Figures as of /).waitFor({ timeout: 60000 });
  await findings.check('Data Health Scorecard', scorecard);

  // A donut slice that takes focus shows it (issue 22, section 5): its own outline, whatever the slice's colour.
  const slice = scorecard.locator('[data-chart-group] path[role="img"][data-is-focusable="true"]').first();
  await slice.focus();
  const focused = await slice.evaluate((path) => ({ active: document.activeElement === path, width: getComputedStyle(path).strokeWidth }));
  assert.deepEqual(focused, { active: true, width: '3px' }, 'the focused slice is outlined');

  // Tables sit behind "Show table" under their charts (issue 24); shown, they are checked too.
  await scorecard.getByRole('button', { name: 'Show table: Score by region', exact: true }).click();
  await findings.check('Data Health Scorecard / tables shown', scorecard);
  await scorecard.getByRole('table', { name: 'By region' }).getByRole('button', { name: /^Show the records: / }).first().click();
  const panel = page.getByRole('dialog');
  await panel.getByRole('table').waitFor();
  await findings.check('Data Health Scorecard / drill-down', panel);
  await closeWithEscape(page, panel);
}

async function checkAiRegistry(page: Page, findings: Findings): Promise<void> {
  const registry = webPart(page, 'AI Registry');
  const details = registry.getByRole('button', { name: /^Open details of / }).first();
  await details.waitFor({ timeout: 60000 });
  await findings.check('AI Registry', registry);

  await details.click();
  const panel = page.getByRole('dialog');
  await panel.getByRole('button', { name: 'Close' }).first().waitFor();
  // The framework coverage section (issue 18, part 3) loads with the panel: checked once its tables are there.
  await panel.getByTestId('framework-coverage-table').waitFor({ timeout: 60000 });
  await findings.check('AI Registry / system details', panel);

  // The classification wizard, opened from the keyboard and closed with Escape, gives focus back to its opener
  // (issue 22, section 5), in the details panel that opens again.
  const title = (await panel.getByRole('heading').first().innerText()).trim();
  await panel.getByRole('button', { name: /^(Classify with the wizard|Review the classification answers)$/ }).focus();
  await page.keyboard.press('Enter');
  const wizard = page.getByRole('dialog', { name: `Classify ${title}` });
  await wizard.getByRole('button', { name: 'Next' }).waitFor();
  await findings.check('AI Registry / classification wizard', wizard);
  await closeWithEscape(page, wizard);
  const reopened = page.getByRole('dialog', { name: title });
  const opener = reopened.getByRole('button', { name: /^(Classify with the wizard|Review the classification answers)$/ });
  await opener.waitFor();
  await page.waitForFunction(() => document.activeElement?.hasAttribute('data-classify') === true, undefined, { timeout: 5000 })
    .catch(() => undefined);
  assert.equal(await opener.evaluate((button) => document.activeElement === button), true, 'focus is back on the wizard\'s opener');
  await closeWithEscape(page, reopened);

  await registry.getByRole('button', { name: 'Register AI system' }).click();
  const form = page.getByRole('dialog', { name: 'Register an AI system' });
  await form.getByRole('textbox', { name: 'Name' }).waitFor();
  await findings.check('AI Registry / new system', form);
  await closeWithEscape(page, form);
}

async function checkRiskRegister(page: Page, findings: Findings): Promise<void> {
  const register = webPart(page, 'Risk Register');
  await register.getByText(/\d+ risks: \d+ open/).waitFor({ timeout: 60000 });
  // The workbench opens the register on its heat map.
  await findings.check('Risk Register / heat map', register);

  await register.getByRole('tab', { name: 'Register' }).click();
  // The first risk this user may accept (risks they own, or above appetite for a non-lead, show it disabled).
  const accept = register.getByRole('button', { name: /^Accept… / }).and(register.locator(':not([aria-disabled="true"])')).first();
  await accept.waitFor();
  await findings.check('Risk Register / register', register);

  await accept.click();
  const dialog = page.getByRole('alertdialog');
  await dialog.getByRole('textbox', { name: 'Reason for accepting' }).waitFor();
  await findings.check('Risk Register / accept dialog', dialog);
  await closeWithEscape(page, dialog);

  await register.getByRole('menuitem', { name: 'New risk' }).click();
  const form = page.getByRole('dialog', { name: 'New risk' });
  await form.getByRole('textbox', { name: 'Title' }).waitFor();
  await findings.check('Risk Register / new risk', form);
  await closeWithEscape(page, form);
}

async function checkPrivacyRegister(page: Page, findings: Findings): Promise<void> {
  const register = webPart(page, 'Privacy Register');
  await register.getByText(/\d+ processing activities shown/).waitFor({ timeout: 60000 });
  await findings.check('Privacy Register / register', register);

  // An existing record's form: every section, the pickers and the screening with its grounds.
  await register.getByRole('button', { name: /^Edit: / }).first().click();
  const form = page.getByRole('dialog', { name: 'Edit processing activity' });
  await form.getByTestId('screening-result').waitFor();
  await findings.check('Privacy Register / edit form and screening', form);
  await closeWithEscape(page, form);

  // A seeded DPIA: its sections, risk table, action plan and decisions.
  await register.getByRole('searchbox', { name: 'Search' }).fill('');
  await register.getByRole('combobox', { name: 'DPIA' }).click();
  await page.getByRole('option', { name: 'DPIA required', exact: true }).click();
  await register.getByRole('button', { name: /^Open DPIA: / }).first().click();
  const dpia = page.getByRole('dialog', { name: 'Data protection impact assessment' });
  await dpia.getByText(/^State: /).waitFor({ timeout: 30000 });
  await findings.check('Privacy Register / DPIA panel', dpia);
  await closeWithEscape(page, dpia);
}

async function checkApprovals(page: Page, findings: Findings, view: string): Promise<void> {
  const approvals = webPart(page, 'Ownership Approvals');
  await approvals.getByTestId('approvals-counts').waitFor({ timeout: 60000 });
  await findings.check(`Ownership Approvals (${view})`, approvals);
}

async function checkAccessReviews(page: Page, findings: Findings): Promise<void> {
  const reviews = webPart(page, 'Access Reviews');
  await reviews.getByRole('tab', { name: 'Campaigns' }).click();
  const open = reviews.getByRole('button', { name: /^Open campaign / }).first();
  await open.waitFor({ timeout: 60000 });
  await findings.check('Access Reviews / campaigns', reviews);
  await open.click();
  const panel = page.getByRole('dialog');
  await panel.getByRole('table').first().waitFor({ timeout: 30000 });
  await findings.check('Access Reviews / campaign details', panel);
  await closeWithEscape(page, panel);
  await reviews.getByRole('tab', { name: 'Segregation of duties' }).click();
  await reviews.getByRole('table').first().waitFor({ timeout: 30000 });
  await findings.check('Access Reviews / segregation of duties', reviews);
  await reviews.getByRole('tab', { name: 'Stale groups' }).click();
  await reviews.getByRole('button', { name: /^Start a review: / }).first().waitFor({ timeout: 60000 });
  await findings.check('Access Reviews / stale groups', reviews);
}

async function checkMyReviews(page: Page, findings: Findings): Promise<void> {
  const reviews = webPart(page, 'Access Reviews');
  const keep = reviews.getByTestId('review-row').first().getByRole('button', { name: /^Keep: / });
  await keep.waitFor({ timeout: 60000 });
  await findings.check('Access Reviews (Teams tab, reviewer)', reviews);
  await keep.click();
  const dialog = page.getByRole('alertdialog');
  await dialog.getByRole('textbox').waitFor();
  await findings.check('Access Reviews / decide', dialog);
  await closeWithEscape(page, dialog);
}

describe('Accessibility: axe-core finds no serious or critical WCAG 2.1 AA issue (headless Chromium)', () => {
  let harness: BrowserHarness;

  before(async () => {
    harness = await startBrowserHarness(200);
  });

  after(async () => {
    await harness?.close();
  });

  for (const theme of THEMES) {
    it(`every web part and its main panels, ${theme} theme, SharePoint page and Teams tab`, async () => {
      // A governance lead sees every action, the lead-only tabs and the acceptance above appetite.
      const { context, page, errors } = await harness.signedIn(LEAD);
      const findings = new Findings(theme);
      await page.goto(`${harness.workbench.pageUrl}?theme=${theme}&view=sharepoint`);
      await checkInventory(page, findings);
      await checkScorecard(page, findings);
      await checkAiRegistry(page, findings);
      await checkRiskRegister(page, findings);
      await checkPrivacyRegister(page, findings);
      await checkApprovals(page, findings, 'SharePoint page');
      await checkAccessReviews(page, findings);

      await context.close();

      // The Teams tab as a custodian, whose queue is full of nomination cards (people on coloured coins).
      const custodian = await harness.signedIn(CUSTODIAN);
      await custodian.page.goto(`${harness.workbench.pageUrl}?theme=${theme}&view=teams`);
      await checkApprovals(custodian.page, findings, 'Teams tab, custodian');
      await custodian.context.close();

      // The Teams tab as the access reviewer, whose queue holds a region's group memberships.
      const reviewer = await harness.signedIn(REVIEWER);
      await reviewer.page.goto(`${harness.workbench.pageUrl}?theme=${theme}&view=teams`);
      await checkMyReviews(reviewer.page, findings);
      await reviewer.context.close();
      findings.assertNone();
      assert.deepEqual([...errors, ...custodian.errors, ...reviewer.errors], []);
    });
  }
});
