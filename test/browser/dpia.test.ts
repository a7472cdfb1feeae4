/**
 * The DPIA's whole path in the workbench: a mission focal point starts a DPIA from a record of processing that needs
 * one and has none, fills the CNIL sections and submits it; the demo DPO signs in and gives an opinion; a governance
 * lead (the controller) validates it and raises an action of the plan as a Risk Register entry. Every decision is
 * checked where a user would: the panel's state and decision lines, and the stored items' Authors.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { DPIA_CONTEXT_KEYS, dpiaIdFromLink } from '../../src/core/privacy/dpiaModel';
import { dpiaMissing } from '../../src/core/privacy/screening';
import { DPIA_DECISIONS_LIST } from '../../src/core/schema';
import { eq } from '../../src/data/odata/filter';
import { filterField } from '../../src/data/odata/fieldRef';
import { readAll } from '../../src/data/query/readMatching';
import { createRepositories } from '../../src/data/repositories/createRepositories';
import { createNodeSp } from '../../src/data/sp/createSp';
import { DEMO_USERS } from '../../workbench/seed/demoUsers';
import { ADMIN, FOCAL_POINT, LEAD, startBrowserHarness, type BrowserHarness, choosePerson } from './support/browserHarness';

const DPO = DEMO_USERS.find((u) => u.role === 'dpo')!;

function register(page: Page): Locator {
  return page.getByRole('region', { name: 'Privacy register', exact: true });
}

async function choose(page: Page, scope: Locator, label: string, option: string): Promise<void> {
  await scope.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Waits for `text` in the panel; on a timeout the error carries what the panel shows (its messages say why). */
async function expectInPanel(panel: Locator, text: string): Promise<void> {
  try {
    await panel.getByText(text, { exact: true }).first().waitFor({ timeout: 30000 });
  } catch (error) {
    const shown = await panel.innerText().catch(() => '(panel gone)');
    throw new Error(`"${text}" not shown. The panel shows:\n${shown.slice(-2500)}`, { cause: error });
  }
}

/** Signs in, finds the record in the register and opens its DPIA panel through `link` ("Start DPIA" or "Open DPIA"). */
async function openFromRegister(harness: BrowserHarness, login: string, title: string, link: 'Start DPIA' | 'Open DPIA'): Promise<{ page: Page; panel: Locator; errors: string[] }> {
  const { page, errors } = await harness.signedIn(login);
  await page.goto(harness.workbench.pageUrl);
  const section = register(page);
  await section.getByText(/\d+ processing activities shown/).waitFor({ timeout: 60000 });
  await section.getByRole('searchbox', { name: 'Search' }).fill(title);
  await section.getByRole('button', { name: `${link}: ${title}`, exact: true }).click();
  const panel = page.getByRole('dialog', { name: 'Data protection impact assessment' });
  await panel.getByText(/^State: /).waitFor({ timeout: 30000 });
  return { page, panel, errors };
}

describe('DPIA in the workbench (headless Chromium)', () => {
  let harness: BrowserHarness;
  let repositories: ReturnType<typeof createRepositories>;

  before(async () => {
    harness = await startBrowserHarness(300);
    repositories = createRepositories(createNodeSp(harness.workbench.emulator.siteUrl, { user: ADMIN }));
  });

  after(async () => {
    await harness?.close();
  });

  it('a focal point writes a DPIA, the DPO gives an opinion, the controller validates, and an action becomes a risk', async () => {
    // A seeded controller record that needs a DPIA and has none: the register flags it.
    const activities = await readAll(repositories.processingActivities, {});
    const activity = activities.filter((a) => dpiaMissing(a) && a.role === 'Controller' && a.purposes).sort((a, b) => b.id - a.id)[0];
    assert.ok(activity, 'the seed has a record that needs a DPIA and has none');
    const title = activity.title;

    // 1. The focal point starts the DPIA from the record.
    const author = await openFromRegister(harness, FOCAL_POINT, title, 'Start DPIA');
    const { page, panel } = author;
    await expectInPanel(panel, 'State: Draft');
    assert.ok((await panel.getByRole('textbox', { name: 'Description of the processing (purposes, stakes, controller)' }).inputValue()).includes(activity.purposes!), 'the context is pre-filled from the record');
    const contextLabels = ['Description of the processing (purposes, stakes, controller)', 'Personal data and data subjects', 'Life cycle of the data (collection, use, recipients, retention, erasure)', 'Supporting assets (systems, software, networks, paper, people)'];
    assert.equal(contextLabels.length, DPIA_CONTEXT_KEYS.length);
    for (const label of contextLabels.slice(2)) await panel.getByRole('textbox', { name: label }).fill('Case management system at the mission; erased five years after case closure.');

    // Submitting now is refused: the principles and risks are not assessed.
    await panel.getByRole('button', { name: 'Submit for the DPO\'s opinion' }).click();
    await panel.getByText('Some fields need attention', { exact: false }).waitFor();
    await panel.getByText('Assess this principle and judge it before submitting.').first().waitFor();

    const principles = ['Specified, explicit and legitimate purposes', 'Lawfulness (legal basis)', 'Data minimisation', 'Accuracy of the data', 'Retention periods',
      'Information of the data subjects', 'Consent, where relevant', 'Right of access and to data portability', 'Rights to rectification and erasure',
      'Rights to restriction and to object', 'Processors (contracts, Art. 28)', 'Transfers outside the organisation\'s protection'];
    for (const [n, principle] of principles.entries()) {
      await panel.getByRole('textbox', { name: `Assessment: ${principle}` }).fill(`Documented in the mission's data protection file (${n + 1}).`);
      await choose(page, panel, `Judgement: ${principle}`, n === 2 ? 'Needs improvement' : 'Acceptable');
    }
    const risks: [string, number, number, number, number][] = [
      ['Illegitimate access to data', 3, 4, 2, 4],
      ['Unwanted modification of data', 2, 3, 1, 3],
      ['Disappearance of data', 2, 3, 1, 2]
    ];
    const scale = ['', '1 Negligible', '2 Limited', '3 Significant', '4 Maximum'];
    for (const [event, likelihood, severity, residualLikelihood, residualSeverity] of risks) {
      await panel.getByRole('textbox', { name: `Risk sources (${event})` }).fill('Staff with excessive rights, partners, attackers');
      await panel.getByRole('textbox', { name: `Impacts on the data subjects (${event})` }).fill('Exposure of migrants to persecution');
      await choose(page, panel, `Likelihood (${event})`, scale[likelihood]);
      await choose(page, panel, `Severity (${event})`, scale[severity]);
      await panel.getByRole('textbox', { name: `Measures that treat it (${event})` }).fill('Role-based access, encryption, backups');
      await choose(page, panel, `Residual likelihood (after measures) (${event})`, scale[residualLikelihood]);
      await choose(page, panel, `Residual severity (after measures) (${event})`, scale[residualSeverity]);
    }
    const table = panel.getByRole('table', { name: 'Risks before and after measures (likelihood x severity)' });
    assert.match(await table.getByRole('row', { name: /Illegitimate access to data/ }).innerText(), /3 x 4 = 12\s+2 x 4 = 8/);

    // The action plan: one measure with its owner and due date.
    const actionTitle = `Enforce multi-factor authentication for partner accounts (${activity.id})`;
    await panel.getByRole('button', { name: 'Add an action' }).click();
    await panel.getByRole('textbox', { name: 'Measure to implement' }).fill(actionTitle);
    await choosePerson(panel.getByRole('combobox', { name: 'Owner' }), 'Okafor', 'Helena Okafor', panel);
    await panel.getByRole('listitem').filter({ hasText: 'Helena Okafor' }).first().waitFor();
    // Typed as a user types a date in the en-US date field (month, day, year).
    const due = panel.getByLabel('Due date', { exact: true });
    await due.click();
    await due.pressSequentially('03312027', { delay: 30 });
    assert.equal(await due.inputValue(), '2027-03-31');
    await choose(page, panel, 'Feared event it treats', 'Illegitimate access to data');
    await panel.getByRole('button', { name: 'Submit for the DPO\'s opinion' }).click();
    await expectInPanel(panel, 'State: Awaiting the DPO\'s opinion');
    assert.equal(await panel.getByRole('button', { name: 'Give opinion' }).count(), 0, 'the author is not offered the opinion');
    assert.deepEqual(author.errors, []);

    const stored = (await repositories.processingActivities.getById(activity.id));
    const dpiaId = dpiaIdFromLink(stored.dpiaLink?.url);
    assert.ok(dpiaId, 'the record now links its DPIA: the "none recorded" flag is gone');
    assert.equal((await repositories.dpias.getById(dpiaId)).author?.title, 'Amina Diallo');

    // 2. The DPO signs in and gives an opinion.
    const dpo = await openFromRegister(harness, DPO.loginName, title, 'Open DPIA');
    await expectInPanel(dpo.panel, 'State: Awaiting the DPO\'s opinion');
    await dpo.panel.getByRole('button', { name: 'Give opinion' }).click();
    await choose(dpo.page, dpo.panel, 'Decision', 'Favourable with reservations');
    await dpo.panel.getByRole('textbox', { name: 'Comment' }).fill('Reduce the contact fields collected.');
    await dpo.panel.getByRole('button', { name: 'Record decision' }).click();
    await expectInPanel(dpo.panel, 'State: Awaiting the controller\'s validation');
    const opinionLine = dpo.panel.getByRole('list', { name: '5. Opinion and validation' }).getByRole('listitem').filter({ hasText: 'Nadia Belkacem' });
    assert.match(await opinionLine.innerText(), /DPO's opinion: Favourable with reservations, by Nadia Belkacem on .*\n[\s\S]*Counts/);
    assert.deepEqual(dpo.errors, []);

    // 3. The controller (a governance lead) validates, then raises the action as a risk.
    const lead = await openFromRegister(harness, LEAD, title, 'Open DPIA');
    await lead.panel.getByRole('button', { name: 'Validate' }).click();
    await choose(lead.page, lead.panel, 'Decision', 'Validated');
    await lead.panel.getByRole('button', { name: 'Record decision' }).click();
    await expectInPanel(lead.panel, 'State: Validated');
    await lead.panel.getByRole('button', { name: 'Raise action 1 as a risk in the Risk Register' }).click();
    const confirmation = lead.panel.getByText(/^Risk \d+ ".*" is in the Risk Register\.$/);
    await confirmation.waitFor({ timeout: 30000 });
    const riskId = Number(/^Risk (\d+)/.exec(await confirmation.innerText())?.[1]);
    await lead.panel.getByText(`Raised as risk ${riskId}`).waitFor();
    await expectInPanel(lead.panel, 'State: Validated');
    assert.equal(await lead.panel.getByRole('button', { name: 'Raise action 1 as a risk in the Risk Register' }).count(), 0, 'raised once: the button is gone');
    assert.deepEqual(lead.errors, []);

    // The Risk Register list holds exactly one risk of that title, pre-filled from the DPIA (found by title, not by the grid's order).
    const raised = await repositories.risks.page({ filter: eq('Title', `${actionTitle} (DPIA: DPIA - ${title})`.slice(0, 255)), top: 10 });
    assert.equal(raised.items.length, 1);
    const risk = raised.items[0];
    assert.equal(risk.id, riskId);
    assert.equal(risk.likelihood, 3);
    assert.equal(risk.impact, 4);
    assert.equal(risk.riskOwner?.title, 'Helena Okafor');
    assert.equal(risk.category, 'Data protection');
    assert.ok((risk.description ?? '').includes(`Mission: ${activity.mission}; region: ${activity.region}`), 'the mission and region are in the description');

    // The decisions are authored by the people who took them.
    const decisions = (await repositories.dpiaDecisions.page({ filter: eq(filterField(DPIA_DECISIONS_LIST, 'dpia'), dpiaId), top: 10 })).items;
    assert.deepEqual(decisions.map((d) => `${d.kind}: ${d.decision} by ${d.author?.title}`).sort(), [
      'Controller validation: Validated by Helena Okafor',
      'DPO opinion: Favourable with reservations by Nadia Belkacem'
    ]);
    assert.equal((await repositories.dpias.getById(dpiaId)).state, 'Validated');
  });
});
