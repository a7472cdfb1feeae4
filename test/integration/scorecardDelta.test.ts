import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { DataAsset } from '../../src/core/models/dataAsset';
import { DATA_ASSETS_LIST } from '../../src/core/schema/lists/dataAssets';
import { and, ge, lt } from '../../src/data/odata';
import { createRepositories } from '../../src/data/repositories/createRepositories';
import type { CachedScoringRows } from '../../src/webparts/healthScorecard/services/cache/IScorecardCache';
import { MemoryScorecardCache } from '../../src/webparts/healthScorecard/services/cache/MemoryScorecardCache';
import { ScorecardService } from '../../src/webparts/healthScorecard/services/ScorecardService';
import { startHarness, type Harness } from './support/harness';

const TOTAL = 10_500;
const CHANGED = 10_000;
const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function asset(i: number): DataAsset {
  return {
    title: `Asset ${i}`, containsPersonalData: false, reviewCycleMonths: 12, ownershipStatus: 'Unassigned', lifecycle: 'Active',
    region: 'Asia and the Pacific', mission: i % 2 === 0 ? 'Bangladesh' : 'Nepal', description: `Description ${i}`
  };
}

/** Entries cloned on write and on read, as IndexedDB stores them: the packed rows must come back whole. */
class StructuredCloneCache extends MemoryScorecardCache {
  public override async read(key: string): Promise<CachedScoringRows | undefined> {
    const entry = await super.read(key);
    return entry && structuredClone(entry);
  }

  public override write(key: string, entry: CachedScoringRows): Promise<void> {
    return super.write(key, structuredClone(entry));
  }
}

describe('scorecard delta after 10,000 items change (SharePoint\'s 5,000-item threshold)', { timeout: 300_000 }, () => {
  let harness: Harness;
  const cache = new StructuredCloneCache();
  const key = 'test|site|DataAssets|admin';
  const service = (): ScorecardService => new ScorecardService(createRepositories(harness.sp('admin'), { log: harness.log }), { cache: { store: cache, key } });

  before(async () => {
    harness = await startHarness();
    await harness.provision();
    const results = await harness.repository(DATA_ASSETS_LIST).createMany(Array.from({ length: TOTAL }, (_, i) => asset(i)));
    assert.ok(results.every((r) => r.ok));
  });
  after(() => harness.close());

  it('a first load, a bulk update of 10,000 items, then a load that reads them all and advances the cursor', async () => {
    assert.equal((await service().loadAssets(() => undefined)).mode, 'full');
    const cursorBefore = (await cache.read(key))?.cursor;
    // Modified has one-second precision and the delta reads "at or after the cursor": step past the load's second.
    await pause(1100);
    const repo = harness.repository(DATA_ASSETS_LIST);
    for (let from = 1; from <= CHANGED; from += 2500) {
      const page = await repo.page({ filter: and(ge('ID', from), lt('ID', Math.min(from + 2500, CHANGED + 1))), select: ['title'], top: 2500 });
      const updated = await repo.updateMany(page.items.map((item) => ({ id: item.id, patch: { department: 'Protection' }, etag: item.etag })));
      assert.ok(updated.every((r) => r.ok));
    }
    // The delta re-reads the cursor's second (edits made during a load are not missed): one later edit keeps the
    // newest second small, as edits spread over time do on a tenant.
    await pause(1100);
    const touched = await repo.getById(TOTAL);
    await repo.update(TOTAL, { description: 'touched' }, touched.etag);
    await pause(1100);

    const mark = harness.requests.length;
    const second = await service().loadAssets(() => undefined);
    assert.ok(second.mode === 'delta' || second.mode === 'full', second.mode);
    const refused = harness.requests.slice(mark).filter((line) => line.includes('-> 500 '));
    assert.ok(refused.length <= 1, `only the single Modified query may be refused:\n${refused.join('\n')}`);
    assert.equal(second.records.length, TOTAL);
    assert.equal(second.records.filter((r) => r.asset.department === 'Protection').length, CHANGED, 'figures current');
    const cursorAfter = (await cache.read(key))?.cursor;
    assert.ok(cursorAfter !== undefined && cursorBefore !== undefined && cursorAfter > cursorBefore, `cursor ${cursorBefore} -> ${cursorAfter}`);

    await pause(1100);
    const third = await service().loadAssets(() => undefined);
    assert.equal(third.mode, 'delta');
    assert.equal(third.changed, 1, 'the third load reads the last edit only');
    assert.equal(third.records.length, TOTAL);
  });
});
