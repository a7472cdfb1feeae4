import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isGovernanceError } from '../../src/core/errors';
import type { DataAsset } from '../../src/core/models/dataAsset';
import { DATA_ASSETS_LIST } from '../../src/core/schema';
import { ListRepository } from '../../src/data/repositories/ListRepository';
import { createNodeSp } from '../../src/data/sp/createSp';
import { startHarness, type Harness } from './support/harness';

const asset = (title: string): DataAsset => ({ title, containsPersonalData: false, reviewCycleMonths: 12, ownershipStatus: 'Unassigned', lifecycle: 'Active' });

describe('throttling: 429 and 503 with Retry-After', () => {
  let harness: Harness;
  let id: number;

  before(async () => {
    harness = await startHarness();
    await harness.provision([DATA_ASSETS_LIST]);
    id = (await harness.repository(DATA_ASSETS_LIST).create(asset('Throttled asset'))).id;
  });
  beforeEach(() => harness.emulator.faults.clear());
  const served = (status: number): number => harness.emulator.faults.served.byStatus[status] ?? 0;
  after(() => harness.close());

  for (const status of [429, 503] as const) {
    it(`a ${status} with Retry-After: 1 is retried after the wait and succeeds`, async () => {
      harness.emulator.faults.inject({ status, count: 1, retryAfterSeconds: 1, pathContains: '/items' });
      const started = Date.now();
      const item = await harness.repository(DATA_ASSETS_LIST).getById(id);
      assert.equal(item.title, 'Throttled asset');
      assert.equal(served(status), 1, 'the fault was served once');
      assert.ok(Date.now() - started >= 950, 'the retry waited for Retry-After');
    });
  }

  it('a write is retried too', async () => {
    harness.emulator.faults.inject({ status: 429, count: 1, retryAfterSeconds: 1, pathContains: '/items', method: 'POST' });
    const created = await harness.repository(DATA_ASSETS_LIST).create(asset('Written after a 429'));
    assert.equal(created.title, 'Written after a 429');
    assert.equal(served(429), 1);
  });

  it('when retries are exhausted the error is Throttled', async () => {
    harness.emulator.faults.inject({ status: 429, count: 10, retryAfterSeconds: 1, pathContains: '/items' });
    // retries: 2 attempts in all, so one wait of 1 s before giving up.
    await assert.rejects(harness.repository(DATA_ASSETS_LIST, 'admin', 2).getById(id), (e: unknown) => {
      assert.ok(isGovernanceError(e, 'Throttled'), `expected Throttled, got ${String(e)}`);
      assert.equal(e.status, 429);
      return true;
    });
    assert.equal(served(429), 2);
  });

  it('a 503 past the retries is Throttled as well', async () => {
    harness.emulator.faults.inject({ status: 503, count: 10, retryAfterSeconds: 1, pathContains: '/items' });
    await assert.rejects(harness.repository(DATA_ASSETS_LIST, 'admin', 2).page({ top: 10 }), (e: unknown) => isGovernanceError(e, 'Throttled'));
    assert.equal(served(503), 2);
  });

  it('a whole $batch throttled past the retries fails every row as Throttled, without hanging', async () => {
    harness.emulator.faults.inject({ status: 429, count: 10, retryAfterSeconds: 1, pathContains: '$batch' });
    const results = await harness.repository(DATA_ASSETS_LIST, 'admin', 2).createMany([asset('Batch 1'), asset('Batch 2')]);
    assert.deepEqual(results.map((r) => (r.ok ? 'ok' : r.error.kind)), ['Throttled', 'Throttled']);
    assert.equal(served(429), 2);
  });

  it('an unreachable server gives Network', async () => {
    // Port 9 (discard) on loopback refuses the connection; PnPjs retries network failures without waiting.
    const offline = new ListRepository(createNodeSp('http://127.0.0.1:9/sites/governance'), DATA_ASSETS_LIST, { log: harness.log });
    await assert.rejects(offline.getById(1), (e: unknown) => isGovernanceError(e, 'Network'));
  });
});
