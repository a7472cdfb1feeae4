import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { DataAsset } from '../../src/core/models/dataAsset';
import { aggregateScorecard, findScope } from '../../src/core/scorecard';
import { storedHealth } from '../../src/core/scoring';
import { DATA_ASSETS_LIST } from '../../src/core/schema/lists/dataAssets';
import { recomputeStaleHealth } from '../../src/data/jobs/recomputeHealth';
import { isCurrentUserInGroup } from '../../src/data/people/siteDirectory';
import { createRepositories } from '../../src/data/repositories/createRepositories';
import { MemoryScorecardCache } from '../../src/webparts/healthScorecard/services/cache/MemoryScorecardCache';
import { ScorecardService } from '../../src/webparts/healthScorecard/services/ScorecardService';
import { startHarness, type Harness } from './support/harness';

const TOTAL = 240;
const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const THRESHOLD = 100;

function asset(i: number, extra: Partial<DataAsset> = {}): DataAsset {
  return {
    title: `Asset ${i}`, containsPersonalData: false, reviewCycleMonths: 12, ownershipStatus: 'Unassigned', lifecycle: 'Active',
    region: 'Asia and the Pacific', mission: i % 2 === 0 ? 'Bangladesh' : 'Nepal', description: `Description ${i}`, ...extra
  };
}

describe('scorecard loading, cache and delta refresh against the emulator', () => {
  let harness: Harness;
  let cache: MemoryScorecardCache;
  const key = 'test|site|DataAssets|admin';
  const service = (): ScorecardService =>
    new ScorecardService(createRepositories(harness.sp('admin'), { log: harness.log }), { cache: { store: cache, key }, concurrency: 3, pageSize: 50 });

  before(async () => {
    // A low threshold proves every query (ID ranges, Modified, the ID scan) uses indexed columns.
    harness = await startHarness({ listViewThreshold: THRESHOLD });
    await harness.provision();
    const results = await harness.repository(DATA_ASSETS_LIST).createMany(Array.from({ length: TOTAL }, (_, i) => asset(i)));
    assert.ok(results.every((r) => r.ok));
    // Modified has SharePoint's one-second precision and the delta reads "at or after the cursor": step past the
    // second the 240 items were created in, as real edits are spread over time.
    await pause(1100);
    const first = await harness.repository(DATA_ASSETS_LIST).getById(1);
    await harness.repository(DATA_ASSETS_LIST).update(1, { title: 'Asset 0 (touched)' }, first.etag);
    cache = new MemoryScorecardCache();
  });
  after(() => harness.close());

  it('loads every asset in full the first time, selecting the scoring columns only, with progress', async () => {
    harness.requests.length = 0;
    const progress: number[] = [];
    let cachedCalls = 0;
    const load = await service().loadAssets((loaded) => progress.push(loaded), undefined, () => cachedCalls++);
    assert.equal(load.mode, 'full');
    assert.equal(load.records.length, TOTAL);
    assert.equal(cachedCalls, 0);
    assert.equal(progress[progress.length - 1], TOTAL);
    assert.deepEqual(load.records.map((r) => r.asset.id), Array.from({ length: TOTAL }, (_, i) => i + 1));
    const itemReads = harness.requests.map((line) => decodeURIComponent(line)).filter((line) => line.includes('/items') && /ID ge \d+/.test(line));
    assert.ok(itemReads.length >= 3, 'partitioned in parallel ID ranges');
    assert.ok(itemReads.every((line) => !line.includes('ExternalId') && !line.includes('Author')), 'no column outside the scoring fields');
    // The cached label check is a scoring field: under-labelled and overshared records lose points without Graph.
    assert.ok(itemReads.every((line) => line.includes('PurviewLabelName') && line.includes('LabelCheckedOn') && line.includes('AccessFlags')), 'the cached label check is read');
    assert.equal((await cache.read(key))?.rows.ids.length, TOTAL);
  });

  it('on a revisit shows the cached figures first, then reads only what changed', async () => {
    await pause(1100);
    const repo = harness.repository(DATA_ASSETS_LIST);
    const page = await repo.page({ top: 5, orderBy: [{ field: 'id' }] });
    for (const item of page.items.slice(0, 3)) {
      await repo.update(item.id, { department: 'Protection' }, item.etag);
    }
    const added = await repo.create(asset(999, { mission: 'Bangladesh', title: 'Brand new' }));
    const requestsBefore = harness.requests.length;
    let preview: number | undefined;
    const load = await service().loadAssets(() => undefined, undefined, (cached) => (preview = cached.records.length));
    assert.equal(preview, TOTAL, 'cached rows shown before the refresh');
    assert.equal(load.mode, 'delta');
    assert.equal(load.records.length, TOTAL + 1);
    assert.ok(load.changed >= 4 && load.changed < 20, `read ${load.changed} changed items, not the whole list`);
    assert.equal(load.removed, 0);
    assert.equal(load.records.find((r) => r.asset.id === page.items[0].id)?.asset.department, 'Protection');
    assert.ok(load.records.some((r) => r.asset.id === added.id));
    assert.ok(!harness.requests.slice(requestsBefore).some((line) => /ID ge \d+/.test(decodeURIComponent(line))), 'no ID-range scan: nothing was deleted');
  });

  it('reads the cursor, the item count and the ownership lists while the cache is read, the changed items after the cursor', async () => {
    // A cache whose read waits (up to 3 s) for the emulator to answer four requests: the reads a revisit needs
    // besides the cache are already in flight when the cache answers, instead of starting after it.
    let servedDuringRead = 0;
    const slowRead: MemoryScorecardCache = Object.assign(Object.create(cache) as MemoryScorecardCache, {
      read: async (k: string) => {
        const start = harness.requests.length;
        for (let waited = 0; waited < 3000 && harness.requests.length - start < 4; waited += 20) await pause(20);
        servedDuringRead = harness.requests.length - start;
        return cache.read(k);
      }
    });
    const from = harness.requests.length;
    const load = await new ScorecardService(createRepositories(harness.sp('admin'), { log: harness.log }), { cache: { store: slowRead, key }, concurrency: 3, pageSize: 50 })
      .loadAssets(() => undefined);
    assert.equal(load.mode, 'delta');
    assert.ok(servedDuringRead >= 4, `${servedDuringRead} requests answered while the cache was read`);
    const lines = harness.requests.slice(from).map((line) => decodeURIComponent(line));
    const cursorAt = lines.findIndex((line) => /orderby=Modified\+desc/.test(line));
    const changedAt = lines.findIndex((line) => /filter=Modified\+ge\+datetime/.test(line));
    assert.ok(cursorAt >= 0 && changedAt > cursorAt, `the cursor (${cursorAt}) is read before the changed items (${changedAt}):\n${lines.join('\n')}`);
  });

  it('notices deletions through the item count and drops them', async () => {
    const repo = harness.repository(DATA_ASSETS_LIST);
    const victim = await repo.getById(10);
    await repo.delete(victim.id, victim.etag);
    const load = await service().loadAssets(() => undefined);
    assert.equal(load.mode, 'delta');
    assert.equal(load.removed, 1);
    assert.equal(load.records.length, TOTAL);
    assert.ok(!load.records.some((r) => r.asset.id === 10));
  });

  it('reloads in full once the cache is older than the full-reload period', async () => {
    const load = await new ScorecardService(createRepositories(harness.sp('admin')), { cache: { store: cache, key }, fullReloadAfterMs: 0 }).loadAssets(() => undefined);
    assert.equal(load.mode, 'full');
    assert.equal(load.records.length, TOTAL);
  });

  it('saves a snapshot of every scope and reads the trend of one back', async () => {
    const s = service();
    const load = await s.loadAssets(() => undefined);
    const aggregate = aggregateScorecard(load.records, { missions: await s.missions(), now: new Date() });
    const written = await s.takeSnapshot(aggregate, '2026-11-01');
    assert.equal(written, aggregate.scopes.length);
    const organisation = await s.snapshots('organisation', '');
    assert.equal(organisation.length, 1);
    assert.equal(organisation[0].takenOn, '2026-11-01');
    assert.deepEqual(organisation[0].scope, findScope(aggregate, 'organisation'));
    const region = await s.snapshots('region', 'Asia and the Pacific');
    assert.equal(region[0].scope.count, TOTAL);
  });

  it('recognises governance leads by SharePoint group membership', async () => {
    harness.emulator.store.upsertGroup('Governance Leads', ['alice@governance.test']);
    assert.equal(await isCurrentUserInGroup(harness.sp('alice'), 'Governance Leads'), true);
    assert.equal(await isCurrentUserInGroup(harness.sp('bob'), 'Governance Leads'), false);
  });

  it('recomputes stale stored scores in batches with ETags; a second run finds none', async () => {
    const repo = harness.repository(DATA_ASSETS_LIST);
    const stale = await repo.page({ top: 3, orderBy: [{ field: 'id' }] });
    for (const item of stale.items) {
      await repo.update(item.id, { healthScore: 99, healthBand: 'Healthy' }, item.etag, { includeComputed: true });
    }
    const stages: string[] = [];
    const now = new Date();
    const first = await recomputeStaleHealth(repo, { now, batchSize: 40, onProgress: (stage) => stages.push(stage) });
    assert.equal(first.checked, TOTAL);
    assert.ok(first.stale >= 3, `found ${first.stale} stale`);
    assert.equal(first.updated, first.stale);
    assert.equal(first.conflicts + first.failed, 0);
    assert.ok(stages.includes('reading') && stages.includes('saving'));
    const fixed = await repo.getById(stale.items[0].id);
    assert.deepEqual({ healthScore: fixed.healthScore, healthBand: fixed.healthBand, labelDrift: fixed.labelDrift, overshared: fixed.overshared }, storedHealth(fixed, now));
    const second = await recomputeStaleHealth(repo, { now });
    assert.equal(second.stale, 0);
  });
});
