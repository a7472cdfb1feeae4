import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isGovernanceError } from '../../src/core/errors';
import { DATA_ASSETS_LIST } from '../../src/core/schema/lists/dataAssets';
import { and, ge, lt } from '../../src/data/odata';
import { startHarness, type Harness } from './support/harness';
import { PAGED_LIST } from './support/testLists';

const THRESHOLD = 50;

describe('page queries with a select, and the indexed Modified column', () => {
  let harness: Harness;

  before(async () => {
    harness = await startHarness({ listViewThreshold: THRESHOLD });
    await harness.provision([PAGED_LIST, DATA_ASSETS_LIST]);
    const rows = Array.from({ length: THRESHOLD + 10 }, (_, seq) => ({ title: `T${seq}`, seq, bucket: 'b', colour: 'red' }));
    assert.ok((await harness.repository(PAGED_LIST).createMany(rows)).every((r) => r.ok));
    const assets = Array.from({ length: THRESHOLD + 10 }, (_, i) => ({
      title: `Asset ${i}`, containsPersonalData: false, reviewCycleMonths: 12, ownershipStatus: 'Unassigned' as const, lifecycle: 'Active' as const
    }));
    assert.ok((await harness.repository(DATA_ASSETS_LIST).createMany(assets)).every((r) => r.ok));
  });
  after(() => harness.close());

  it('asks SharePoint for the chosen columns only (internal names from the schema) and maps them back', async () => {
    harness.requests.length = 0;
    const page = await harness.repository(PAGED_LIST).page({ select: ['seq'], top: 5 });
    assert.equal(page.items.length, 5);
    const item = page.items[0];
    assert.equal(item.seq, 0);
    assert.equal(item.title, undefined);
    assert.equal(item.colour, undefined);
    assert.ok(item.id > 0 && item.etag.length > 0 && typeof item.modified === 'string');
    const request = decodeURIComponent(harness.requests.find((line) => line.includes('/items')) ?? '');
    assert.match(request, /\$select=Id,Modified,Seq(&|\s)/);
    assert.doesNotMatch(request, /\$expand/);
  });

  it('keeps the select across continuation pages', async () => {
    const repository = harness.repository(PAGED_LIST);
    const first = await repository.page({ select: ['bucket'], top: 40 });
    assert.ok(first.continuation);
    const second = await repository.page({ select: ['bucket'], top: 40 }, first.continuation);
    assert.equal(second.items.length, 20);
    assert.ok(second.items.every((i) => i.bucket === 'b' && i.title === undefined));
  });

  it('an empty select reads the IDs only', async () => {
    const page = await harness.repository(PAGED_LIST).page({ select: [], top: 5000 });
    assert.equal(page.items.length, THRESHOLD + 10);
    assert.deepEqual(Object.keys(page.items[0]).sort(), ['etag', 'id', 'modified']);
  });

  it('refuses an unknown property before sending', async () => {
    await assert.rejects(
      harness.repository(PAGED_LIST).page({ select: ['nope' as 'seq'] }),
      (e: unknown) => isGovernanceError(e, 'Validation') && /no field "nope"/.test(e.message)
    );
  });

  it('provisioning indexes DataAssets.Modified, so a narrowing "modified since" works above the threshold', async () => {
    const repo = harness.repository(DATA_ASSETS_LIST);
    const none = await repo.page({ select: [], filter: ge('Modified', new Date(Date.now() + 60_000)) });
    assert.equal(none.items.length, 0);
    // Every item matches: more than the threshold, refused as SharePoint does; behind an ID range it is served.
    const since = new Date(Date.now() - 60_000);
    await assert.rejects(repo.page({ select: ['title'], filter: ge('Modified', since), top: 5000 }), (e: unknown) => isGovernanceError(e, 'ThresholdExceeded'));
    const ranged = await repo.page({ select: ['title'], filter: and(ge('ID', 1), lt('ID', 41), ge('Modified', since)), top: 5000 });
    assert.equal(ranged.items.length, 40);
  });
});
