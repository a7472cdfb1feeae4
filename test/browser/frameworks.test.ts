/**
 * The framework crosswalk in the AI Registry (issue 18, part 3), in the workbench: a lead opens a seeded system with
 * evidence, sees its coverage per framework, is refused a non-http link, adds evidence and sees the coverage change,
 * then downloads the ISO/IEC 42001 comparison with the system's coverage as a workbook.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import readXlsxFile from 'read-excel-file/universal';
import type { Locator, Page } from 'playwright-core';
import { createRepositories } from '../../src/data/repositories/createRepositories';
import { createNodeSp } from '../../src/data/sp/createSp';
import { LEAD, startBrowserHarness, type BrowserHarness, downloadFromMenu } from './support/browserHarness';

function registry(page: Page): Locator {
  return page.getByRole('region', { name: 'AI Registry' });
}

/** The coverage table's row of a framework, its cells as text. */
async function frameworkRow(section: Locator, framework: string): Promise<string[]> {
  const row = section.getByRole('table', { name: /^Framework coverage of / }).getByRole('row').filter({ has: section.page().getByRole('rowheader', { name: framework, exact: true }) });
  return (await row.getByRole('cell').allInnerTexts()).map((t) => t.trim());
}

describe('Framework crosswalk in the AI Registry (headless Chromium)', () => {
  let harness: BrowserHarness;
  let title: string;

  before(async () => {
    harness = await startBrowserHarness(150);
    // A system the seed gave evidence for (its fundamental-rights assessment among others).
    const repos = createRepositories(createNodeSp(harness.workbench.emulator.siteUrl, { user: LEAD }));
    const evidence = (await repos.controlEvidence.page({ top: 100 })).items.filter((e) => e.controlKey === 'euAiAct:Art. 27' && e.system);
    const system = await repos.aiSystems.getById(evidence[0].system!.id);
    title = system.title;
  });
  after(async () => {
    await harness?.close();
  });

  it('a lead sees a system\'s coverage, adds evidence, sees the coverage change and exports the ISO 42001 comparison', async () => {
    const { page, errors } = await harness.signedIn(LEAD);
    await page.goto(harness.workbench.pageUrl);
    await registry(page).getByRole('grid', { name: 'AI systems' }).getByRole('row').nth(1).waitFor({ timeout: 60000 });
    await registry(page).getByRole('searchbox', { name: 'Search AI system titles' }).fill(title);
    await page.getByRole('button', { name: `Open details of ${title}`, exact: true }).click();
    const panel = page.getByRole('dialog', { name: title });
    const section = panel.getByTestId('framework-coverage');
    await section.getByRole('table', { name: `Framework coverage of ${title}` }).waitFor({ timeout: 60000 });

    // One row per framework with its status, n of m covered and the gaps.
    const headers = await section.getByRole('table', { name: `Framework coverage of ${title}` }).getByRole('columnheader').allInnerTexts();
    assert.deepEqual(headers.map((h) => h.trim()), ['Framework', 'Coverage', 'Controls covered', 'Gaps']);
    const before = await frameworkRow(section, 'EU AI Act');
    assert.equal(before[0], 'Partially covered');
    const [covered, total] = (before[1].match(/^(\d+) of (\d+) covered$/) ?? []).slice(1).map(Number);
    assert.ok(covered >= 3 && total > covered, `EU AI Act: ${before[1]}`);
    const evidenceTable = section.getByRole('table', { name: `Evidence that counts for ${title}` });
    assert.match(await evidenceTable.innerText(), /Fundamental-rights impact assessment/);
    assert.match(await evidenceTable.innerText(), /AI literacy programme: completion records/, 'organisation-wide evidence counts');

    // Art. 26(5) (monitor and report) has no evidence yet: a non-http link is refused, then an https one is recorded.
    await section.getByRole('button', { name: 'Add evidence' }).click();
    await section.getByRole('combobox', { name: 'Control' }).click();
    await page.getByRole('option', { name: /^Art\. 26\(5\) / }).click();
    await section.getByRole('textbox', { name: 'What the evidence is' }).fill('Incident reporting procedure');
    await section.getByRole('textbox', { name: 'Link (https://...)' }).fill('ftp://files.example.org/incidents.pdf');
    await section.getByRole('button', { name: 'Save evidence' }).click();
    await section.getByRole('alert').filter({ hasText: 'Enter a full web address starting with https:// or http://.' }).waitFor();
    await section.getByRole('textbox', { name: 'Link (https://...)' }).fill('https://governance.example.org/evidence/incident-procedure');
    await section.getByRole('button', { name: 'Save evidence' }).click();
    await section.getByText('Evidence recorded.').waitFor();
    await section.getByRole('cell', { name: /Incident reporting procedure/ }).waitFor();
    const after = await frameworkRow(section, 'EU AI Act');
    assert.equal(after[1], `${covered + 1} of ${total} covered`);

    // The comparison from ISO/IEC 42001's side, with this system's coverage, as a workbook.
    await section.getByRole('combobox', { name: 'Rows of the comparison' }).click();
    await page.getByRole('option', { name: 'ISO/IEC 42001 Annex A' }).click();
    const download = await downloadFromMenu(section.getByRole('button', { name: 'Export comparison' }), 'Excel workbook (.xlsx)');
    assert.match(download.suggestedFilename(), /^framework-comparison-.*-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const sheets = await readXlsxFile(new Blob([readFileSync(await download.path())]));
    const rows = sheets[0].data;
    assert.deepEqual(rows[0], ['ISO/IEC 42001 Annex A: Control', 'Title', 'Function or clause', 'Coverage', 'EU AI Act', 'NIST AI RMF 1.0', 'OECD AI Principles']);
    assert.equal(rows.length, 39);
    const incidents = rows.find((r) => r[0] === 'A.8.4')!;
    assert.equal(incidents[3], 'Partially covered', 'Art. 26(5) covers the communication of incidents in part');
    assert.match(String(incidents[4]), /Art\. 26\(5\) \(partial\)/);
    assert.equal(rows.find((r) => r[0] === 'A.2.2')![3], 'Covered', 'the organisation-wide AI policy');
    assert.deepEqual(errors, []);
  });
});
