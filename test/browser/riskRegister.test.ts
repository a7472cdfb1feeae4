import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { addUtcMonths } from '../../src/core/validation';
import { createRepositories } from '../../src/data/repositories/createRepositories';
import { createNodeSp } from '../../src/data/sp/createSp';
import { ADMIN, FOCAL_POINT, LEAD, fillSteadily, startBrowserHarness, type BrowserHarness } from './support/browserHarness';

/** The register's own section (the workbench wraps it in a region titled "Risk Register"). */
function register(page: Page): Locator {
  return page.getByRole('region', { name: 'Risk register', exact: true });
}

async function openRegister(harness: BrowserHarness, login: string): Promise<{ page: Page; errors: string[]; section: Locator }> {
  const { page, errors } = await harness.signedIn(login);
  await page.goto(harness.workbench.pageUrl);
  const section = register(page);
  await section.getByText(/\d+ risks: \d+ open/).waitFor({ timeout: 60000 });
  return { page, errors, section };
}

describe('Risk Register in the workbench (headless Chromium)', () => {
  let harness: BrowserHarness;
  let repositories: ReturnType<typeof createRepositories>;

  before(async () => {
    harness = await startBrowserHarness(200);
    repositories = createRepositories(createNodeSp(harness.workbench.emulator.siteUrl, { user: ADMIN }));
  });

  after(async () => {
    await harness?.close();
  });

  it('a lead raises a risk from an assessment finding, finds it in its heat map cell and accepts it above appetite', async () => {
    const assets = await repositories.dataAssets.page({ top: 200, orderBy: [{ field: 'id', ascending: true }] });
    // Not one of the first two personal-data assets, which the seed has already assessed.
    // Owned by someone other than the lead: the owner of the record owns the risk, and may not accept it herself.
    const leadUser = harness.workbench.emulator.store.getUserByLogin(LEAD)!;
    const asset = assets.items.filter((a) => a.containsPersonalData).slice(4).find((a) => a.owner !== undefined && a.owner.id !== leadUser.Id)!;
    assert.ok(asset, 'the seed has assets with personal data');
    assert.ok(asset.owner, 'the assessed asset has an owner');
    const { page, errors, section } = await openRegister(harness, LEAD);

    // Run the data protection check on the dataset, answering "No" everywhere.
    await section.getByRole('tab', { name: 'Assessments' }).click();
    await section.getByRole('searchbox', { name: 'Find the record' }).fill(asset.title);
    await section.getByRole('button', { name: 'Find the record' }).click();
    await section.getByRole('region', { name: 'Matching records' }).getByRole('button', { name: asset.title, exact: true }).first().click();
    await section.getByRole('button', { name: 'Start' }).click();
    const form = section.getByRole('form', { name: 'Data protection check (records of processing)' });
    const noAnswers = form.getByRole('radio', { name: 'No', exact: true });
    await noAnswers.first().waitFor();
    const questions = await noAnswers.count();
    assert.equal(questions, 10);
    for (let i = 0; i < questions; i++) await noAnswers.nth(i).check({ force: true });
    await form.getByRole('button', { name: 'Complete assessment' }).click();
    await section.getByText('Assessment saved with 10 findings.').waitFor();

    // One click on a finding opens the risk form pre-filled; save it as it is.
    const finding = 'Access is limited to the people who need it and reviewed at least yearly.';
    await section.getByText(`Gap, not in place: ${finding}`, { exact: false }).waitFor();
    await section.getByRole('button', { name: `Raise risk: ${finding}` }).click();
    const panel = page.getByRole('dialog', { name: 'New risk' });
    const title = `Gap in ${asset.title}: ${finding.replace(/\.$/, '')}`;
    const titleBox = panel.getByRole('textbox', { name: 'Title' });
    await titleBox.waitFor();
    assert.equal(await titleBox.inputValue(), title);
    assert.match(await panel.getByTestId('score-preview').innerText(), /Inherent 16 \(Critical\)/);
    await panel.getByRole('button', { name: 'Save' }).click();
    await section.getByText(/Risk #\d+ raised/).waitFor();
    const raised = (await repositories.risks.page({ top: 5, orderBy: [{ field: 'id', ascending: false }] })).items.find((r) => r.title === title);
    assert.ok(raised, 'the risk is stored');
    assert.equal(raised.relatedAsset?.id, asset.id);
    assert.equal(raised.category, 'Information security');
    assert.equal(raised.riskOwner?.id, asset.owner?.id, 'the assessed record\'s owner owns the risk raised from it');
    const assessments = await repositories.assessments.page({ top: 10, orderBy: [{ field: 'id', ascending: false }] });
    const stored = assessments.items.find((a) => a.targetId === asset.id && a.targetList === 'dataAssets');
    assert.ok(stored?.findings?.includes(`"riskId":${raised.id}`), 'the finding remembers the risk raised from it');

    // The heat map's likelihood 4 x impact 4 cell lists it.
    await section.getByRole('tab', { name: 'Heat map' }).click();
    await section.getByRole('radio', { name: 'Inherent' }).check({ force: true });
    await section.getByRole('searchbox', { name: 'Search' }).fill(asset.title);
    await section.locator('[data-cell="4-4"]').click();
    assert.ok((await section.getByTestId('heat-cell-risks').innerText()).includes(title), 'the cell lists the raised risk');

    // Accept it above appetite as a lead, until a date of her choosing.
    await section.getByRole('tab', { name: 'Register' }).click();
    await section.getByRole('searchbox', { name: 'Search' }).fill(title);
    await section.getByRole('button', { name: `Accept… ${title}` }).click();
    const dialog = page.getByRole('alertdialog', { name: `Accept risk: ${title}` });
    await dialog.getByText('Current score 16 is above the appetite (9)', { exact: false }).waitFor();
    // The expiry defaults to six months ahead; the lead keeps it.
    const expiry = addUtcMonths(new Date(), 6).toISOString().slice(0, 10);
    await fillSteadily(dialog.getByRole('textbox', { name: 'Reason for accepting' }), 'Access review tooling arrives next quarter.');
    await dialog.getByRole('button', { name: 'Accept risk', exact: true }).click();
    await section.getByText(/^Risk accepted until .+\.$/).waitFor();
    await section.getByText(/^Accepted until /).first().waitFor();

    const decisions = await repositories.riskAcceptances.page({ top: 500 });
    const decision = decisions.items.find((d) => d.risk.id === raised.id);
    const lead = harness.workbench.emulator.store.getUserByLogin(LEAD);
    assert.equal(decision?.author?.id, lead?.Id, 'the decision is authored by the lead');
    assert.equal(decision?.acceptedScore, 16);
    assert.equal(decision?.expiresOn.slice(0, 10), expiry);
    assert.equal(decision?.comment, 'Access review tooling arrives next quarter.');
    const acceptedRisk = await repositories.risks.getById(raised.id);
    assert.equal(acceptedRisk.status, 'Accepted');
    assert.equal(acceptedRisk.acceptedUntil?.slice(0, 10), expiry);
    assert.deepEqual(errors, []);
  });

  it('tells a focal point that only a governance lead can accept a risk above appetite', async () => {
    const risk = await repositories.risks.create({ title: 'Biometric enrolment kit without encryption at rest', likelihood: 5, impact: 4, inherentScore: 20, riskLevel: 'Critical', status: 'Open' }, { includeComputed: true });
    const { page, errors, section } = await openRegister(harness, FOCAL_POINT);
    await section.getByText('Only members of the "Governance Leads" group can accept risks above the appetite.').waitFor();
    await section.getByRole('tab', { name: 'Register' }).click();
    await section.getByRole('searchbox', { name: 'Search' }).fill(risk.title);
    // Refused up front: the action is disabled, with the reason beside it (and as its description).
    const accept = section.getByRole('button', { name: `Accept… ${risk.title}` });
    // The whole page (every web part) loads at once: on a busy CI machine the register's rows can take a while.
    await accept.waitFor({ timeout: 60000 });
    assert.equal(await accept.getAttribute('aria-disabled'), 'true');
    const reason = 'This risk scores 20, above the appetite of 9: only a governance lead can accept it.';
    await section.getByText(reason).waitFor();
    assert.equal(await accept.getAttribute('aria-describedby') !== null, true);
    assert.equal(await page.getByRole('alertdialog').count(), 0);
    assert.deepEqual(errors, []);
  });

  it('does not let a lead accept a risk she owns: "Accept…" is disabled with the reason', async () => {
    const lead = harness.workbench.emulator.store.getUserByLogin(LEAD)!;
    const risk = await repositories.risks.create({ title: 'Lead-owned retention gap', likelihood: 2, impact: 2, inherentScore: 4, riskLevel: 'Low', status: 'Open', riskOwner: { id: lead.Id, title: lead.Title, email: lead.Email } }, { includeComputed: true });
    const { errors, section } = await openRegister(harness, LEAD);
    await section.getByRole('tab', { name: 'Register' }).click();
    await section.getByRole('searchbox', { name: 'Search' }).fill(risk.title);
    const accept = section.getByRole('button', { name: `Accept… ${risk.title}` });
    await accept.waitFor();
    assert.equal(await accept.getAttribute('aria-disabled'), 'true');
    await section.getByText('You own this risk, so you cannot accept it: someone else must decide.').waitFor();
    assert.deepEqual(errors, []);
  });
});
