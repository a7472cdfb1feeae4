/**
 * Issue 19 part 4 in the screens: the Data Health Scorecard's AI literacy figures per region. The workbench's seeded
 * measures cover systems that list no mission, so they first show in the organisation-wide row; a lead's measure on two
 * systems given missions (written through the production data layer) then brings their regions, whose figures are
 * those of the scorecard's own source read in Node, with no serious axe finding in the light, dark and high-contrast
 * themes.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { addMeasure } from '../../src/data/literacy';
import { createRepositories } from '../../src/data/repositories/createRepositories';
import { createNodeSp } from '../../src/data/sp/createSp';
import { literacyFiguresFor } from '../../src/webparts/healthScorecard/services/LiteracyFiguresSource';
import { describeFindings, seriousFindings } from './support/axe';
import { LEAD, startBrowserHarness, type BrowserHarness } from './support/browserHarness';

const THEMES = ['light', 'dark', 'highContrast'] as const;
const SECTION = 'AI literacy (EU AI Act Art. 4)';
const CAPTION = 'AI literacy coverage by region: AI systems used, with a current measure, with a gap, their known users and the users a current measure covers';

describe('AI literacy figures on the Data Health Scorecard in the workbench (headless Chromium)', () => {
  let harness: BrowserHarness;

  before(async () => {
    harness = await startBrowserHarness(200);
  });

  after(async () => {
    await harness?.close();
  });

  async function openSection(page: Page, theme: string): Promise<ReturnType<Page['getByRole']>> {
    await page.goto(`${harness.workbench.pageUrl}?theme=${theme}&view=sharepoint`);
    const section = page.getByRole('region', { name: 'Data Health Scorecard' }).getByRole('region', { name: SECTION });
    await section.waitFor({ timeout: 60000 });
    return section;
  }

  it('shows the seeded measures organisation-wide, then a lead\'s measure per region in every theme without serious axe findings', async () => {
    const siteUrl = harness.workbench.emulator.siteUrl;
    const lead = createRepositories(createNodeSp(siteUrl, { user: LEAD }));
    const seeded = await literacyFiguresFor(createNodeSp(siteUrl, { user: LEAD })).load();
    assert.ok(seeded.measures > 0, 'the workbench seeds literacy measures');
    const orgWide = seeded.regions.find((r) => r.region === '');
    assert.ok(orgWide && orgWide.systems > 0, 'the seeded systems list no mission: they count organisation-wide');

    const { page, errors, context } = await harness.signedIn(LEAD);
    const first = await openSection(page, 'light');
    const firstTable = first.getByRole('table', { name: CAPTION });
    await firstTable.waitFor({ timeout: 60000 });
    const orgRow = firstTable.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Organisation-wide (no mission)', exact: true }) });
    const orgCells = await orgRow.getByRole('cell').allInnerTexts();
    assert.deepEqual(orgCells.slice(0, 3), [orgWide.systems, orgWide.withCurrentMeasure, orgWide.withGap].map((n) => n.toLocaleString('en-US')), 'the organisation-wide row');

    // The seed names each system's mission in its title but leaves its Missions lookup empty (all systems count
    // organisation-wide): a lead sets two systems' missions, in two regions, as the registry's form does.
    const missions = (await lead.missions.page({ top: 500, select: ['title', 'region'] })).items;
    const kenya = missions.find((m) => m.title === 'Kenya');
    const other = missions.find((m) => m.region !== kenya?.region);
    assert.ok(kenya && other, 'two missions in two regions');
    const systems = (await lead.aiSystems.page({ top: 50, select: ['title', 'lifecycle'] })).items.filter((s) => s.lifecycle !== 'Retired').slice(0, 2);
    assert.equal(systems.length, 2, 'the seed has AI systems');
    await lead.aiSystems.update(systems[0].id, { missions: [{ id: kenya.id }] }, systems[0].etag);
    await lead.aiSystems.update(systems[1].id, { missions: [{ id: other.id }] }, systems[1].etag);
    const today = new Date().toISOString().slice(0, 10);
    await addMeasure(lead, { title: 'Safe use of AI assistants', audienceKind: 'Departments', audienceValues: 'Finance', coveredSystems: systems.map((s) => ({ id: s.id })), format: 'Workshop', deliveredOn: today }, new Date());
    const figures = await literacyFiguresFor(createNodeSp(siteUrl, { user: LEAD })).load();
    assert.equal(figures.measures, seeded.measures + 1);
    const region = figures.regions.find((r) => r.region !== '' && r.withCurrentMeasure > 0);
    assert.ok(region?.region, 'a region with the measure');

    for (const theme of THEMES) {
      const section = await openSection(page, theme);
      const table = section.getByRole('table', { name: CAPTION });
      await table.waitFor({ timeout: 60000 });
      const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: region.region, exact: true }) });
      const cells = await row.getByRole('cell').allInnerTexts();
      assert.deepEqual(cells.slice(0, 5), [region.systems, region.withCurrentMeasure, region.withGap, region.users, region.coveredUsers].map((n) => n.toLocaleString('en-US')), `${theme}: ${region.region}`);
      const total = await table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Organisation total', exact: true }) }).getByRole('cell').first().innerText();
      assert.equal(total, figures.total.systems.toLocaleString('en-US'));
      const findings = await seriousFindings(section);
      assert.equal(findings.length, 0, describeFindings(`${theme} / scorecard literacy figures`, findings));
    }
    assert.deepEqual(errors, []);
    await context.close();
  });
});
