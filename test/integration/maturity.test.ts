/**
 * The scorecard's data governance maturity (issue 18 part 2) in the seeded workbench, through the production
 * scorecard service (PnPjs against the emulator): the seeded DMBOK runs read in one request filtered on the indexed
 * Template column, their levels per area per scope, the lead's targets; a lead saves new targets with If-Match (a
 * stale ETag meets Conflict), and SharePoint refuses a non-lead's write.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isGovernanceError } from '../../src/core/errors';
import { maturityView } from '../../src/core/maturity';
import { createNodeSp } from '../../src/data/sp/createSp';
import { scorecardServiceFor } from '../../src/webparts/healthScorecard/services/createScorecardService';
import type { IScorecardService } from '../../src/webparts/healthScorecard/services/IScorecardService';
import { startEmulator, type EmulatorHandle } from '../../workbench/emulator';
import { DEMO_USERS } from '../../workbench/seed/demoUsers';
import { SEEDED_MATURITY_TARGETS } from '../../workbench/seed/seedMaturity';
import { seedWorkbench } from '../../workbench/seed/seedWorkbench';

const NOW = new Date('2026-11-23T12:00:00Z');
const lead = DEMO_USERS.find((u) => u.role === 'lead') ?? assert.fail('no lead persona');
const staff = DEMO_USERS.find((u) => u.role === 'staff') ?? assert.fail('no staff persona');

describe('data governance maturity in the seeded workbench', () => {
  let emulator: EmulatorHandle;
  const requests: string[] = [];
  const serviceAs = (login: string): IScorecardService => scorecardServiceFor(createNodeSp(emulator.siteUrl, { user: login }), emulator.siteUrl, login);

  before(async () => {
    emulator = await startEmulator({ port: 0, dbPath: ':memory:', log: (line) => requests.push(line) });
    const summary = await seedWorkbench(emulator, { assetCount: 200, now: NOW });
    assert.equal(summary.failedRows, 0);
  });
  after(() => emulator.close());

  it('reads the seeded runs of three missions in two regions, twice each, with the lead\'s targets in force', async () => {
    const data = await serviceAs(staff.loginName).maturity();
    assert.equal(data.areas.length, 11);
    assert.equal(data.runs.length, 6);
    const missionIds = new Set(data.runs.map((r) => r.missionId));
    assert.equal(missionIds.size, 3);
    const regions = new Set(data.missions.filter((m) => missionIds.has(m.id)).map((m) => m.region));
    assert.equal(regions.size, 2);
    assert.equal(data.targets.ignored, false);
    const seeded: Record<string, number> = SEEDED_MATURITY_TARGETS;
    for (const area of data.areas) assert.equal(data.targets.targets[area.id], seeded[area.id] ?? 3, area.id);

    const first = data.missions.find((m) => m.id === data.runs[0].missionId) ?? assert.fail('mission of the first run');
    const view = maturityView(data.runs, data.missions, data.areas, data.targets.targets, { kind: 'mission', value: first.mission });
    assert.equal(view.trend.length, 2, 'two runs, two points');
    const governance = view.areas.find((a) => a.area === 'governance') ?? assert.fail('governance row');
    assert.equal(governance.target, 4);
    assert.ok(governance.level !== undefined && governance.previous !== undefined);
    assert.ok(view.areas.some((a) => a.dontKnow > 0) || view.areas.some((a) => a.level === undefined && a.previous !== undefined), 'some "don\'t know"');
    const organisation = maturityView(data.runs, data.missions, data.areas, data.targets.targets, { kind: 'organisation' });
    assert.equal(organisation.missionsAssessed, 3);
  });

  it('reads the runs in one request filtered on the Template column', async () => {
    const before = requests.length;
    await serviceAs(staff.loginName).maturity();
    const runReads = requests.slice(before).filter((l) => /Assessments'\)\/items/i.test(l) || /lists\/getbytitle\('Assessments'\)/i.test(l));
    assert.equal(runReads.length, 1, runReads.join('\n'));
    assert.match(decodeURIComponent(runReads[0]).replace(/\+/g, ' '), /\$filter=Template eq 'dmbok-maturity'/);
  });

  it('lets a lead save targets with If-Match; a stale ETag meets Conflict', async () => {
    const service = serviceAs(lead.loginName);
    const data = await service.maturity();
    const setting = data.setting ?? assert.fail('the seeded setting');
    const ids = data.areas.map((a) => a.id);
    const saved = await service.saveMaturityTargets({ ...data.targets.targets, quality: 5 }, ids, setting);
    assert.notEqual(saved.etag, setting.etag);
    const after = await serviceAs(staff.loginName).maturity();
    assert.equal(after.targets.targets.quality, 5);
    assert.equal(after.targets.ignored, false);

    await assert.rejects(service.saveMaturityTargets({ quality: 2 }, ids, setting), (e: unknown) => isGovernanceError(e, 'Conflict'));
    assert.equal((await service.maturity()).targets.targets.quality, 5, 'nothing overwritten');
  });

  it('refuses a non-lead\'s write to the targets (SharePoint\'s permissions on GovernanceSettings)', async () => {
    const data = await serviceAs(staff.loginName).maturity();
    const setting = data.setting ?? assert.fail('the setting');
    await assert.rejects(serviceAs(staff.loginName).saveMaturityTargets({ governance: 1 }, data.areas.map((a) => a.id), setting), (e: unknown) => isGovernanceError(e, 'Forbidden'));
    assert.equal((await serviceAs(staff.loginName).maturity()).targets.targets.governance, 4);
  });
});
