/**
 * Reads a file in a dedicated worker so that parsing a large workbook never freezes the page. The worker's script is
 * built into the bundle as text (tools/buildSpreadsheetWorker.js) and started from a blob URL: a blob URL has the
 * page's origin, whereas SPFx serves its chunks from a CDN, whose scripts a page may not start as workers. Where
 * the worker cannot run (no Worker, a content security policy without blob: workers), the caller reads on the page.
 */
import type { SpreadsheetAnswer, SpreadsheetRequest } from './protocol';

/** What the reader needs of a Worker (a fake in tests). */
export interface SpreadsheetWorker {
  postMessage(message: SpreadsheetRequest): void;
  addEventListener(type: 'message' | 'error' | 'messageerror', listener: (event: Event) => void): void;
  terminate(): void;
}

export interface StartedWorker {
  readonly worker: SpreadsheetWorker;
  /** Releases what starting it took (the blob URL). */
  readonly release: () => void;
}

/** Starts a worker, or undefined where none can run. */
export type StartSpreadsheetWorker = () => Promise<StartedWorker | undefined>;

export const startSpreadsheetWorker: StartSpreadsheetWorker = async () => {
  if (typeof Worker === 'undefined' || typeof URL === 'undefined' || typeof URL.createObjectURL !== 'function') return undefined;
  // Its own chunk: the worker's source (the parsers) loads when someone imports a file, not with the web part.
  const { WORKER_SOURCE } = await import(/* webpackChunkName: 'spreadsheet-worker' */ './workerSource.generated');
  const url = URL.createObjectURL(new Blob([WORKER_SOURCE], { type: 'text/javascript' }));
  const release = (): void => URL.revokeObjectURL(url);
  try {
    return { worker: new Worker(url, { name: 'spreadsheet-reader' }), release };
  } catch {
    release(); // e.g. a SecurityError where the page's policy forbids it
    return undefined;
  }
};

/**
 * The worker's answer, or 'unavailable' when it failed to run at all (its script refused or broken): an error
 * event before any answer. The worker is ended either way.
 */
export function readInWorker(started: StartedWorker, request: SpreadsheetRequest): Promise<SpreadsheetAnswer | 'unavailable'> {
  const { worker, release } = started;
  return new Promise<SpreadsheetAnswer | 'unavailable'>((resolve) => {
    worker.addEventListener('message', (event) => resolve((event as MessageEvent<SpreadsheetAnswer>).data));
    worker.addEventListener('error', (event) => {
      event.preventDefault(); // handled here: the page falls back, nothing for the console's uncaught errors
      resolve('unavailable');
    });
    worker.addEventListener('messageerror', () => resolve('unavailable'));
    worker.postMessage(request);
  }).finally(() => {
    worker.terminate();
    release();
  });
}
