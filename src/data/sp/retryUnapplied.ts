import type { TimelinePipe } from '@pnp/core';
import type { Queryable } from '@pnp/queryable';

/** Options of {@link RetryUnappliedOnly}. */
export interface RetryUnappliedOptions {
  /** Attempts in all, the first included (default 5). */
  readonly attempts?: number;
  /** Wait when the answer has no Retry-After, doubled on each attempt (default 1,000 ms). */
  readonly defaultWaitMs?: number;
  /** Longest wait honoured, whatever Retry-After says (default 120 s). */
  readonly maxWaitMs?: number;
}

/** Retry-After as seconds or an HTTP date; undefined when absent or unreadable. */
// eslint-disable-next-line @rushstack/no-new-null -- Headers.get returns null
export function retryAfterMs(header: string | null, now: number = Date.now()): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Waits `ms`, or less when `signal` aborts. */
// eslint-disable-next-line @rushstack/no-new-null -- RequestInit.signal is typed with null
export function delay(ms: number, signal: AbortSignal | null | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (ms <= 0 || signal?.aborted) return resolve();
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });
}

/**
 * PnPjs send behaviour for writes that must happen at most once (the bulk import). It retries only 429 and 503,
 * after Retry-After: on SharePoint both mean the request was refused before it ran. Unlike PnPjs's
 * `BrowserFetchWithRetry` it never re-sends after a network error or a 504, whose request may have been applied
 * with its answer lost; the caller gets the error and first looks up what was written (src/data/import).
 * Covers `$batch` requests too: PnPjs copies the root's send behaviour onto the batch it creates.
 */
export function RetryUnappliedOnly(options: RetryUnappliedOptions = {}): TimelinePipe<Queryable<unknown>> {
  const attempts = Math.max(1, options.attempts ?? 5);
  const defaultWait = options.defaultWaitMs ?? 1000;
  const maxWait = options.maxWaitMs ?? 120000;
  return (instance: Queryable<unknown>) => {
    instance.on.send.clear();
    instance.on.send(async (url: URL, init: RequestInit): Promise<Response> => {
      for (let attempt = 1; ; attempt++) {
        const response = await fetch(url.toString(), init);
        if ((response.status !== 429 && response.status !== 503) || attempt >= attempts || init.signal?.aborted) return response;
        const wait = retryAfterMs(response.headers.get('Retry-After')) ?? defaultWait * 2 ** (attempt - 1);
        await delay(Math.min(wait, maxWait), init.signal);
      }
    });
    return instance;
  };
}
