import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_SENSITIVITY_LEVELS, type DataAsset } from '../../src/core/models/dataAsset';
import { DATA_ASSETS_LIST, GOVERNANCE_SETTINGS_LIST, OWNERSHIP_DECISIONS_LIST, OWNERSHIP_REQUESTS_LIST } from '../../src/core/schema';
import { effectiveLabelMapping, LABEL_MAPPING_SETTING } from '../../src/core/labels';
import { GOVERNANCE_LEADS_GROUP } from '../../src/core/roles';
import { ensureSchema } from '../../src/data/provisioning/ensureSchema';
import { createRepositories, type Repositories } from '../../src/data/repositories/createRepositories';
import { createNodeSp } from '../../src/data/sp/createSp';
import { eq } from '../../src/data/odata';
import { createNodeGraphRequester } from '../../src/graph/client/createNodeGraph';
import { LabelCheckRunner } from '../../src/webparts/dataInventory/services/LabelCheckRunner';
import { InventoryService } from '../../src/webparts/dataInventory/services/InventoryService';
import { SiteUserSearch } from '../../src/data/people/siteUserSearch';
import { LABEL_CATALOGUE } from '../../workbench/graph';
import { GRAPH_USERS, startGraphHarness, type GraphHarness } from './support/graphHarness';

const SP = 'https://contoso.sharepoint.com';
const labelId = (name: string): string => LABEL_CATALOGUE.find((l) => l.name === name && l.parentId === undefined)?.id as string;

describe('"Check labels" (LabelCheckRunner) against the SharePoint and Graph emulators', () => {
  let h: GraphHarness;
  let repositories: Repositories;
  let runner: LabelCheckRunner;
  const user = GRAPH_USERS[1].loginName;

  before(async () => {
    h = await startGraphHarness();
    const admin = createNodeSp(h.emulator.siteUrl, { user: GRAPH_USERS[0].loginName });
    // The inventory derives ownership from the ownership lists on every page and save, as on a provisioned site.
    await ensureSchema(admin, [DATA_ASSETS_LIST, GOVERNANCE_SETTINGS_LIST, OWNERSHIP_REQUESTS_LIST, OWNERSHIP_DECISIONS_LIST]);
    const catalogue = LABEL_CATALOGUE.map((l) => ({ id: l.id, name: l.name, priority: l.priority, parentId: l.parentId }));
    await createRepositories(admin).governanceSettings.create({ title: LABEL_MAPPING_SETTING, value: JSON.stringify(effectiveLabelMapping({ taxonomy: DEFAULT_SENSITIVITY_LEVELS, catalogue })) });
    const world = h.graph.world;
    world.defineFile(`${SP}/sites/bgd/Shared%20Documents/case-register.xlsx`, { labelId: labelId('General'), sharing: { anyone: true } });
    world.defineFile(`${SP}/sites/bgd/Shared%20Documents/biometrics.xlsx`, { encrypted: true });
    world.defineFile(`${SP}/sites/bgd/Shared%20Documents/budget.xlsx`, { labelId: labelId('Confidential'), sharing: {} });
    const sp = createNodeSp(h.emulator.siteUrl, { user });
    repositories = createRepositories(sp);
    runner = new LabelCheckRunner(sp, repositories, createNodeGraphRequester(h.graph.baseUrl, { user }));
    const base: DataAsset = { title: '', containsPersonalData: false, reviewCycleMonths: 12, ownershipStatus: 'Unassigned', lifecycle: 'Active', mission: 'Bangladesh', storageSystem: 'SharePoint Online' };
    const inventory = new InventoryService(repositories, new SiteUserSearch(sp));
    // Created through the inventory (as a user would): the stored health is computed on save.
    await inventory.create({ ...base, title: 'Case register', declaredSensitivity: 'Highly Confidential', locationUrl: { url: `${SP}/sites/bgd/Shared%20Documents/case-register.xlsx` } });
    await inventory.create({ ...base, title: 'Biometrics', declaredSensitivity: 'Confidential', locationUrl: { url: `${SP}/sites/bgd/Shared%20Documents/biometrics.xlsx` } });
    await inventory.create({ ...base, title: 'Budget', declaredSensitivity: 'Confidential', locationUrl: { url: `${SP}/sites/bgd/Shared%20Documents/budget.xlsx` } });
    await inventory.create({ ...base, title: 'Paper forms', declaredSensitivity: 'Internal', locationUrl: { url: 'https://forms.example.org/intake' } });
    const many = Array.from({ length: 25 }, (_, i): DataAsset => ({ ...base, mission: 'Chad', title: `Chad file ${i}`, declaredSensitivity: 'Internal', locationUrl: { url: `${SP}/sites/tcd/Shared%20Documents/file-${i}.xlsx` } }));
    assert.ok((await repositories.dataAssets.createMany(many, { includeComputed: true })).every((r) => r.ok));
  });
  after(() => h.close());

  it('lets people who can edit the inventory run it', async () => {
    assert.equal(await runner.canRun(), true);
  });

  it('checks a mission, saves label, drift, sharing and health on each record, and reports each one', async () => {
    const before = new Map((await repositories.dataAssets.page({ filter: eq('Mission', 'Bangladesh'), top: 50 })).items.map((a) => [a.title, a]));
    const progress: number[] = [];
    const result = await runner.run({ kind: 'mission', mission: 'Bangladesh' }, { onProgress: (p) => progress.push(p.done) });
    assert.equal(result.cancelled, false);
    assert.deepEqual(progress, [0, 4]);
    const report = new Map(result.rows.map((r) => [r.title, r]));
    assert.deepEqual({ ...report.get('Case register'), id: 0 }, {
      id: 0, title: 'Case register', mission: 'Bangladesh', declaredSensitivity: 'Highly Confidential', outcome: 'checked',
      labelName: 'General', drift: 'underLabelled', reason: undefined, accessFlags: ['anonymousLink']
    });
    assert.equal(report.get('Biometrics')?.outcome, 'notCheckable');
    assert.equal(report.get('Biometrics')?.reason, 'encrypted');
    assert.equal(report.get('Budget')?.drift, 'aligned');
    assert.equal(report.get('Paper forms')?.reason, 'notMicrosoft365');

    const after = new Map((await repositories.dataAssets.page({ filter: eq('Mission', 'Bangladesh'), top: 50 })).items.map((a) => [a.title, a]));
    const register = after.get('Case register') as DataAsset;
    assert.equal(register.purviewLabelName, 'General');
    assert.ok(register.labelCheckedOn);
    assert.equal(register.labelDrift, 'underLabelled');
    assert.deepEqual(register.accessFlags, ['anonymousLink']);
    assert.equal(register.overshared, true);
    // Under-labelled and shared by an anyone-link: the label share is lost (before, never checked: half of it).
    assert.ok((register.healthScore ?? 0) < (before.get('Case register')?.healthScore ?? 0), 'the under-labelled record scores lower');
    assert.ok((after.get('Budget')?.healthScore ?? 0) > (before.get('Budget')?.healthScore ?? 0), 'the aligned record scores higher');
    assert.equal(after.get('Biometrics')?.labelDrift, 'notCheckable');
    // The inventory filters on the stored columns.
    const overshared = await repositories.dataAssets.page({ filter: eq('Overshared', true), top: 50 });
    assert.deepEqual(overshared.items.map((a) => a.title), ['Case register']);

    // A later save of the record keeps what the check found.
    const inventory = new InventoryService(repositories, new SiteUserSearch(createNodeSp(h.emulator.siteUrl, { user })));
    const stored = after.get('Case register') as NonNullable<ReturnType<typeof after.get>>;
    const saved = await inventory.update(stored.id, { department: 'Protection' }, stored.etag);
    assert.equal(saved.healthScore, register.healthScore);
    assert.equal(saved.labelDrift, 'underLabelled');
  });

  it('reports a record saved by someone during the run as failed (Conflict) and saves the others', async () => {
    const ids = (await repositories.dataAssets.page({ filter: eq('Mission', 'Chad'), top: 50 })).items.map((a) => a.id);
    const late = ids[22];
    // Someone saves a record of the second group while the first group's results are being reported.
    let edit: Promise<unknown> | undefined;
    const result = await runner.run({ kind: 'records', ids }, {
      onProgress: (p) => {
        if (p.done === 20) edit = repositories.dataAssets.getById(late).then((a) => repositories.dataAssets.update(late, { description: 'edited meanwhile' }, a.etag));
      }
    });
    await edit;
    const conflicted = result.rows.find((r) => r.id === late);
    assert.equal(conflicted?.outcome, 'failed');
    assert.equal(conflicted?.writeError, 'Conflict');
    assert.equal(result.rows.filter((r) => r.outcome !== 'failed').length, 24);
  });

  it('stops on cancel: what was checked stays saved, the rest is reported not checked', async () => {
    const ids = (await repositories.dataAssets.page({ filter: eq('Mission', 'Chad'), top: 50 })).items.map((a) => a.id);
    const controller = new AbortController();
    const etags = new Map((await repositories.dataAssets.page({ filter: eq('Mission', 'Chad'), top: 50 })).items.map((a) => [a.id, a.etag]));
    const result = await runner.run({ kind: 'records', ids }, { signal: controller.signal, onProgress: (p) => { if (p.done >= 20) controller.abort(); } });
    assert.equal(result.cancelled, true);
    assert.equal(result.rows.filter((r) => r.outcome === 'notReached').length, 5);
    const reread = (await repositories.dataAssets.page({ filter: eq('Mission', 'Chad'), top: 50 })).items;
    const rechecked = reread.filter((a) => a.etag !== etags.get(a.id));
    assert.equal(rechecked.length, 20, 'the first group was saved');
  });

  it('on a site without a label mapping, a non-lead\'s check ranks by the default unsaved; a lead\'s check saves it, so later saves rank labels the same way', async () => {
    const settings = createRepositories(createNodeSp(h.emulator.siteUrl, { user: GRAPH_USERS[0].loginName })).governanceSettings;
    for (const item of (await settings.page({ top: 10 })).items) await settings.delete(item.id, item.etag);
    h.graph.world.defineFile(`${SP}/sites/ner/Shared%20Documents/registrations.xlsx`, { labelId: labelId('General'), sharing: {} });
    const inventory = new InventoryService(repositories, new SiteUserSearch(createNodeSp(h.emulator.siteUrl, { user })));
    const record = await inventory.create({ title: 'Niger registrations', containsPersonalData: false, reviewCycleMonths: 12, ownershipStatus: 'Unassigned', lifecycle: 'Active', mission: 'Niger', declaredSensitivity: 'Confidential', locationUrl: { url: `${SP}/sites/ner/Shared%20Documents/registrations.xlsx` } });

    const fresh = new LabelCheckRunner(createNodeSp(h.emulator.siteUrl, { user }), repositories, createNodeGraphRequester(h.graph.baseUrl, { user }));
    const unsaved = await fresh.run({ kind: 'mission', mission: 'Niger' });
    assert.equal(unsaved.cancelled, false);
    assert.equal((await settings.page({ filter: eq('Title', LABEL_MAPPING_SETTING), top: 1 })).items.length, 0, 'only leads write GovernanceSettings');
    assert.equal((await repositories.dataAssets.getById(record.id)).labelDrift, 'underLabelled', 'the check still ranked by the default');

    h.emulator.store.upsertGroup(GOVERNANCE_LEADS_GROUP, [user]);
    await new LabelCheckRunner(createNodeSp(h.emulator.siteUrl, { user }), repositories, createNodeGraphRequester(h.graph.baseUrl, { user })).run({ kind: 'mission', mission: 'Niger' });
    const saved = (await settings.page({ filter: eq('Title', LABEL_MAPPING_SETTING), top: 1 })).items[0];
    assert.equal(JSON.parse(saved?.value ?? '{}')[labelId('General')], 'Internal', 'General ranks as Internal by its priority');
    assert.equal((await repositories.dataAssets.getById(record.id)).labelDrift, 'underLabelled');

    // Someone edits the record later: a new service reads the saved mapping, and the drift (and score) stand.
    const later = new InventoryService(repositories, new SiteUserSearch(createNodeSp(h.emulator.siteUrl, { user })));
    const current = await later.getById(record.id);
    const edited = await later.update(record.id, { description: 'Edited after the check' }, current.etag);
    assert.equal(edited.labelDrift, 'underLabelled', 'the save ranks the cached label as the check did');
  });
});
