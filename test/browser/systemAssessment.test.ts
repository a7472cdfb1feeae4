/**
 * The information-system assessment in the workbench with headless Chromium (issue 18, part 4): a governance lead
 * opens the seeded run of the migration management information system, adds a stakeholder requirement by keyboard
 * (after a refused empty one), and exports the report, whose requirements sheet holds the new requirement; axe finds
 * no serious issue in the report's print view in light, dark and high contrast.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import readXlsxFile from 'read-excel-file/universal';
import { SEEDED_SYSTEM_TITLE } from '../../workbench/seed/seedSystemAssessment';
import { describeFindings, seriousFindings } from './support/axe';
import { LEAD, chooseWithKeyboard, fillSteadily, startBrowserHarness, type BrowserHarness } from './support/browserHarness';

describe('Information-system assessment in the workbench (headless Chromium)', () => {
  let harness: BrowserHarness;

  before(async () => {
    harness = await startBrowserHarness(100);
  });

  after(async () => {
    await harness?.close();
  });

  it('a lead adds a stakeholder requirement to the seeded run and exports the report', async () => {
    const { page, errors } = await harness.signedIn(LEAD);
    await page.goto(harness.workbench.pageUrl);
    const section = page.getByRole('region', { name: 'Risk register', exact: true });
    await section.getByRole('tab', { name: 'Assessments' }).click();
    // Information systems only: the newest of them, by the indexed AssetType, the seeded system among them.
    const systemsOnly = section.getByRole('checkbox', { name: 'Information systems only' });
    await systemsOnly.focus();
    await page.keyboard.press('Space');
    assert.equal(await systemsOnly.isChecked(), true);
    await section.getByRole('button', { name: 'Find the record' }).click();
    const results = section.getByRole('region', { name: 'Matching records' });
    await results.getByRole('button', { name: SEEDED_SYSTEM_TITLE, exact: true }).waitFor();
    const types = (await results.getByRole('listitem').allInnerTexts()).map((t) => t.slice(t.lastIndexOf('(')));
    assert.ok(types.length > 0 && types.every((t) => t === '(Information system)'), types.join(', '));
    await section.getByRole('searchbox', { name: 'Find the record' }).fill('Migration management');
    await section.getByRole('button', { name: 'Find the record' }).click();
    await results.getByRole('button', { name: SEEDED_SYSTEM_TITLE, exact: true }).click();
    await section.getByTestId('assessment-history').getByRole('button', { name: 'Open' }).first().click();

    const part = section.getByTestId('stakeholder-requirements');
    await part.locator('tr[data-requirement]').nth(3).waitFor();
    assert.equal(await part.locator('tr[data-requirement]').count(), 4);

    await part.getByRole('button', { name: 'Add requirement' }).click();
    const form = part.getByRole('form', { name: 'Add requirement' });
    await form.getByRole('button', { name: 'Save requirement' }).click();
    await form.getByText('Enter the need, in the stakeholder\'s words.').waitFor();
    await form.getByText('Enter the institution that stated the need.').waitFor();

    await fillSteadily(form.getByRole('textbox', { name: 'Need' }), 'Case records in Arabic and French');
    await fillSteadily(form.getByRole('textbox', { name: 'Stakeholder institution' }), 'Regional migration observatory');
    await chooseWithKeyboard(form.getByRole('combobox', { name: 'Priority' }), 'Must');
    await fillSteadily(form.getByRole('textbox', { name: 'Source' }), '=SUM(A1)');
    await chooseWithKeyboard(form.getByRole('combobox', { name: /^Section it answers/ }), 'Database');
    await form.getByRole('button', { name: 'Save requirement' }).press('Enter');
    await part.getByText('Requirement saved.').waitFor();
    await part.locator('tr[data-requirement]').nth(4).waitFor();

    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), section.getByRole('button', { name: 'Export report' }).click()]);
    assert.match(download.suggestedFilename(), /^information-system-report-.*\.xlsx$/);
    const sheets = await readXlsxFile(new Blob([await readFile((await download.path())!)]));
    assert.deepEqual(sheets.map((s) => s.sheet), ['Summary', 'Findings', 'Stakeholder requirements', 'Terms of reference outline']);
    const requirements = sheets[2].data;
    assert.deepEqual(requirements.find((r) => r[0] === 'Regional migration observatory'), ['Regional migration observatory', 'Case records in Arabic and French', 'Must', '\'=SUM(A1)', 'Database']);
    assert.equal(requirements.length, 6, 'a header, the four seeded requirements and the new one');
    assert.ok(sheets[3].data.some((r) => r[0] === '3.1'), 'the outline has a scope item for a section with gaps');
    const outline = sheets[3].data.map((r) => String(r[1]));
    const database = outline.indexOf('Database');
    const next = outline.findIndex((text, i) => i > database && sheets[3].data[i][0] !== null);
    assert.ok(outline.slice(database, next).includes('Requirement: Case records in Arabic and French (Regional migration observatory; source: =SUM(A1))'), 'listed under the section it answers');

    await section.getByRole('button', { name: 'Print view' }).click();
    const print = page.getByRole('dialog', { name: `Information system assessment report: ${SEEDED_SYSTEM_TITLE}` });
    await print.getByRole('heading', { name: 'Terms of reference outline' }).waitFor();
    // Under its priority, and under the section it answers.
    await print.getByText('Case records in Arabic and French (Regional migration observatory; source: =SUM(A1))', { exact: true }).waitFor();
    await print.getByText('Requirement: Case records in Arabic and French (Regional migration observatory; source: =SUM(A1))', { exact: true }).waitFor();
    const findings = await seriousFindings(print);
    assert.equal(findings.length, 0, describeFindings('report print view, light', findings));
    await print.getByRole('button', { name: 'Close' }).click();
    assert.deepEqual(errors, []);
  });

  for (const theme of ['dark', 'highContrast'] as const) {
    it(`the report's print view has no serious axe finding, ${theme} theme`, async () => {
      const { page } = await harness.signedIn(LEAD);
      await page.goto(`${harness.workbench.pageUrl}?theme=${theme}`);
      const section = page.getByRole('region', { name: 'Risk register', exact: true });
      await section.getByRole('tab', { name: 'Assessments' }).click();
      await section.getByRole('searchbox', { name: 'Find the record' }).fill('Migration management');
      await section.getByRole('button', { name: 'Find the record' }).click();
      await section.getByRole('region', { name: 'Matching records' }).getByRole('button', { name: SEEDED_SYSTEM_TITLE, exact: true }).click();
      await section.getByTestId('assessment-history').getByRole('button', { name: 'Open' }).first().click();
      await section.getByRole('button', { name: 'Print view' }).click();
      const print = page.getByRole('dialog', { name: `Information system assessment report: ${SEEDED_SYSTEM_TITLE}` });
      await print.getByRole('heading', { name: 'Terms of reference outline' }).waitFor();
      const findings = await seriousFindings(print);
      assert.equal(findings.length, 0, describeFindings(`report print view, ${theme}`, findings));
    });
  }
});
