/**
 * The bench's emulator in a worker thread, so the server's work (SQLite, projection, JSON) runs beside the
 * client's instead of taking turns with it on one thread, and parallel requests overlap as they do against
 * SharePoint. A worker thread rather than a child process: it starts in milliseconds from the compiled module next
 * to this one, it cannot outlive the bench (a crash or process.exit takes it down, where a child process could be
 * left listening), and messages carry plain objects without a protocol of our own over stdio. Both threads share
 * the machine's cores (2 here): figures compare runs and changes on this machine, not tenants.
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { LatencyRange } from '../workbench/emulator';

/** What the worker is started with (workerData). */
export interface EmulatorWorkerStart {
  readonly latencyMs: LatencyRange;
}

/** One request to the worker. */
export type EmulatorWorkerRequest = { readonly id: number } & (
  | { readonly op: 'upsertUser'; readonly args: { loginName: string; title: string; email: string; isSiteAdmin: boolean } }
  | { readonly op: 'seedAssets'; readonly args: { count: number; seed: number; asLogin: string; person: { id: number; title: string } } }
  | { readonly op: 'setLatency'; readonly args: LatencyRange }
  | { readonly op: 'served' }
  | { readonly op: 'busyMs' }
  | { readonly op: 'close' }
);

type Op = EmulatorWorkerRequest extends infer R ? R extends { op: infer O } ? O : never : never;

/** The emulator running in its worker thread. */
export interface WorkerEmulator {
  readonly url: string;
  readonly siteUrl: string;
  upsertUser(user: { loginName: string; title: string; email: string; isSiteAdmin: boolean }): Promise<{ id: number; title: string }>;
  /** Inserts `count` demo assets (seeded generator) in bulk inside the worker; resolves with the number inserted. */
  seedAssets(args: { count: number; seed: number; asLogin: string; person: { id: number; title: string } }): Promise<number>;
  /** The latency applied to every SharePoint response from now on. */
  setLatency(latency: LatencyRange): Promise<void>;
  /** SharePoint requests served so far (the emulator's counter). */
  served(): Promise<number>;
  /** Milliseconds the worker's event loop has been busy (not idle) since it started: the server's work. */
  busyMs(): Promise<number>;
  /** Closes the server and ends the worker; safe to call more than once, and ends the worker even if closing fails. */
  close(): Promise<void>;
}

/** Starts the emulator in a worker thread over an in-memory database, listening on 127.0.0.1 at an ephemeral port. */
export async function startWorkerEmulator(start: EmulatorWorkerStart): Promise<WorkerEmulator> {
  const worker = new Worker(join(__dirname, 'emulatorWorker.js'), { workerData: start });
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  let failure: Error | undefined;
  const failAll = (error: Error): void => {
    failure = error;
    for (const waiter of pending.values()) waiter.reject(error);
    pending.clear();
  };
  const ready = new Promise<{ url: string; siteUrl: string }>((resolve, reject) => {
    worker.on('message', (message: { ready?: { url: string; siteUrl: string }; id?: number; value?: unknown; error?: string }) => {
      if (message.ready) { resolve(message.ready); return; }
      const waiter = pending.get(message.id ?? -1);
      if (!waiter) return;
      pending.delete(message.id ?? -1);
      if (message.error !== undefined) waiter.reject(new Error(`emulator worker: ${message.error}`));
      else waiter.resolve(message.value);
    });
    worker.on('error', (error) => { failAll(error); reject(error); });
    worker.on('exit', (code) => {
      const error = new Error(`The emulator worker exited (code ${code}).`);
      failAll(error);
      reject(error);
    });
  });
  const call = <T>(op: Op, args?: unknown): Promise<T> => {
    if (failure) return Promise.reject(failure);
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage({ id, op, args });
    });
  };
  let address: { url: string; siteUrl: string };
  try {
    address = await ready;
  } catch (error) {
    await worker.terminate();
    throw error;
  }
  let closing: Promise<void> | undefined;
  return {
    ...address,
    upsertUser: (user) => call('upsertUser', user),
    seedAssets: (args) => call('seedAssets', args),
    setLatency: (latency) => call('setLatency', latency),
    served: () => call('served'),
    busyMs: () => call('busyMs'),
    close: () => {
      closing ??= (async () => {
        try {
          if (!failure) await call('close');
        } finally {
          await worker.terminate();
        }
      })();
      return closing;
    }
  };
}
