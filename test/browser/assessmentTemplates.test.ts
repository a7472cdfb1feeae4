/**
 * Assessment templates in the Risk Register (issue 18, part 1), in the workbench with headless Chromium: a governance
 * lead opens version 2 of the data protection check, changes a question's French text, publishes it, and an
 * assessment started under ?lang=fr-fr asks the new text on version 2 (the lead also moves a question down by
 * keyboard, and version 2 keeps that order); axe over the editor in light, dark and high
 * contrast.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { fromTemplateRecord } from '../../src/core/assessments/templateModel';
import { createRepositories } from '../../src/data/repositories/createRepositories';
import { createNodeSp } from '../../src/data/sp/createSp';
import { describeFindings, seriousFindings } from './support/axe';
import { ADMIN, LEAD, startBrowserHarness, type BrowserHarness } from './support/browserHarness';

const EDITOR = 'Draft of "Data protection check (records of processing)", version 2';
const NEW_FRENCH = 'Le traitement figure au registre des activités de traitement, avec sa finalité et sa durée de conservation.';

async function openTab(harness: BrowserHarness, page: Page, query: string, register: string, tab: string): Promise<Locator> {
  await page.goto(`${harness.workbench.pageUrl}${query}`);
  const section = page.getByRole('region', { name: register, exact: true });
  await section.getByRole('tab', { name: tab }).click();
  return section;
}

describe('Assessment templates in the workbench (headless Chromium)', () => {
  let harness: BrowserHarness;
  let repositories: ReturnType<typeof createRepositories>;

  before(async () => {
    harness = await startBrowserHarness(200);
    repositories = createRepositories(createNodeSp(harness.workbench.emulator.siteUrl, { user: ADMIN }));
  });

  after(async () => {
    await harness?.close();
  });

  it('a lead edits a question in French, publishes version 2, and a French assessment asks the new text', async () => {
    const { page, errors } = await harness.signedIn(LEAD);
    let section = await openTab(harness, page, '?theme=light', 'Risk register', 'Templates');
    const row = section.locator('tr[data-template="data-protection@1"]');
    await row.getByRole('button', { name: /^New version:/ }).click();

    const editor = page.getByRole('dialog', { name: EDITOR });
    await editor.getByTestId('template-editor').waitFor();
    const findings = await seriousFindings(editor);
    assert.equal(findings.length, 0, describeFindings('template editor, light', findings));

    await editor.getByRole('radio', { name: 'French' }).check({ force: true });
    const firstText = editor.getByRole('textbox', { name: 'Question text (French)' }).first();
    assert.equal(await firstText.inputValue(), 'Le traitement est inscrit au registre des activités de traitement (finalité, catégories, destinataires).');
    await firstText.fill(NEW_FRENCH);
    // The English stays as the reference under the French field.
    await editor.getByText('English: The processing is recorded in the records of processing (purpose, categories, recipients).').first().waitFor();

    // Keyboard reordering: the first question moves below the second and keeps the focus, to be moved again.
    const firstSection = editor.locator('fieldset[data-section]').first();
    const questionIds = (): Promise<(string | null)[]> => firstSection.locator('fieldset[data-question]').evaluateAll((els) => els.map((el) => el.getAttribute('data-question')));
    const idsBefore = await questionIds();
    await firstSection.getByRole('button', { name: 'Move question 1 down' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-move') === 'question:0:1:down');
    assert.deepEqual(await questionIds(), [idsBefore[1], idsBefore[0], ...idsBefore.slice(2)]);

    // An unknown framework control is refused beside its field, in the user's language, and nothing is saved.
    const refs = editor.getByRole('textbox', { name: 'Framework controls (one per line)' }).first();
    await refs.fill('euAiAct:Art. 999');
    await editor.getByRole('button', { name: 'Save draft' }).click();
    await editor.getByText('"euAiAct:Art. 999" is not a control of the framework crosswalk.').first().waitFor();
    await refs.fill('');
    await editor.getByRole('button', { name: 'Save draft' }).click();
    await editor.getByText('Draft saved.').waitFor();
    await page.getByRole('button', { name: 'Publish as version 2', exact: true }).click();
    await section.getByText('Version 2 of "Data protection check (records of processing)" is published.').waitFor();
    // The list reloads after the publish: version 2's row then says Published.
    await section.locator('tr[data-template="data-protection@2"]').getByText('Published', { exact: true }).waitFor();

    const stored = (await repositories.assessmentTemplates.page({ top: 20 })).items.filter((t) => t.templateKey === 'data-protection');
    assert.deepEqual(stored.map((t) => [t.templateVersion, t.state]).sort(), [[1, 'Published'], [2, 'Published']]);
    const version2 = stored.find((t) => t.templateVersion === 2)!;
    assert.ok(version2.body?.includes(NEW_FRENCH));
    assert.deepEqual(fromTemplateRecord(version2).body.sections[0].questions.map((q) => q.id), [idsBefore[1], idsBefore[0], ...idsBefore.slice(2)], 'the new order is published');
    assert.ok(!stored.find((t) => t.templateVersion === 1)?.body?.includes(NEW_FRENCH), 'version 1 is unchanged');

    // In French, a new assessment of a dataset starts on version 2 and asks the new text.
    const asset = (await repositories.dataAssets.page({ top: 50, orderBy: [{ field: 'id', ascending: true }] })).items.find((a) => a.containsPersonalData)!;
    section = await openTab(harness, page, '?lang=fr-fr', 'Registre des risques', 'Évaluations');
    await section.getByRole('searchbox', { name: 'Trouver la fiche' }).fill(asset.title);
    await section.getByRole('button', { name: 'Trouver la fiche' }).click();
    await section.getByRole('region', { name: 'Fiches correspondantes' }).getByRole('button', { name: asset.title, exact: true }).first().click();
    await section.getByRole('button', { name: 'Commencer' }).click();
    const form = section.getByRole('form', { name: 'Contrôle de protection des données (registre des traitements)' });
    await form.getByText(NEW_FRENCH).waitFor();
    assert.equal(await form.getByTestId('template-version').innerText(), 'Version 2 du modèle');
    assert.deepEqual(errors, []);
  });

  for (const theme of ['dark', 'highContrast'] as const) {
    it(`the template editor has no serious axe finding, ${theme} theme`, async () => {
      const { page } = await harness.signedIn(LEAD);
      const section = await openTab(harness, page, `?theme=${theme}`, 'Risk register', 'Templates');
      // The dark run opens the draft; the high contrast run finds it open and edits it.
      await section.getByRole('button', { name: /^(New version|Edit draft): Mission data governance baseline$/ }).click();
      const editor = page.getByRole('dialog', { name: 'Draft of "Mission data governance baseline", version 2' });
      await editor.getByTestId('template-editor').waitFor();
      // With a publishing problem showing, so the messages are checked too.
      await editor.getByRole('textbox', { name: 'Question text (English)' }).first().fill('');
      await page.getByRole('button', { name: 'Publish as version 2', exact: true }).click();
      await editor.getByTestId('template-issues').waitFor();
      const findings = await seriousFindings(editor);
      assert.equal(findings.length, 0, describeFindings(`template editor, ${theme}`, findings));
      await editor.getByRole('button', { name: 'Cancel' }).click();
    });
  }
});
