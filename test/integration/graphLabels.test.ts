import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_SENSITIVITY_LEVELS, type DataAsset } from '../../src/core/models/dataAsset';
import { DATA_ASSETS_LIST } from '../../src/core/schema';
import { readCachedLabel, cachedLabelDrift } from '../../src/core/labels';
import { scoreAsset } from '../../src/core/scoring';
import { ensureSchema } from '../../src/data/provisioning/ensureSchema';
import { createRepositories } from '../../src/data/repositories/createRepositories';
import { createNodeSp } from '../../src/data/sp/createSp';
import { eq } from '../../src/data/odata';
import { LabelCatalogueService } from '../../src/graph/labels/LabelCatalogueService';
import { LabelCheckService, type LabelCheckTarget } from '../../src/graph/labels/LabelCheckService';
import { writeLabelResults } from '../../src/graph/labels/writeLabelResults';
import { LABEL_CATALOGUE } from '../../workbench/graph';
import { GRAPH_USERS, startGraphHarness, type GraphHarness } from './support/graphHarness';

const taxonomy = DEFAULT_SENSITIVITY_LEVELS;
const SP = 'https://contoso.sharepoint.com';
const labelId = (name: string, parent?: string): string => {
  const parentId = parent === undefined ? undefined : LABEL_CATALOGUE.find((l) => l.name === parent && l.parentId === undefined)?.id;
  const found = LABEL_CATALOGUE.find((l) => l.name === name && l.parentId === parentId);
  assert.ok(found, `label ${name}`);
  return found.id;
};

describe('Purview label and sharing check through the Graph client v3 against the emulator', () => {
  let h: GraphHarness;
  let service: LabelCheckService;
  before(async () => {
    h = await startGraphHarness();
    const world = h.graph.world;
    world.defineFile(`${SP}/sites/bgd-protection/Shared%20Documents/case-register.xlsx`, { labelId: labelId('General'), sharing: { anyone: true, guest: true } });
    world.defineFile(`${SP}/sites/bgd-protection/Shared%20Documents/biometrics.xlsx`, { encrypted: true });
    world.defineFile(`${SP}/sites/bgd-protection/Shared%20Documents/budget.xlsx`, { labelId: labelId('Restricted', 'Highly Confidential'), sharing: {} });
    world.defineFile(`${SP}/sites/bgd-protection/Shared%20Documents/poster.pdf`, { labelId: null, sharing: { organization: true } });
    world.defineSite(`${SP}/sites/bgd-protection`, { groupConnected: true, labelId: labelId('Confidential'), sharing: { organization: true } });
    world.defineSite(`${SP}/sites/legacy-archive`, { groupConnected: false });
    service = new LabelCheckService(h.requester, new LabelCatalogueService(h.requester), { taxonomy, recordsPerRound: 20 });
  });
  beforeEach(() => h.graph.faults.clear());
  after(() => h.close());

  it('reads file labels, container labels and sharing, and says why a record is not checkable', async () => {
    const targets: LabelCheckTarget[] = [
      { key: 1, locationUrl: `${SP}/sites/bgd-protection/Shared%20Documents/case-register.xlsx`, declaredSensitivity: 'Highly Confidential' },
      { key: 2, locationUrl: `${SP}/sites/bgd-protection/Shared%20Documents/biometrics.xlsx`, declaredSensitivity: 'Highly Confidential' },
      { key: 3, locationUrl: `${SP}/sites/bgd-protection/Shared%20Documents/budget.xlsx`, declaredSensitivity: 'Internal' },
      { key: 4, locationUrl: `${SP}/sites/bgd-protection/Shared%20Documents`, declaredSensitivity: 'Confidential' },
      { key: 5, locationUrl: `${SP}/sites/bgd-protection/SitePages/Home.aspx`, declaredSensitivity: 'Confidential' },
      { key: 6, locationUrl: `${SP}/sites/legacy-archive/Shared%20Documents`, declaredSensitivity: 'Internal' },
      { key: 7, locationUrl: 'https://kobo.example.org/forms/intake', declaredSensitivity: 'Confidential' },
      { key: 8, locationUrl: `${SP}/sites/bgd-protection/Shared%20Documents/poster.pdf`, declaredSensitivity: 'Internal' },
      { key: 9, locationUrl: undefined, declaredSensitivity: 'Public' }
    ];
    const run = await service.checkMany(targets);
    const by = new Map(run.results.map((r) => [r.key, r]));
    assert.equal(run.cancelled, false);
    assert.deepEqual(run.results.map((r) => r.key), [1, 2, 3, 4, 5, 6, 7, 8, 9], 'results in input order');

    assert.equal(by.get(1)?.drift, 'underLabelled');
    assert.deepEqual(by.get(1)?.outcome, { kind: 'label', id: labelId('General'), name: 'General', color: '#13a10e' });
    assert.deepEqual(by.get(1)?.accessFlags, ['anonymousLink', 'guestAccess']);

    assert.equal(by.get(2)?.drift, 'notCheckable');
    assert.equal(by.get(2)?.reason, 'encrypted', 'a 423 from extractSensitivityLabels');

    assert.equal(by.get(3)?.drift, 'overLabelled');
    assert.deepEqual(by.get(3)?.outcome, { kind: 'label', id: labelId('Restricted', 'Highly Confidential'), name: 'Highly Confidential / Restricted', color: '#d13438' });
    assert.deepEqual(by.get(3)?.accessFlags, [], 'no sharing flags on an Internal record');

    assert.equal(by.get(4)?.drift, 'aligned', 'library: the site group container label');
    assert.deepEqual(by.get(4)?.accessFlags, ['organizationLink']);
    assert.equal(by.get(5)?.drift, 'aligned', 'site page: the same container label');
    assert.equal(by.get(5)?.sharing, undefined, 'pages have no sharing check');

    assert.equal(by.get(6)?.reason, 'siteNotGroupConnected');
    assert.equal(by.get(7)?.reason, 'notMicrosoft365');
    assert.equal(by.get(8)?.drift, 'underLabelled', 'no label under a declared Internal');
    assert.deepEqual(by.get(8)?.outcome, { kind: 'unlabelled' });
    assert.equal(by.get(9)?.reason, 'noLocation');
  });

  it('a throttled extraction inside a batch is retried alone; a failure stays with its record', async () => {
    h.graph.faults.inject({ status: 429, count: 1, retryAfterSeconds: 0, inBatch: true, pathContains: 'extractSensitivityLabels' });
    h.graph.faults.inject({ status: 503, count: 5, retryAfterSeconds: 0, inBatch: true, pathContains: '/groups/' });
    const run = await service.checkMany([
      { key: 'file', locationUrl: `${SP}/sites/bgd-protection/Shared%20Documents/case-register.xlsx`, declaredSensitivity: 'Internal' },
      { key: 'site', locationUrl: `${SP}/sites/bgd-protection`, declaredSensitivity: 'Confidential' }
    ]);
    const [file, site] = run.results;
    assert.equal(file.drift, 'aligned', 'the 429 was retried');
    assert.equal(h.graph.faults.served.log.filter((l) => l.includes('extractSensitivityLabels')).length, 2);
    assert.equal(site.drift, 'notCheckable');
    assert.equal(site.reason, 'throttled', 'the group stayed throttled past the retries: only that record fails');
  });

  it('checks a mission\'s records and writes the cached fields and health through the repositories', async () => {
    const admin = GRAPH_USERS[0].loginName;
    const sp = createNodeSp(h.emulator.siteUrl, { user: admin });
    await ensureSchema(sp, [DATA_ASSETS_LIST]);
    const repositories = createRepositories(sp);
    const base: DataAsset = { title: '', containsPersonalData: false, reviewCycleMonths: 12, ownershipStatus: 'Unassigned', lifecycle: 'Active', mission: 'Bangladesh' };
    const created = await repositories.dataAssets.createMany([
      { ...base, title: 'Case register', declaredSensitivity: 'Highly Confidential', locationUrl: { url: `${SP}/sites/bgd-protection/Shared%20Documents/case-register.xlsx` } },
      { ...base, title: 'Biometrics', declaredSensitivity: 'Highly Confidential', locationUrl: { url: `${SP}/sites/bgd-protection/Shared%20Documents/biometrics.xlsx` } },
      { ...base, title: 'Protection library', declaredSensitivity: 'Confidential', locationUrl: { url: `${SP}/sites/bgd-protection/Shared%20Documents` } },
      { ...base, title: 'Other mission', mission: 'Chad', declaredSensitivity: 'Public', locationUrl: { url: `${SP}/sites/tcd/Shared%20Documents/a.docx` } }
    ]);
    assert.ok(created.every((r) => r.ok));
    const page = await repositories.dataAssets.page({ filter: eq('Mission', 'Bangladesh'), top: 100 });
    assert.equal(page.items.length, 3);
    const run = await service.checkMany(page.items.map((a) => ({ key: a.id, locationUrl: a.locationUrl?.url, declaredSensitivity: a.declaredSensitivity })));
    const now = new Date();
    // The tenant's mapping setting ranks General as Internal (as the workbench seeds it).
    const writes = await writeLabelResults(repositories.dataAssets, page.items, run.results, { now, rankContext: { taxonomy, mapping: { general: 'Internal' } } });
    assert.deepEqual(writes.map((w) => w.written), [true, true, true]);

    const reread = await repositories.dataAssets.page({ filter: eq('Mission', 'Bangladesh'), top: 100 });
    const byTitle = new Map(reread.items.map((a) => [a.title, a]));
    const register = byTitle.get('Case register') as DataAsset;
    assert.deepEqual(readCachedLabel(register), { state: 'label', id: labelId('General'), name: 'General', checkedOn: register.labelCheckedOn });
    assert.equal(cachedLabelDrift(register, { taxonomy, mapping: { general: 'Internal' } }), 'underLabelled', 'the scorecard reads the drift without Graph');
    const biometrics = byTitle.get('Biometrics') as DataAsset;
    assert.deepEqual(readCachedLabel(biometrics), { state: 'notCheckable', reason: 'encrypted', checkedOn: biometrics.labelCheckedOn });
    const library = byTitle.get('Protection library') as DataAsset;
    assert.equal(cachedLabelDrift(library, { taxonomy }), 'aligned');
    // The stored health counts the under-labelled record's missing alignment points.
    const expected = scoreAsset(register, { now, custodianApprovalValid: false, labelRank: 1 });
    assert.equal(register.healthScore, expected.score);
    assert.ok(expected.dimensions.find((d) => d.key === 'sensitivity')?.missing.includes('underLabelled'));
    // The drift is a stored, filterable column; encrypted files store "not checkable".
    assert.equal(register.labelDrift, 'underLabelled');
    assert.equal(biometrics.labelDrift, 'notCheckable');
    assert.equal(library.labelDrift, 'aligned');
    const underLabelled = await repositories.dataAssets.page({ filter: eq('LabelDrift', 'underLabelled'), top: 100 });
    assert.deepEqual(underLabelled.items.map((a) => a.title), ['Case register']);
  });

  it('a stale ETag fails that record alone with Conflict', async () => {
    const sp = createNodeSp(h.emulator.siteUrl, { user: GRAPH_USERS[0].loginName });
    const repositories = createRepositories(sp);
    const page = await repositories.dataAssets.page({ filter: eq('Mission', 'Bangladesh'), top: 100 });
    const run = await service.checkMany(page.items.map((a) => ({ key: a.id, locationUrl: a.locationUrl?.url, declaredSensitivity: a.declaredSensitivity })));
    await repositories.dataAssets.update(page.items[0].id, { description: 'edited meanwhile' }, page.items[0].etag);
    const writes = await writeLabelResults(repositories.dataAssets, page.items, run.results, { now: new Date(), rankContext: { taxonomy } });
    const first = writes.find((w) => w.id === page.items[0].id);
    assert.ok(first !== undefined && !first.written && !first.skipped && first.error.kind === 'Conflict');
    assert.equal(writes.filter((w) => w.written).length, page.items.length - 1);
  });

  it('can be cancelled between rounds, with progress, keeping the results reached', async () => {
    const targets = Array.from({ length: 60 }, (_, i) => ({ key: i, locationUrl: `${SP}/sites/mission-${i % 7}/Shared%20Documents/file-${i}.xlsx`, declaredSensitivity: 'Confidential' }));
    const controller = new AbortController();
    const progress: number[] = [];
    const run = await service.checkMany(targets, { signal: controller.signal, onProgress: (p) => { progress.push(p.done); if (p.done >= 20) controller.abort(); } });
    assert.equal(run.cancelled, true);
    assert.deepEqual(progress, [20]);
    assert.equal(run.results.length, 20);
    const uncancelled = await service.checkMany(targets.slice(0, 45), { onProgress: (p) => progress.push(p.done) });
    assert.deepEqual(progress.slice(1), [20, 40, 45]);
    const states = new Set(uncancelled.results.map((r) => r.drift));
    assert.ok(states.size >= 3, `a realistic mix of drift states, got ${[...states].join(', ')}`);
  });
});
