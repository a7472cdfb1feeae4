import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { isGovernanceError } from '../../src/core/errors';
import type { DataAsset } from '../../src/core/models/dataAsset';
import { DATA_ASSETS_LIST, OWNERSHIP_DECISIONS_LIST, OWNERSHIP_REQUESTS_LIST } from '../../src/core/schema';
import { startHarness, type Harness } from './support/harness';
import { sampleRecord } from './support/samples';

const asset: DataAsset = { title: 'Shared drive', containsPersonalData: false, reviewCycleMonths: 12, ownershipStatus: 'Unassigned', lifecycle: 'Active' };

describe('identity and item-level security are enforced by SharePoint', () => {
  let harness: Harness;

  before(async () => {
    harness = await startHarness();
    await harness.provision([DATA_ASSETS_LIST, OWNERSHIP_REQUESTS_LIST, OWNERSHIP_DECISIONS_LIST]);
  });
  after(() => harness.close());

  it('Author cannot be forged through the request body', async () => {
    // The repository never writes AuthorId; this sends a hostile body straight through PnPjs, as any client could.
    const added = await harness.sp('alice').web.lists.getByTitle(DATA_ASSETS_LIST.title).items.add({ Title: 'Forged', AuthorId: harness.people.bob.id, EditorId: harness.people.bob.id });
    const stored = await harness.repository(DATA_ASSETS_LIST).getById((added as { Id: number }).Id);
    assert.equal(stored.author?.id, harness.people.alice.id);
    assert.equal(stored.editor?.id, harness.people.alice.id);
  });

  it('on a decision list, user B cannot update or delete user A\'s item (Forbidden), nor can A: decisions are append-only', async () => {
    const assetItem = await harness.repository(DATA_ASSETS_LIST, 'bob').create(asset);
    const context = { people: [harness.people.alice, harness.people.bob], itemIds: { dataAssets: assetItem.id } };
    const request = await harness.repository(OWNERSHIP_REQUESTS_LIST, 'bob').create(sampleRecord(OWNERSHIP_REQUESTS_LIST, context, 'nomination'));
    const decision = sampleRecord(OWNERSHIP_DECISIONS_LIST, { ...context, itemIds: { dataAssets: assetItem.id, ownershipRequests: request.id } }, 'decision');

    const mine = await harness.repository(OWNERSHIP_DECISIONS_LIST, 'alice').create(decision);
    assert.equal(mine.author?.id, harness.people.alice.id);

    const bob = harness.repository(OWNERSHIP_DECISIONS_LIST, 'bob');
    await assert.rejects(bob.update(mine.id, { comment: 'Changed by Bob' }, mine.etag), (e: unknown) => {
      assert.ok(isGovernanceError(e, 'Forbidden'), `expected Forbidden, got ${String(e)}`);
      assert.equal(e.status, 403);
      return true;
    });
    await assert.rejects(bob.delete(mine.id, mine.etag), (e: unknown) => isGovernanceError(e, 'Forbidden'));
    const results = await bob.updateMany([{ id: mine.id, patch: { comment: 'Batch by Bob' }, etag: mine.etag }]);
    assert.ok(!results[0].ok && results[0].error.kind === 'Forbidden', 'the batch row is refused too');

    const unchanged = await bob.getById(mine.id);
    assert.equal(unchanged.comment, mine.comment, 'B can read but not change it');
    assert.equal(unchanged.etag, mine.etag);

    // A changed mind is a new decision item; the add-only level provisioning sets forbids editing even one's own.
    await assert.rejects(harness.repository(OWNERSHIP_DECISIONS_LIST, 'alice').update(mine.id, { comment: 'Alice adds a note' }, mine.etag),
      (e: unknown) => isGovernanceError(e, 'Forbidden'));
  });
});
