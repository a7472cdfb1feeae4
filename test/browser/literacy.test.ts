/**
 * AI literacy (issue 19, part 4) in the workbench: Sofia Rossi, the one named person who has not acknowledged the
 * seeded pilot briefing (workbench/seed/seedLiteracy.ts), sees the gap in the AI Registry's Literacy column and in the
 * system's Literacy (Art. 4) section, completes it with the keyboard, and the gap closes in both; SharePoint records
 * her as the acknowledgement's Author. A lead's measure with a bad evidence link is refused with the localised message
 * and nothing is written. Axe over the section and the form in the light, dark and high-contrast themes; the section's
 * heading in French.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { createRepositories } from '../../src/data/repositories/createRepositories';
import { createNodeSp } from '../../src/data/sp/createSp';
import { DEMO_USERS } from '../../workbench/seed/demoUsers';
import { LITERACY_PERSONA, NAMED_MEASURE_TITLE } from '../../workbench/seed/seedLiteracy';
import { describeFindings, seriousFindings } from './support/axe';
import { ADMIN, LEAD, fillSteadily, startBrowserHarness, type BrowserHarness } from './support/browserHarness';

const SOFIA = DEMO_USERS.find((u) => u.email === LITERACY_PERSONA)!;

/** The AI Registry web part's region on the workbench page. */
function registry(page: Page, name = 'AI Registry'): Locator {
  return page.getByRole('region', { name, exact: true });
}

/** Searches the register (the web part's region keeps its English name in every language) for `title`, waits for its literacy cell and opens its details. */
async function openSystem(page: Page, url: string, title: string, labels = { region: 'AI Registry', search: 'Search AI system titles', open: 'Open details of' }): Promise<Locator> {
  await page.goto(url);
  const region = registry(page, labels.region);
  await region.getByRole('grid').getByRole('row').nth(1).waitFor({ timeout: 60000 });
  await region.getByRole('searchbox', { name: labels.search }).fill(title);
  const open = page.getByRole('button', { name: `${labels.open} ${title}`, exact: true });
  await open.waitFor();
  await open.click();
  return page.getByRole('dialog', { name: title });
}

describe('AI literacy in the workbench (headless Chromium)', () => {
  let harness: BrowserHarness;
  let systemId: number;
  let systemTitle: string;
  let measureId: number;

  before(async () => {
    harness = await startBrowserHarness(150);
    const admin = createRepositories(createNodeSp(harness.workbench.emulator.siteUrl, { user: ADMIN }));
    const measure = (await admin.literacyMeasures.page({ top: 100 })).items.find((m) => m.title === NAMED_MEASURE_TITLE);
    assert.ok(measure?.coveredSystems?.[0], 'the seed names a system in the pilot briefing');
    measureId = measure.id;
    systemId = measure.coveredSystems[0].id;
    systemTitle = (await admin.aiSystems.getById(systemId)).title;
  });

  after(async () => {
    await harness?.close();
  });

  it('the one named person who has not acknowledged sees the gap, completes the measure with the keyboard, and the gap closes', async () => {
    const { page, errors } = await harness.signedIn(SOFIA.loginName);
    const panel = await openSystem(page, harness.workbench.pageUrl, systemTitle);
    const cell = page.getByTestId(`literacy-cell-${systemId}`);
    await cell.waitFor();
    assert.match((await cell.innerText()).trim(), /^75%\s*Gap$/, 'three of four named people, with a gap');

    const section = panel.getByRole('region', { name: 'Literacy (Art. 4)' });
    await section.getByTestId('literacy-coverage').waitFor({ timeout: 30000 });
    assert.match(await section.getByTestId('literacy-coverage').innerText(), /Literacy coverage: 75%\s+3 of 4 named people have acknowledged a current measure\./);
    assert.equal(await section.getByTestId('literacy-gaps').getByRole('listitem').innerText(), '1 of 4 named people have not acknowledged: Sofia Rossi.');

    const complete = section.getByRole('button', { name: `I have completed ${NAMED_MEASURE_TITLE}` });
    await complete.focus();
    await complete.press('Enter');
    await section.getByText(`Your completion of "${NAMED_MEASURE_TITLE}" is recorded.`).waitFor();
    await section.getByTestId('literacy-no-gap').waitFor();
    assert.match(await section.getByTestId('literacy-coverage').innerText(), /Literacy coverage: 100%\s+4 of 4 named people have acknowledged a current measure\./);
    assert.equal(await section.getByTestId('literacy-gaps').count(), 0);
    await section.getByText('You have completed this').waitFor();
    assert.equal(await complete.count(), 0, 'nothing left to complete');
    // The register's column reloads after the write.
    await page.waitForFunction((id) => document.querySelector(`[data-testid="literacy-cell-${id}"]`)?.textContent?.trim() === '100%', systemId);

    const admin = createRepositories(createNodeSp(harness.workbench.emulator.siteUrl, { user: ADMIN }));
    const acks = (await admin.literacyAcknowledgements.page({ top: 100 })).items.filter((a) => a.measure?.id === measureId);
    const hers = acks.filter((a) => a.person?.email === LITERACY_PERSONA);
    assert.equal(hers.length, 1);
    assert.equal(hers[0].author?.title, 'Sofia Rossi', 'SharePoint recorded her as the Author');
    assert.deepEqual(acks.map((a) => a.author?.title).sort(), ['Fatima Rahman', 'Jonas Weber', 'Mei Chen', 'Sofia Rossi'], 'every acknowledgement authored by the person it names');
    assert.deepEqual(errors, []);
  });

  it('a lead\'s measure with a bad evidence link is refused with the localised message and nothing is written', async () => {
    const admin = createRepositories(createNodeSp(harness.workbench.emulator.siteUrl, { user: ADMIN }));
    const before = await admin.literacyMeasures.count();
    const { page, errors } = await harness.signedIn(LEAD);
    const panel = await openSystem(page, harness.workbench.pageUrl, systemTitle);
    const section = panel.getByRole('region', { name: 'Literacy (Art. 4)' });
    await section.getByRole('button', { name: 'Add literacy measure' }).click();
    const form = page.getByRole('dialog', { name: 'New literacy measure' });
    await fillSteadily(form.getByRole('textbox', { name: 'Title' }), 'Refresher for pilot users');
    await fillSteadily(form.getByRole('textbox', { name: 'Roles, departments or missions' }), 'Protection');
    await fillSteadily(form.getByRole('textbox', { name: 'Date delivered (YYYY-MM-DD)' }), '2026-01-15');
    await fillSteadily(form.getByRole('textbox', { name: 'Evidence link' }), 'ftp://files.example.org/pilot-refresher.pdf');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.getByText('Correct the fields marked below: nothing was saved.').waitFor();
    await form.getByText('The evidence link must be a web address starting with https:// or http://.').waitFor();
    assert.equal(await admin.literacyMeasures.count(), before, 'nothing written');
    assert.deepEqual(errors, []);
  });

  for (const theme of ['light', 'dark', 'highContrast'] as const) {
    it(`axe finds nothing serious in the Literacy section and the measure form (${theme} theme)`, async () => {
      const { page, errors, context } = await harness.signedIn(LEAD);
      const panel = await openSystem(page, `${harness.workbench.pageUrl}?theme=${theme}`, systemTitle);
      const section = panel.getByRole('region', { name: 'Literacy (Art. 4)' });
      await section.getByTestId('literacy-measures').waitFor({ timeout: 30000 });
      const inSection = await seriousFindings(section);
      await section.getByRole('button', { name: 'Add literacy measure' }).click();
      const form = page.getByRole('dialog', { name: 'New literacy measure' });
      await form.getByRole('textbox', { name: 'Title' }).waitFor();
      await form.getByRole('button', { name: 'Save' }).click();
      await form.getByText('Give the measure a title.').waitFor();
      const inForm = await seriousFindings(form);
      assert.equal(inSection.length + inForm.length, 0, `${describeFindings(`${theme} / literacy section`, inSection)}\n${describeFindings(`${theme} / measure form`, inForm)}`);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  it('shows the section heading in French under ?lang=fr-fr', async () => {
    const { page, errors } = await harness.signedIn(SOFIA.loginName);
    const panel = await openSystem(page, `${harness.workbench.pageUrl}?lang=fr-fr`, systemTitle,
      { region: 'AI Registry', search: 'Rechercher dans les titres des systèmes d\'IA', open: 'Ouvrir le détail de' });
    await panel.getByRole('heading', { name: 'Maîtrise de l\'IA (art. 4)' }).waitFor({ timeout: 30000 });
    await panel.getByRole('region', { name: 'Maîtrise de l\'IA (art. 4)' }).getByTestId('literacy-coverage').waitFor();
    assert.deepEqual(errors, []);
  });
});
