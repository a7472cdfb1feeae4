/**
 * The emulator's own thread in the bench (issue 20 part 4): started by {@link startWorkerEmulator} over an
 * in-memory SQLite database, seeded here (bulk insert, no HTTP), then serving the bench's PnPjs requests with the
 * modelled latency. Messages from the bench thread are requests `{ id, op, args }`; each gets `{ id, value }` or
 * `{ id, error }` back.
 */
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { DATA_ASSETS_LIST } from '../src/core/schema/lists/dataAssets';
import { storedHealth } from '../src/core/scoring';
import { toWriteBody } from '../src/data/mapping/toRaw';
import { bulkInsertItems, startEmulator, type EmulatorHandle, type LatencyRange } from '../workbench/emulator';
import { generateDemoAssets } from '../workbench/seed/demoAssets';
import { createRandom } from '../workbench/seed/random';
import { SEED_REFERENCE } from '../workbench/seed/reference';
import type { EmulatorWorkerRequest, EmulatorWorkerStart } from './workerEmulator';

async function handle(emulator: EmulatorHandle, request: EmulatorWorkerRequest): Promise<unknown> {
  switch (request.op) {
    case 'upsertUser': {
      const user = emulator.store.upsertUser(request.args);
      return { id: user.Id, title: user.Title };
    }
    case 'seedAssets': {
      // The same generator and stored health as the former in-thread bench, straight into SQLite (same validation
      // as the REST route): seeding is not what is measured.
      const { count, seed, asLogin, person } = request.args;
      const now = new Date();
      const people = { owners: [person], custodians: [person] };
      const assets = generateDemoAssets(count, SEED_REFERENCE, people, createRandom(seed), now);
      return bulkInsertItems(emulator.store, DATA_ASSETS_LIST.title,
        assets.map((a) => toWriteBody(DATA_ASSETS_LIST, { ...a, ...storedHealth(a, now) }, { includeComputed: true })), { asLogin }).length;
    }
    case 'setLatency':
      emulator.faults.setLatency(request.args as LatencyRange);
      return undefined;
    case 'served':
      return emulator.faults.served.total;
    case 'busyMs':
      // Wall time this thread's event loop spent working rather than waiting (timers of the latency, sockets).
      return performance.eventLoopUtilization().active;
    case 'close':
      await emulator.close();
      return undefined;
  }
}

async function main(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('emulatorWorker runs as a worker thread (startWorkerEmulator).');
  const start = workerData as EmulatorWorkerStart;
  const emulator = await startEmulator({ port: 0, dbPath: ':memory:', latencyMs: start.latencyMs, searchEnabled: false });
  port.on('message', (request: EmulatorWorkerRequest) => {
    handle(emulator, request).then(
      (value) => port.postMessage({ id: request.id, value }),
      (error: unknown) => port.postMessage({ id: request.id, error: error instanceof Error ? error.stack ?? error.message : String(error) })
    );
  });
  port.postMessage({ ready: { url: emulator.url, siteUrl: emulator.siteUrl } });
}

main().catch((error: unknown) => {
  // Unhandled, the worker's 'error' event tells the bench thread, which rejects whatever it waits for.
  throw error;
});
