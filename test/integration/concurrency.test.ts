import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isGovernanceError } from '../../src/core/errors';
import { DATA_ASSETS_LIST } from '../../src/core/schema';
import type { DataAsset } from '../../src/core/models/dataAsset';
import { startHarness, type Harness } from './support/harness';

const asset = (title: string): DataAsset => ({ title, containsPersonalData: false, reviewCycleMonths: 12, ownershipStatus: 'Unassigned', lifecycle: 'Active' });

describe('optimistic concurrency (ETags)', () => {
  let harness: Harness;

  before(async () => {
    harness = await startHarness();
    await harness.provision([DATA_ASSETS_LIST]);
  });
  after(() => harness.close());

  it('a stale ETag gives Conflict and leaves the stored item untouched', async () => {
    const alice = harness.repository(DATA_ASSETS_LIST, 'alice');
    const created = await alice.create(asset('Payroll'));
    const freshEtag = await alice.update(created.id, { title: 'Payroll 2025' }, created.etag);

    await assert.rejects(alice.update(created.id, { title: 'Overwritten' }, created.etag), (e: unknown) => {
      assert.ok(isGovernanceError(e, 'Conflict'), `expected Conflict, got ${String(e)}`);
      assert.equal(e.status, 412);
      return true;
    });
    const stored = await alice.getById(created.id);
    assert.equal(stored.title, 'Payroll 2025');
    assert.equal(stored.etag, freshEtag);
    assert.ok(harness.logged.some((l) => l.source === 'ListRepository:DataAssets.update' && l.error.kind === 'Conflict'), 'the failure is logged with its source');

    await assert.rejects(alice.delete(created.id, created.etag), (e: unknown) => isGovernanceError(e, 'Conflict'));
    assert.equal((await alice.getById(created.id)).title, 'Payroll 2025');
  });

  it('updateMany reports a stale row as Conflict and applies the others', async () => {
    const alice = harness.repository(DATA_ASSETS_LIST, 'alice');
    const a = await alice.create(asset('A'));
    const b = await alice.create(asset('B'));
    await alice.update(b.id, { title: 'B changed elsewhere' }, b.etag);

    const results = await alice.updateMany([
      { id: a.id, patch: { title: 'A2' }, etag: a.etag },
      { id: b.id, patch: { title: 'B2' }, etag: b.etag }
    ]);
    assert.equal(results[0].ok, true);
    assert.equal(results[1].ok, false);
    assert.equal(!results[1].ok && results[1].error.kind, 'Conflict');
    assert.equal((await alice.getById(a.id)).title, 'A2');
    assert.equal((await alice.getById(b.id)).title, 'B changed elsewhere');
    if (results[0].ok) {
      assert.equal((await alice.getById(a.id)).etag, results[0].item.etag, 'updateMany returns the new ETag');
    }
  });

  it('deleteMany removes the rows in one $batch and keeps a row changed since it was read (Conflict)', async () => {
    const alice = harness.repository(DATA_ASSETS_LIST, 'alice');
    const rows = await Promise.all(['D1', 'D2', 'D3'].map((title) => alice.create(asset(title))));
    await alice.update(rows[1].id, { title: 'D2 changed elsewhere' }, rows[1].etag);
    const before = harness.requests.length;

    const results = await alice.deleteMany(rows.map((r) => ({ id: r.id, etag: r.etag })));
    assert.equal(harness.requests.slice(before).filter((line) => line.includes('$batch')).length, 1, 'one $batch call for three deletes');
    assert.deepEqual(results.map((r) => r.ok), [true, false, true]);
    assert.equal(!results[1].ok && results[1].error.kind, 'Conflict');
    await assert.rejects(alice.getById(rows[0].id), (e: unknown) => isGovernanceError(e, 'NotFound'));
    assert.equal((await alice.getById(rows[1].id)).title, 'D2 changed elsewhere', 'the changed row is kept');
  });
});
