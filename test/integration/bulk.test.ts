import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { DataAsset } from '../../src/core/models/dataAsset';
import { DATA_ASSETS_LIST } from '../../src/core/schema';
import { startHarness, type Harness } from './support/harness';
import { SCRIPT_URL } from './support/samples';

const asset = (title: string, extra: Partial<DataAsset> = {}): DataAsset => ({ title, containsPersonalData: false, reviewCycleMonths: 12, ownershipStatus: 'Unassigned', lifecycle: 'Active', ...extra });

describe('createMany per-row results', () => {
  let harness: Harness;

  before(async () => {
    harness = await startHarness();
    await harness.provision([DATA_ASSETS_LIST]);
  });
  after(() => harness.close());

  it('reports invalid rows without sending them and creates the rest, in input order', async () => {
    const repository = harness.repository(DATA_ASSETS_LIST, 'alice');
    const rows = [
      asset('Row 0', { owner: harness.people.bob }),
      asset(''),
      asset('Row 2', { locationUrl: { url: SCRIPT_URL } }),
      asset('Row 3', { declaredSensitivity: 'Internal' }),
      asset('x'.repeat(300)),
      asset('Row 5', { owner: { id: 987654, title: 'Nobody' } })
    ];
    const sent = harness.requests.length;
    const results = await repository.createMany(rows);
    // One $batch (plus the digest on first write) carries the three rows that passed validation.
    assert.deepEqual(harness.requests.slice(sent).filter((l) => l.startsWith('POST')).map((l) => l.split(' ')[1]).filter((p) => p.endsWith('$batch')).length, 1);
    assert.deepEqual(results.map((r) => r.index), [0, 1, 2, 3, 4, 5]);
    assert.deepEqual(results.map((r) => r.ok), [true, false, false, true, false, false]);
    for (const index of [1, 2, 4]) {
      const result = results[index];
      assert.ok(!result.ok && result.error.kind === 'Validation' && result.error.issues.length > 0, `row ${index} fails validation`);
    }
    const serverFailure = results[5];
    assert.ok(!serverFailure.ok && serverFailure.error.status !== undefined, 'a row the server refuses fails on its own');

    const first = results[0];
    assert.ok(first.ok);
    const stored = await repository.getById(first.item.id);
    assert.equal(stored.title, 'Row 0');
    assert.equal(stored.owner?.id, harness.people.bob.id);
    assert.equal(stored.etag, first.item.etag);
    assert.equal(stored.author?.id, harness.people.alice.id);
    assert.equal(await repository.count(), 2);
  });

  it('splits large inputs into batches of at most 100', async () => {
    const repository = harness.repository(DATA_ASSETS_LIST, 'alice');
    const results = await repository.createMany(Array.from({ length: 250 }, (_, i) => asset(`Bulk ${i}`)));
    assert.equal(results.filter((r) => r.ok).length, 250);
    assert.equal(new Set(results.map((r) => (r.ok ? r.item.id : 0))).size, 250);
  });
});
