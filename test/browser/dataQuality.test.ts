/**
 * Issue 18 part 5 in the screens: measured data quality. A lead opens the seeded information system in the Data
 * Inventory, sees its latest measured scores, adds a measurement by keyboard after the form refused an invalid score
 * beside its field, and sees it as the dimension's latest; the Data Health Scorecard shows the "Measured data quality"
 * section with the figures computed in Node from the same lists; axe finds no serious issue in either section.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { qualityByScope } from '../../src/core/quality';
import { eq } from '../../src/data/odata/filter';
import { readAll } from '../../src/data/query/readMatching';
import { allMeasurements, measurementsOf } from '../../src/data/quality/qualityStore';
import { createRepositories, type Repositories } from '../../src/data/repositories/createRepositories';
import { createNodeSp } from '../../src/data/sp/createSp';
import { SEEDED_SYSTEM_TITLE } from '../../workbench/seed/seedSystemAssessment';
import { describeFindings, seriousFindings } from './support/axe';
import { chooseWithKeyboard, LEAD, startBrowserHarness, type BrowserHarness } from './support/browserHarness';

describe('Measured data quality in the workbench (headless Chromium)', () => {
  let harness: BrowserHarness;
  let repos: Repositories;

  before(async () => {
    harness = await startBrowserHarness(200);
    repos = createRepositories(createNodeSp(harness.workbench.emulator.siteUrl, { user: LEAD }));
  });

  after(async () => {
    await harness?.close();
  });

  it('a lead adds a measurement to a seeded record by keyboard after a refused score, and the scorecard shows the section', async () => {
    const system = (await repos.dataAssets.page({ filter: eq('Title', SEEDED_SYSTEM_TITLE), top: 1 })).items[0] ?? assert.fail('the seeded system');
    const seeded = await measurementsOf(repos, system.id);
    assert.ok(seeded.length >= 3, 'the seed measured the system');
    const all = await allMeasurements(repos);
    assert.ok(new Set(all.map((m) => m.asset.id)).size >= 40, 'the seed measured many records');

    const { page, errors, context } = await harness.signedIn(LEAD);
    const url = new URL(harness.workbench.pageUrl);
    url.searchParams.set('asset', String(system.id));
    await page.goto(url.href);
    const section = page.getByRole('dialog', { name: `Details: ${SEEDED_SYSTEM_TITLE}` }).getByRole('region', { name: 'Data quality', exact: true });
    const latest = section.getByRole('table', { name: 'Latest measured score per dimension' });
    await latest.waitFor({ timeout: 60000 });

    const add = section.getByRole('button', { name: 'Add measurement' });
    await add.focus();
    await page.keyboard.press('Enter');
    const form = section.getByRole('form', { name: 'Add a data quality measurement' });
    await chooseWithKeyboard(form.getByRole('combobox', { name: 'Dimension' }), 'Accuracy');
    const score = form.getByRole('textbox', { name: /^Score \(0-100\)/ });
    await score.focus();
    await page.keyboard.type('150');
    await page.keyboard.press('Enter');
    await form.getByText('Enter a score from 0 to 100.').waitFor({ timeout: 30000 });
    assert.equal(await score.getAttribute('aria-invalid'), 'true');
    assert.equal((await measurementsOf(repos, system.id)).length, seeded.length, 'nothing was written');

    await score.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('42.5');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Browser test rule set');
    await page.keyboard.press('Enter');
    await section.getByText(/^Measurement saved: Accuracy 42\.5 on /).waitFor({ timeout: 30000 });
    const accuracy = latest.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Accuracy', exact: true }) });
    assert.deepEqual((await accuracy.getByRole('cell').allInnerTexts()).map((t) => t.trim()).filter((t, i) => i !== 1), ['42.5', 'Browser test rule set']);
    const stored = await measurementsOf(repos, system.id);
    assert.equal(stored.length, seeded.length + 1);
    const findings = await seriousFindings(section);
    assert.equal(findings.length, 0, describeFindings('record data quality', findings));

    // The scorecard on the same page: the organisation's figures, as computed in Node over the same lists.
    const assets = await readAll(repos.dataAssets, { select: ['lifecycle'] });
    const figures = qualityByScope(await allMeasurements(repos), assets.filter((a) => a.lifecycle !== 'Archived').map((a) => a.id));
    const completeness = figures.dimensions.find((d) => d.dimension === 'Completeness') ?? assert.fail('completeness');
    await page.goto(harness.workbench.pageUrl);
    const scorecard = page.getByRole('region', { name: 'Data Health Scorecard' }).getByRole('region', { name: 'Measured data quality', exact: true });
    const table = scorecard.getByRole('table', { name: /^Measured data quality per dimension/ });
    await table.waitFor({ timeout: 90000 });
    const cells = await table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Completeness', exact: true }) }).getByRole('cell').allInnerTexts();
    assert.deepEqual(cells.slice(0, 2), [String(completeness.meanScore), `${completeness.assetsMeasured} of ${figures.assetsInScope}`]);
    await scorecard.getByText(/never part of it/).waitFor();
    // Beside it, the scorecard's grouping (regions of the organisation), with the figures' CSV on offer.
    const byRegion = scorecard.getByRole('table', { name: 'Mean latest measured score per group: Region' });
    await byRegion.waitFor();
    assert.equal(await byRegion.getByRole('columnheader').first().innerText(), 'Region');
    assert.ok((await byRegion.getByRole('rowheader').count()) >= 1, 'at least one region has measurements');
    await scorecard.getByRole('button', { name: 'Download quality figures (CSV)' }).waitFor();
    const scorecardFindings = await seriousFindings(scorecard);
    assert.equal(scorecardFindings.length, 0, describeFindings('scorecard data quality', scorecardFindings));
    assert.deepEqual(errors, []);
    await context.close();
  });
});
