/**
 * Issue 20 part 4: the bench's emulator in a worker thread answers SharePoint REST on 127.0.0.1 with the latency
 * it is given, counts what it served, reports the worker's errors to the caller, and stops when closed.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startWorkerEmulator, type WorkerEmulator } from '../../bench/workerEmulator';

const ADMIN = 'i:0#.f|membership|bench.worker@example.org';

describe('the bench emulator in a worker thread', () => {
  let emulator: WorkerEmulator;
  const web = (): Promise<Response> => fetch(`${emulator.siteUrl}/_api/web`, { headers: { Accept: 'application/json', 'X-Workbench-User': ADMIN } });

  before(async () => {
    emulator = await startWorkerEmulator({ latencyMs: { min: 0, max: 0 } });
    await emulator.upsertUser({ loginName: ADMIN, title: 'Bench Worker', email: 'bench.worker@example.org', isSiteAdmin: true });
  });
  after(() => emulator.close());

  it('listens on loopback at an ephemeral port and serves SharePoint REST, counting the requests', async () => {
    assert.match(emulator.siteUrl, /^http:\/\/127\.0\.0\.1:\d+\/sites\/governance$/);
    const before = await emulator.served();
    const reply = await web();
    assert.equal(reply.status, 200);
    assert.equal((await reply.json() as { Title?: string }).Title !== undefined, true);
    assert.equal(await emulator.served(), before + 1);
  });

  it('applies the latency set from the bench thread to every response', async () => {
    await emulator.setLatency({ min: 100, max: 100 });
    try {
      const started = performance.now();
      assert.equal((await web()).status, 200);
      assert.ok(performance.now() - started >= 100);
    } finally {
      await emulator.setLatency({ min: 0, max: 0 });
    }
  });

  it("rejects with the worker's error (seeding a list that does not exist) and keeps serving", async () => {
    await assert.rejects(emulator.seedAssets({ count: 5, seed: 1, asLogin: ADMIN, person: { id: 1, title: 'Bench Worker' } }), /emulator worker: .*DataAssets/s);
    assert.equal((await web()).status, 200);
  });

  it('stops when closed: the port refuses connections and further calls reject; closing twice is harmless', async () => {
    const other = await startWorkerEmulator({ latencyMs: { min: 0, max: 0 } });
    await other.close();
    await other.close();
    await assert.rejects(fetch(`${other.url}/_api/web`));
    await assert.rejects(other.served(), /exited/);
  });
});
