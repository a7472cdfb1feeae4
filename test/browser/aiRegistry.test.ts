import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { DEMO_USERS } from '../../workbench/seed/demoUsers';
import { startBrowserHarness, type BrowserHarness } from './support/browserHarness';

const STAFF = DEMO_USERS.find((u) => u.role === 'staff')!;
const [HELENA, TOMAS] = DEMO_USERS.filter((u) => u.role === 'lead');
const SYSTEM = 'Migration risk assessment tool';

/** The AI Registry web part's region on the workbench page. */
function registry(page: Page): Locator {
  return page.getByRole('region', { name: 'AI Registry' });
}

async function openPage(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await registry(page).getByRole('grid', { name: 'AI systems' }).getByRole('row').nth(1).waitFor();
}

async function openDetails(page: Page, title: string): Promise<Locator> {
  await registry(page).getByRole('searchbox', { name: 'Search AI system titles' }).fill(title);
  // Wait for the search's own result (one row) so the click never lands on a row of the previous page.
  await registry(page).getByText(/^1 AI systems shown\./).waitFor();
  await page.getByRole('button', { name: `Open details of ${title}`, exact: true }).click();
  const panel = page.getByRole('dialog', { name: title });
  await panel.getByRole('heading', { name: 'Verification' }).waitFor();
  return panel;
}

/** Registers a system and runs the wizard for a migration risk-assessment tool (Annex III 7(b), profiling, public body). */
async function registerAndClassify(page: Page, title: string): Promise<Locator> {
  await registry(page).getByRole('button', { name: 'Register AI system' }).click();
  const form = page.getByRole('dialog', { name: 'Register an AI system' });
  await form.getByRole('textbox', { name: 'Title' }).fill(title);
  await form.getByRole('button', { name: 'Save' }).click();
  await form.waitFor({ state: 'detached' });
  const details = page.getByRole('dialog', { name: title });
  await details.getByRole('button', { name: 'Classify with the wizard' }).click();

  const wizard = page.getByRole('dialog', { name: `Classify ${title}` });
  const next = (): Promise<void> => wizard.getByRole('button', { name: 'Next' }).click();
  await wizard.getByRole('heading', { name: 'Your role' }).waitFor();
  await next(); // role: deployer
  await next(); // no prohibited practice
  await next(); // not a product safety component
  await next(); // no other sensitive use
  await wizard.getByRole('heading', { name: 'Migration, asylum and border management' }).waitFor();
  assert.match(await wizard.innerText(), /flags arriving travellers as likely irregular migrants/, 'the 7(b) example is shown');
  await wizard.getByRole('checkbox', { name: /Annex III 7\(b\)/ }).check({ force: true });
  await next();
  await next(); // no limited-role exception
  await wizard.getByRole('radio', { name: 'Yes' }).check({ force: true }); // profiles people
  await next();
  await next(); // no transparency trigger
  await next(); // no general-purpose model
  await wizard.getByRole('radio', { name: 'Yes' }).check({ force: true }); // public service
  await wizard.getByRole('button', { name: 'See the result' }).click();
  return wizard;
}

describe('AI Registry in the workbench (headless Chromium)', () => {
  let harness: BrowserHarness;

  before(async () => {
    harness = await startBrowserHarness(150);
  });
  after(async () => {
    await harness?.close();
  });

  it('lists the seeded register with unverified high-risk systems first', async () => {
    const { page, context, errors } = await harness.signedIn(STAFF.loginName);
    await openPage(page, harness.workbench.pageUrl);
    const rows = await registry(page).getByRole('grid', { name: 'AI systems' }).getByRole('row').allInnerTexts();
    assert.ok(rows.length > 20, `a page of systems, saw ${rows.length}`);
    assert.match(rows[1], /Prohibited|High risk/);
    assert.match(rows[1], /Unverified|Returned/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  for (const [width, height] of [[390, 700], [1400, 700]]) {
    it(`the wizard's Back/Next footer sits below a long step's list, which scrolls (${width} px)`, async () => {
      const { page, context, errors } = await harness.signedIn(STAFF.loginName);
      await page.setViewportSize({ width, height });
      await page.goto(harness.workbench.pageUrl);
      const title = `Footer layout ${width}`;
      await registry(page).getByRole('button', { name: 'Register AI system' }).click();
      const form = page.getByRole('dialog', { name: 'Register an AI system' });
      await form.getByRole('textbox', { name: 'Title' }).fill(title);
      await form.getByRole('button', { name: 'Save' }).click();
      await form.waitFor({ state: 'detached' });
      await page.getByRole('dialog', { name: title }).getByRole('button', { name: 'Classify with the wizard' }).click();
      const wizard = page.getByRole('dialog', { name: `Classify ${title}` });
      await wizard.getByRole('heading', { name: 'Your role' }).waitFor();
      for (let i = 0; i < 4; i++) await wizard.getByRole('button', { name: 'Next' }).click();
      await wizard.getByRole('heading', { name: 'Migration, asylum and border management' }).waitFor();
      const footerTop = (await wizard.getByRole('button', { name: 'Back' }).boundingBox())!.y;
      for (const checkbox of await wizard.getByRole('checkbox').all()) {
        await checkbox.scrollIntoViewIfNeeded();
        const box = (await checkbox.locator('xpath=ancestor::*[contains(@class,"ms-Checkbox")][1]').boundingBox())!;
        assert.ok(box.y + box.height <= footerTop, `each checkbox scrolls into view above the footer (${box.y + box.height} > ${footerTop})`);
      }
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  it('staff classify a migration risk-assessment tool as high risk under Annex III 7(b); a lead verifies; a changed answer resets it', async () => {
    const staff = await harness.signedIn(STAFF.loginName);
    await openPage(staff.page, harness.workbench.pageUrl);
    const wizard = await registerAndClassify(staff.page, SYSTEM);
    const tier = wizard.getByTestId('wizard-tier');
    await tier.waitFor();
    assert.match(await tier.innerText(), /Risk tier: High risk/);
    const result = await wizard.innerText();
    assert.match(result, /Annex III 7\(b\): Assessing a security, irregular-migration or health risk/);
    assert.match(result, /Carry out a fundamental-rights impact assessment before first use \(Art\. 27\)/);
    assert.match(result, /may not legally bind an international organisation/);
    await wizard.getByRole('button', { name: 'Save classification' }).click();
    await wizard.getByText('Choose whether the Act is legally applicable or followed voluntarily.').waitFor();
    await wizard.getByRole('radio', { name: 'Voluntary alignment' }).check({ force: true });
    await wizard.getByRole('button', { name: 'Save classification' }).click();
    await wizard.waitFor({ state: 'detached' });
    let details = staff.page.getByRole('dialog', { name: SYSTEM });
    assert.equal(await details.getByTestId('details-tier').innerText(), 'High risk');
    assert.match(await details.getByTestId('verification-state').innerText(), /Not verified yet/);

    const lead = await harness.signedIn(HELENA.loginName);
    await openPage(lead.page, harness.workbench.pageUrl);
    const leadDetails = await openDetails(lead.page, SYSTEM);
    await leadDetails.getByRole('button', { name: 'Verify classification' }).click();
    await leadDetails.getByText(`Verified by ${HELENA.title} on`).waitFor();
    await lead.context.close();

    // The submitter reviews the answers and adds 7(c): the earlier verification no longer counts.
    await staff.page.reload();
    await openPage(staff.page, harness.workbench.pageUrl);
    details = await openDetails(staff.page, SYSTEM);
    assert.ok((await details.getByTestId('verification-state').innerText()).startsWith(`Verified by ${HELENA.title}`));
    await details.getByRole('button', { name: 'Review the classification answers' }).click();
    const review = staff.page.getByRole('dialog', { name: `Classify ${SYSTEM}` });
    for (let i = 0; i < 4; i++) await review.getByRole('button', { name: 'Next' }).click();
    await review.getByRole('checkbox', { name: /Annex III 7\(c\)/ }).check({ force: true });
    for (let i = 0; i < 6; i++) await review.getByRole('button', { name: /Next|See the result/ }).click();
    await review.getByText('Saving changed answers resets the verification').waitFor();
    await review.getByRole('button', { name: 'Save classification' }).click();
    await review.waitFor({ state: 'detached' });
    details = staff.page.getByRole('dialog', { name: SYSTEM });
    assert.match(await details.getByTestId('verification-state').innerText(), /Not verified yet/);
    assert.ok((await details.innerText()).includes(`${HELENA.title} verified earlier answers; the answers have changed since`));
    assert.match(await details.innerText(), /Annex III 7\(c\)/);
    assert.deepEqual(staff.errors, []);

    // The register export contains it, with its grounds.
    await details.getByRole('button', { name: 'Close' }).click();
    await registry(staff.page).getByRole('searchbox', { name: 'Search AI system titles' }).fill('');
    const [download] = await Promise.all([staff.page.waitForEvent('download'), registry(staff.page).getByRole('button', { name: 'Export register (CSV)' }).click()]);
    const csv = readFileSync(await download.path(), 'utf8');
    const line = csv.split('\r\n').find((l) => l.includes(SYSTEM)) ?? '';
    assert.ok(line.includes('High risk,Annex III 7(b); Annex III 7(c),'), line);
    await staff.context.close();
  });

  it('a lead who submitted a classification cannot verify it, and is told why', async () => {
    const { page, context } = await harness.signedIn(TOMAS.loginName);
    await openPage(page, harness.workbench.pageUrl);
    const wizard = await registerAndClassify(page, 'Border crossing risk flags');
    await wizard.getByRole('radio', { name: 'Legally applicable' }).check({ force: true });
    await wizard.getByRole('button', { name: 'Save classification' }).click();
    await wizard.waitFor({ state: 'detached' });
    const details = page.getByRole('dialog', { name: 'Border crossing risk flags' });
    await details.getByTestId('verification-refusal').waitFor();
    assert.match(await details.getByTestId('verification-refusal').innerText(), /You submitted this classification, so you cannot verify it/);
    assert.equal(await details.getByRole('button', { name: 'Verify classification' }).count(), 0);
    await context.close();
  });
});
