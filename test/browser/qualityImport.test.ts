/**
 * Issue 18 part 5 in the screens: a lead imports a file of measured data-quality scores from the Data Inventory's
 * toolbar (headless Chromium over the workbench): the preview names the bad rows, the run writes the good ones
 * (checked in Node), the report downloads, the focus returns to the toolbar button, and the same file again has
 * nothing to write. Axe finds no serious issue in the panel.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { measurementsOf } from '../../src/data/quality/qualityStore';
import { createRepositories, type Repositories } from '../../src/data/repositories/createRepositories';
import { createNodeSp } from '../../src/data/sp/createSp';
import { describeFindings, seriousFindings } from './support/axe';
import { LEAD, startBrowserHarness, type BrowserHarness } from './support/browserHarness';

const day = (n: number): string => new Date(Date.now() - n * 86400000).toISOString().slice(0, 10);

describe('Quality measurements import in the workbench (headless Chromium)', () => {
  let harness: BrowserHarness;
  let repos: Repositories;

  before(async () => {
    harness = await startBrowserHarness(200);
    repos = createRepositories(createNodeSp(harness.workbench.emulator.siteUrl, { user: LEAD }));
  });

  after(async () => {
    await harness?.close();
  });

  it('a lead imports a file: bad rows named, good rows written once, the report downloaded, a re-run has nothing to write', async () => {
    const ids = (await repos.dataAssets.page({ top: 3, select: ['title'] })).items.map((a) => a.id);
    assert.equal(ids.length, 3);
    const before = await Promise.all(ids.map((id) => measurementsOf(repos, id)));
    const lines = [
      'Record;Dimension;Score;Measured on;Source;Note',
      `${ids[0]};Completeness;81,5;${day(3)};Browser import;`,
      `${ids[1]};validity;64;${day(3)};Browser import;=SUM(A1)`,
      `${ids[2]};Accuracy;99;${day(2)};Browser import;`,
      `NO-SUCH-RECORD;Accuracy;50;${day(2)};Browser import;`,
      `${ids[0]};Timeliness;150;${day(2)};Browser import;`
    ];
    const file = { name: 'quality.csv', mimeType: 'text/csv', buffer: Buffer.from(`\ufeff${lines.join('\r\n')}`, 'utf8') };

    const { page, errors, context } = await harness.signedIn(LEAD);
    await page.goto(harness.workbench.pageUrl);
    const opener = page.getByRole('button', { name: 'Import quality measurements' });
    await opener.click();
    const panel = page.getByRole('dialog', { name: 'Import data quality measurements' });
    await panel.getByLabel('Spreadsheet to import').setInputFiles(file);
    await panel.getByRole('heading', { name: 'Step 2 of 5: match the columns' }).waitFor({ timeout: 60000 });
    await panel.getByRole('button', { name: 'Next' }).click();
    await panel.getByRole('heading', { name: 'Step 3 of 5: check the rows' }).waitFor({ timeout: 60000 });
    await panel.getByText('5 rows: 3 to write, 0 already recorded, 2 with problems.').waitFor();
    const problems = panel.getByRole('table', { name: 'Problems to fix in the file' });
    await problems.getByText('No inventory record has the External ID or ID "NO-SUCH-RECORD".').waitFor();
    await problems.getByText('Enter a score from 0 to 100.').waitFor();
    const findings = await seriousFindings(panel);
    assert.equal(findings.length, 0, describeFindings('quality import preview', findings));

    await panel.getByRole('button', { name: 'Import 3 measurements' }).click();
    await panel.getByRole('heading', { name: 'Step 5 of 5: report' }).waitFor({ timeout: 60000 });
    await panel.getByText('Written: 3. Already recorded: 0. With problems: 2. Failed: 0. Not written (stopped): 0.').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Download the report (CSV)' }).click()]);
    const report = readFileSync((await download.path())!, 'utf8').replace(/^\ufeff/, '').split('\r\n');
    assert.equal(report[0], 'Row,Record,Outcome,Problem');
    assert.equal(report[1], `2,${ids[0]},Written,`);
    assert.match(report[4], /^5,NO-SUCH-RECORD,Not imported: problems in the row,"No inventory record has the External ID or ID ""NO-SUCH-RECORD""\."$/);

    const after1 = await Promise.all(ids.map((id) => measurementsOf(repos, id)));
    assert.deepEqual(after1.map((m, i) => m.length - before[i].length), [1, 1, 1], 'one measurement per good row');
    const validity = after1[1].find((m) => m.source === 'Browser import') ?? assert.fail('the imported validity');
    assert.deepEqual([validity.dimension, validity.score, validity.note], ['Validity', 64, '=SUM(A1)']);

    await panel.getByRole('button', { name: 'Close', exact: true }).first().click();
    await panel.waitFor({ state: 'detached' });
    assert.equal(await opener.evaluate((el) => el === document.activeElement), true, 'the focus is back on the toolbar button');

    // The same file again: everything is already recorded, nothing to write.
    await opener.click();
    await panel.getByLabel('Spreadsheet to import').setInputFiles(file);
    await panel.getByRole('button', { name: 'Next' }).click();
    await panel.getByText('5 rows: 0 to write, 3 already recorded, 2 with problems.').waitFor({ timeout: 60000 });
    assert.equal(await panel.getByRole('button', { name: 'Import 0 measurements' }).isDisabled(), true);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
