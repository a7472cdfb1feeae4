/**
 * Issue 19 part 2 in the screens: DPIA validation and the access review campaign's fallback reviewer routed by the
 * governance roles the workbench seeds (workbench/seed/seedGovernanceRoles.ts). Laura Schmidt, every region's
 * Accountable for validating DPIAs and not a lead, opens a seeded DPIA awaiting validation, sees that it is routed to
 * her and why, validates it, and her validation counts; a lead's New campaign form proposes Tomas Lindqvist (the
 * leads' group is the organisation's Accountable for access reviews, and he is its member who is not her). axe finds
 * nothing serious in either view in the light, dark and high-contrast themes.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { DPIAS_LIST } from '../../src/core/schema';
import { eq } from '../../src/data/odata/filter';
import { filterField } from '../../src/data/odata/fieldRef';
import { createRepositories } from '../../src/data/repositories/createRepositories';
import { createNodeSp } from '../../src/data/sp/createSp';
import { DEMO_USERS } from '../../workbench/seed/demoUsers';
import { DPIA_VALIDATOR } from '../../workbench/seed/seedGovernanceRoles';
import { describeFindings, seriousFindings } from './support/axe';
import { ADMIN, LEAD, startBrowserHarness, type BrowserHarness } from './support/browserHarness';

const LAURA = DEMO_USERS.find((u) => u.email === DPIA_VALIDATOR)!;
const THEMES = ['light', 'dark', 'highContrast'] as const;

/** A seeded DPIA awaiting validation: its id, its activity's title and region. */
async function awaitingValidation(harness: BrowserHarness, skip: readonly number[] = []): Promise<{ id: number; activityTitle: string; region: string }> {
  const repositories = createRepositories(createNodeSp(harness.workbench.emulator.siteUrl, { user: ADMIN }));
  const dpias = (await repositories.dpias.page({ filter: eq(filterField(DPIAS_LIST, 'state'), 'Awaiting validation'), top: 20 })).items.filter((d) => !skip.includes(d.id));
  assert.ok(dpias.length > 0, 'the seed has a DPIA awaiting validation');
  const activity = await repositories.processingActivities.getById(dpias[0].activity.id);
  return { id: dpias[0].id, activityTitle: activity.title, region: activity.region ?? '' };
}

/** Signs in as `login` (in `theme`), finds the record in the register and opens its DPIA. */
async function openDpia(harness: BrowserHarness, login: string, title: string, theme?: string): Promise<{ page: Page; panel: Locator; errors: string[] }> {
  const { page, errors } = await harness.signedIn(login);
  await page.goto(theme === undefined ? harness.workbench.pageUrl : `${harness.workbench.pageUrl}?theme=${theme}`);
  const register = page.getByRole('region', { name: 'Privacy register', exact: true });
  await register.getByText(/\d+ processing activities shown/).waitFor({ timeout: 60000 });
  await register.getByRole('searchbox', { name: 'Search' }).fill(title);
  await register.getByRole('button', { name: `Open DPIA: ${title}`, exact: true }).click();
  const panel = page.getByRole('dialog', { name: 'Data protection impact assessment' });
  await panel.getByText(/^State: /).waitFor({ timeout: 30000 });
  return { page, panel, errors };
}

/** Signs in as the lead (in `theme`) and opens the New campaign form from a stale group's row. */
async function openCampaignForm(harness: BrowserHarness, theme?: string): Promise<{ form: Locator; errors: string[] }> {
  const { page, errors } = await harness.signedIn(LEAD);
  await page.goto(`${harness.workbench.pageUrl}?view=sharepoint${theme === undefined ? '' : `&theme=${theme}`}`);
  const reviews = page.getByRole('region', { name: 'Access Reviews' });
  await reviews.getByRole('tab', { name: 'Stale groups' }).click();
  const start = reviews.getByRole('button', { name: /^Start a review: / }).first();
  await start.waitFor({ timeout: 60_000 });
  await start.click();
  const form = page.getByRole('dialog', { name: 'New campaign' });
  await form.getByTestId('fallback-route').waitFor({ timeout: 30_000 });
  return { form, errors };
}

describe('DPIA validation and access review fallback routed by the governance roles (headless Chromium)', () => {
  let harness: BrowserHarness;
  let validated: number | undefined;

  before(async () => {
    harness = await startBrowserHarness(200);
  });

  after(async () => {
    await harness?.close();
  });

  it('Laura Schmidt, her region\'s Accountable, is shown as who validates a DPIA, validates it, and her validation counts', async () => {
    const target = await awaitingValidation(harness);
    const { panel, errors } = await openDpia(harness, LAURA.loginName, target.activityTitle);
    const route = panel.getByTestId('dpia-route');
    assert.equal(await route.getByTestId('routed-decider').innerText(),
      `The governance roles ask Laura Schmidt (Accountable for the region ${target.region}) to validate this DPIA. The route names you: your validation counts.`);
    assert.equal(await route.getByTestId('routed-informed').innerText(), 'Informed of the decision: Data Protection Officers (group)');
    await panel.getByRole('button', { name: 'Validate' }).click();
    await panel.getByRole('combobox', { name: 'Decision' }).click();
    await panel.page().getByRole('option', { name: 'Validated', exact: true }).click();
    await panel.getByRole('button', { name: 'Record decision' }).click();
    await panel.getByText('State: Validated', { exact: true }).waitFor({ timeout: 30000 });
    const line = panel.getByRole('list', { name: '5. Opinion and validation' }).getByRole('listitem').filter({ hasText: 'Laura Schmidt' });
    assert.match(await line.innerText(), /Controller's validation: Validated, by Laura Schmidt on .*\n[\s\S]*Counts/);
    validated = target.id;
    const stored = await createRepositories(createNodeSp(harness.workbench.emulator.siteUrl, { user: ADMIN })).dpias.getById(target.id);
    assert.equal(stored.state, 'Validated');
    assert.deepEqual(errors, []);
  });

  it('a lead\'s New campaign form proposes Tomas Lindqvist as the fallback reviewer, says why, and fills the field', async () => {
    const { form, errors } = await openCampaignForm(harness);
    assert.equal(await form.getByTestId('routed-decider').innerText(), 'The governance roles propose Tomas Lindqvist (member of Governance Leads, the organisation\'s Accountable) as the fallback reviewer.');
    assert.equal(await form.getByRole('combobox', { name: 'Fallback reviewer' }).count(), 0, 'the proposed person is in the field');
    await form.getByRole('button', { name: 'Remove Tomas Lindqvist' }).waitFor();
    assert.deepEqual(errors, []);
  });

  for (const theme of THEMES) {
    it(`axe finds nothing serious in the DPIA's route and the campaign form's proposal (${theme} theme)`, async () => {
      const target = await awaitingValidation(harness, validated === undefined ? [] : [validated]);
      const dpia = await openDpia(harness, LAURA.loginName, target.activityTitle, theme);
      await dpia.panel.getByTestId('dpia-route').waitFor();
      const inPanel = await seriousFindings(dpia.panel);
      const campaign = await openCampaignForm(harness, theme);
      const inForm = await seriousFindings(campaign.form);
      assert.equal(inPanel.length + inForm.length, 0, `${describeFindings(`${theme} / DPIA panel`, inPanel)}\n${describeFindings(`${theme} / New campaign`, inForm)}`);
      assert.deepEqual([...dpia.errors, ...campaign.errors], []);
    });
  }
});
