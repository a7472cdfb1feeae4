/**
 * Issue 18 part 2 in the screens: the Data Health Scorecard's data governance maturity for one mission of the seeded
 * workbench (two completed DMBOK runs, the lead's targets). A lead sees the mission's level per area in the table
 * alternative with its target and previous level, figures equal to those computed in Node from the same production
 * service, and the trend table the mission's assessment dates, with no serious axe finding in the light, dark and
 * high-contrast themes; the CSV download holds every area and the trend, and the chart saves as a PNG; then changes
 * a target in the dialog and the table and the stored setting show it. Then a lead runs the self-assessment for an
 * unassessed mission in the Risk Register and finds its levels in that mission's scorecard.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { textIn } from '../../src/core/assessments/templateModel';
import { dmbokMaturityTemplate } from '../../src/core/assessments/templateSeed';
import { maturityView } from '../../src/core/maturity';
import { createNodeSp } from '../../src/data/sp/createSp';
import { scorecardServiceFor } from '../../src/webparts/healthScorecard/services/createScorecardService';
import type { IScorecardService } from '../../src/webparts/healthScorecard/services/IScorecardService';
import { describeFindings, seriousFindings } from './support/axe';
import { chooseWithKeyboard, fillSteadily, LEAD, startBrowserHarness, type BrowserHarness } from './support/browserHarness';

const THEMES = ['light', 'dark', 'highContrast'] as const;
const SECTION = 'Data governance maturity';
const CAPTION = 'Maturity by DMBOK area';
const TREND_CAPTION = 'Maturity by assessment date';

describe('Data governance maturity on the Data Health Scorecard in the workbench (headless Chromium)', () => {
  let harness: BrowserHarness;

  before(async () => {
    harness = await startBrowserHarness(200);
  });

  after(async () => {
    await harness?.close();
  });

  const service = (): IScorecardService => scorecardServiceFor(createNodeSp(harness.workbench.emulator.siteUrl, { user: LEAD }), harness.workbench.emulator.siteUrl, LEAD);

  async function openTable(page: Page, theme: string, mission: string): Promise<{ section: ReturnType<Page['getByRole']>; table: ReturnType<Page['getByRole']> }> {
    await page.goto(`${harness.workbench.pageUrl}?theme=${theme}&view=sharepoint&scope=${encodeURIComponent(`mission:${mission}`)}`);
    const section = page.getByRole('region', { name: 'Data Health Scorecard' }).getByRole('region', { name: SECTION });
    await section.waitFor({ timeout: 60000 });
    await section.getByRole('button', { name: `Show table: ${CAPTION}` }).click({ timeout: 60000 });
    const table = section.getByRole('table', { name: CAPTION });
    await table.waitFor({ timeout: 60000 });
    return { section, table };
  }

  const cellsOf = async (page: Page, table: ReturnType<Page['getByRole']>, area: string): Promise<string[]> =>
    table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: area, exact: true }) }).getByRole('cell').allInnerTexts();

  it('shows a mission\'s maturity by area with its target, and a lead changes a target', async () => {
    const data = await service().maturity();
    const mission = data.missions.find((m) => m.id === data.runs[0]?.missionId) ?? assert.fail('a seeded run');
    const view = maturityView(data.runs, data.missions, data.areas, data.targets.targets, { kind: 'mission', value: mission.mission });
    const governance = view.areas.find((a) => a.area === 'governance') ?? assert.fail('governance');
    assert.ok(governance.level !== undefined && governance.previous !== undefined, 'two runs with a level');
    assert.ok(view.trend.length >= 2, 'a trend: the mission assessed on two dates');
    const trendDates = view.trend.map((p) => p.date);
    const trendGovernance = view.trend.map((p) => p.areas.governance?.level?.toFixed(1) ?? '–');

    const { page, errors, context } = await harness.signedIn(LEAD);
    for (const theme of THEMES) {
      const { section, table } = await openTable(page, theme, mission.mission);
      const cells = await cellsOf(page, table, 'Data governance');
      assert.deepEqual(cells.slice(0, 2), [governance.level.toFixed(1), String(governance.target)], `${theme}: level and target`);
      assert.equal(cells[3], governance.previous.toFixed(1), `${theme}: previous level`);
      await section.getByRole('button', { name: `Show table: ${TREND_CAPTION}` }).click({ timeout: 60000 });
      const trend = section.getByRole('table', { name: TREND_CAPTION });
      await trend.waitFor({ timeout: 60000 });
      assert.deepEqual(await trend.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-date'))), trendDates, `${theme}: the trend's dates`);
      assert.deepEqual(await trend.locator('tbody td[data-area="governance"]').allInnerTexts(), trendGovernance, `${theme}: governance over time`);
      const findings = await seriousFindings(section);
      assert.equal(findings.length, 0, describeFindings(`${theme} / scorecard maturity`, findings));
    }

    const { section, table } = await openTable(page, 'light', mission.mission);
    const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: 'Download maturity figures (CSV)' }).click()]);
    assert.match(download.suggestedFilename(), /^scorecard-maturity-.+-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = readFileSync(await download.path(), 'utf8').replace(/^\ufeff/, '').split('\r\n');
    assert.match(lines[0], /^Area,Level,Target,Gap to target,Previous level,Change,/);
    for (const area of data.areas) {
      const title = textIn(area.title, 'en').text;
      assert.ok(lines.some((l) => l.startsWith(`${title},`)), `the CSV has a row for ${title}`);
      for (const date of trendDates) assert.ok(lines.some((l) => l.startsWith(`${date},${title},`)), `the CSV's trend has ${title} on ${date}`);
    }
    assert.equal(lines.find((l) => l.startsWith(`${trendDates[0]},Data governance,`))?.split(',')[2], String(view.trend[0].areas.governance?.level ?? ''));
    const [image] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: /^Save chart as PNG: Maturity level and target/ }).click()]);
    assert.match(image.suggestedFilename(), /^scorecard-maturity-.+-\d{4}-\d{2}-\d{2}\.png$/);
    assert.deepEqual([...readFileSync(await image.path()).subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG file');
    const quality = data.targets.targets.quality ?? 3;
    const wanted = quality === 5 ? 2 : 5;
    await section.getByRole('button', { name: 'Set targets' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Target maturity level per DMBOK area' });
    // Fluent's dialog element itself measures as hidden while its layer lays out: wait for the field inside it.
    const field = dialog.getByRole('textbox', { name: 'Data quality', exact: true });
    await field.waitFor({ timeout: 30000 });
    await fillSteadily(field, String(wanted));
    await dialog.getByRole('button', { name: 'Save targets' }).click();
    await section.getByText('Targets saved.').waitFor({ timeout: 30000 });
    await section.getByRole('button', { name: `Show table: ${CAPTION}` }).click({ timeout: 60000 });
    await page.waitForFunction(
      (expected) => document.querySelector('[data-maturity-figures] tr[data-area="quality"] [data-figure="target"]')?.textContent === expected, String(wanted), { timeout: 30000 }
    );
    assert.equal((await cellsOf(page, table, 'Data quality'))[1], String(wanted));
    const stored = await service().maturity();
    assert.equal(stored.targets.targets.quality, wanted, 'stored, and counted: the lead wrote it');
    assert.equal(stored.targets.ignored, false);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('a lead runs the maturity self-assessment for a mission in the Risk Register and sees it in the scorecard', async () => {
    const data = await service().maturity();
    // A mission no seeded run assessed, with a name no other mission contains (so the search finds it alone).
    const mission = data.missions.find((m) => !data.runs.some((r) => r.missionId === m.id) && !data.missions.some((o) => o !== m && o.mission.includes(m.mission)))
      ?? assert.fail('an unassessed mission');
    const template = dmbokMaturityTemplate();
    const areas = template.body.sections.map((s) => textIn(s.title, 'en').text);
    const { page, errors, context } = await harness.signedIn(LEAD);
    await page.goto(harness.workbench.pageUrl);
    const register = page.getByRole('region', { name: 'Risk register', exact: true });
    await register.getByRole('tab', { name: 'Assessments' }).click();
    await register.getByRole('radio', { name: 'Mission', exact: true }).check({ force: true });
    await register.getByRole('searchbox', { name: 'Find the record' }).fill(mission.mission);
    await register.getByRole('button', { name: 'Find the record' }).click();
    await register.getByRole('region', { name: 'Matching records' }).getByRole('button', { name: mission.mission, exact: true }).click();
    await chooseWithKeyboard(register.getByRole('combobox', { name: 'Checklist' }), `${textIn(template.title, 'en').text} (Template version 1)`);
    await register.getByRole('button', { name: 'Start', exact: true }).click();

    // Level 4 in the first area, "don't know" in the last, level 3 elsewhere.
    const form = register.getByRole('form', { name: textIn(template.title, 'en').text });
    const questions = form.locator('fieldset[data-question]');
    await questions.first().waitFor();
    const count = await questions.count();
    assert.equal(count, areas.length, 'one question per DMBOK area');
    for (let i = 0; i < count; i++) {
      const answer = i === 0 ? /^Level 4:/ : i === count - 1 ? /^Don't know$/ : /^Level 3:/;
      await questions.nth(i).getByRole('radio', { name: answer }).check({ force: true });
    }
    await form.getByRole('button', { name: 'Complete assessment' }).click();
    await register.getByText(/^Assessment saved with \d+ findings\.$/).waitFor({ timeout: 30000 });

    const { section, table } = await openTable(page, 'light', mission.mission);
    assert.equal((await cellsOf(page, table, areas[0]))[0], '4.0');
    assert.equal((await cellsOf(page, table, areas[1]))[0], '3.0');
    assert.equal((await cellsOf(page, table, areas[areas.length - 1]))[5], '1', 'the "don\'t know" is counted apart');
    await section.getByText('The trend shows once this scope has been assessed on at least two dates.').waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });
});
