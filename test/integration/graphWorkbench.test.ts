import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cachedLabelDrift, LABEL_MAPPING_SETTING, parseLabelMapping, type LabelDrift } from '../../src/core/labels';
import { DEFAULT_SENSITIVITY_LEVELS, type DataAsset } from '../../src/core/models/dataAsset';
import type { Stored } from '../../src/core/models/common';
import { createRepositories } from '../../src/data/repositories/createRepositories';
import { createNodeSp } from '../../src/data/sp/createSp';
import { eq } from '../../src/data/odata';
import { createNodeGraphRequester } from '../../src/graph/client/createNodeGraph';
import { LabelCatalogueService } from '../../src/graph/labels/LabelCatalogueService';
import { LabelCheckService } from '../../src/graph/labels/LabelCheckService';
import { writeLabelResults } from '../../src/graph/labels/writeLabelResults';
import { PeopleService } from '../../src/graph/people/PeopleService';
import { startEmulator, type EmulatorHandle } from '../../workbench/emulator';
import { mountGraphEmulator, type GraphEmulatorHandle } from '../../workbench/graph';
import { DEMO_USERS } from '../../workbench/seed/demoUsers';
import { seedWorkbench } from '../../workbench/seed/seedWorkbench';

const taxonomy = DEFAULT_SENSITIVITY_LEVELS;
const lead = DEMO_USERS.find((u) => u.role === 'lead')?.loginName as string;

describe('the seeded workbench through the Graph emulator', () => {
  let emulator: EmulatorHandle;
  let graph: GraphEmulatorHandle;
  let assets: Stored<DataAsset>[];

  before(async () => {
    emulator = await startEmulator({ port: 0, dbPath: ':memory:' });
    await seedWorkbench(emulator, { assetCount: 400, now: new Date('2026-11-23T12:00:00Z') });
    graph = mountGraphEmulator(emulator);
    assets = (await createRepositories(createNodeSp(emulator.siteUrl, { user: lead })).dataAssets.page({ top: 500 })).items;
  });
  after(() => emulator.close());

  it('knows the site users as directory people with job titles and departments', async () => {
    const people = new PeopleService(createNodeGraphRequester(graph.baseUrl, { user: lead }));
    const resolved = await people.resolveMany(DEMO_USERS.map((u) => u.email));
    for (const demo of DEMO_USERS) {
      const found = resolved.get(demo.email);
      assert.ok(found?.ok === true, demo.email);
      assert.equal(found.person.displayName, demo.title);
      assert.equal(found.person.jobTitle, demo.jobTitle);
      assert.equal(found.person.department, demo.department);
    }
  });

  it('gives the seeded records a realistic mix of drift states, and a mission check fills the cached fields', async () => {
    const requester = createNodeGraphRequester(graph.baseUrl, { user: lead });
    const service = new LabelCheckService(requester, new LabelCatalogueService(requester), { taxonomy });
    const declared = assets.filter((a) => a.declaredSensitivity !== undefined);
    const run = await service.checkMany(declared.map((a) => ({ key: a.id, locationUrl: a.locationUrl?.url, declaredSensitivity: a.declaredSensitivity })));
    const share = (state: LabelDrift): number => run.results.filter((r) => r.drift === state).length / run.results.length;
    assert.ok(share('aligned') > 0.3 && share('aligned') < 0.75, `aligned ${share('aligned')}`);
    assert.ok(share('underLabelled') > 0.08, `under-labelled ${share('underLabelled')}`);
    assert.ok(share('overLabelled') > 0.04, `over-labelled ${share('overLabelled')}`);
    assert.ok(share('notCheckable') > 0.08 && share('notCheckable') < 0.4, `not checkable ${share('notCheckable')}`);
    const reasons = new Set(run.results.map((r) => r.reason).filter((r) => r !== undefined));
    for (const reason of ['encrypted', 'notMicrosoft365', 'siteNotGroupConnected']) assert.ok(reasons.has(reason as never), `reason ${reason} among ${[...reasons].join(', ')}`);
    assert.ok(run.results.some((r) => r.accessFlags.includes('anonymousLink')), 'some confidential records are shared by anyone-links');

    // One mission: check, write, and read the drift back from the cache with the seeded mapping setting.
    const sp = createNodeSp(emulator.siteUrl, { user: lead });
    const repositories = createRepositories(sp);
    const mission = declared[0].mission as string;
    const records = (await repositories.dataAssets.page({ filter: eq('Mission', mission), top: 500 })).items;
    const missionRun = await service.checkMany(records.map((a) => ({ key: a.id, locationUrl: a.locationUrl?.url, declaredSensitivity: a.declaredSensitivity })));
    const writes = await writeLabelResults(repositories.dataAssets, records, missionRun.results, { now: new Date(), rankContext: { taxonomy } });
    assert.ok(writes.every((w) => w.written), 'every record of the mission written');
    const setting = (await repositories.governanceSettings.page({ filter: eq('Title', LABEL_MAPPING_SETTING) })).items[0];
    const mapping = parseLabelMapping(setting?.value);
    const reread = (await repositories.dataAssets.page({ filter: eq('Mission', mission), top: 500 })).items;
    for (const result of missionRun.results) {
      const record = reread.find((r) => r.id === result.key) as DataAsset;
      assert.ok(record.labelCheckedOn, 'checked on is set');
      assert.equal(cachedLabelDrift(record, { taxonomy, mapping }), result.drift, `record ${String(result.key)}: the cache says what the check said`);
    }
  });
});
