import type { GovernanceError } from '../../core/errors';
import { graphStatusError, isCancellation, toGraphGovernanceError } from './graphErrors';
import { MAX_BATCH_REQUESTS, type GraphBatchRequest, type GraphBatchResponse, type GraphRequester } from './types';

/** Progress of a batched run: requests finished (answered or given up) out of all. */
export interface BatchProgress {
  readonly done: number;
  readonly total: number;
}

export interface BatchRunOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: BatchProgress) => void;
  /** Retries of one throttled (429/503) sub-request; default 3. */
  readonly maxRetries?: number;
  /** Cap on one Retry-After wait in seconds (a misbehaving server must not stall a page); default 60. */
  readonly maxRetryAfterSeconds?: number;
}

/** What a batched run produced; a request that failed is in `failures`, never a rejection of the run. */
export interface BatchRunResult {
  /** Sub-responses by request id (any status except throttling that outlived its retries). */
  readonly responses: ReadonlyMap<string, GraphBatchResponse>;
  /** Requests that could not be answered (batch call failed, throttled past the retries, missing answer). */
  readonly failures: ReadonlyMap<string, GovernanceError>;
  /** `$batch` calls made (retries included). */
  readonly batches: number;
  /** True when the signal stopped the run; the requests not yet answered are in neither map. */
  readonly cancelled: boolean;
}

const THROTTLED = new Set([429, 503]);

function retryAfterSeconds(response: GraphBatchResponse): number {
  const raw = response.headers['retry-after'];
  const seconds = raw === undefined ? NaN : Number(raw);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : 1;
}

/** A function, so TypeScript does not narrow `aborted` across awaits. */
function aborted(signal: AbortSignal | undefined): boolean {
  return signal?.aborted === true;
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted === true || ms <= 0) { resolve(); return; }
    const timers: { id?: ReturnType<typeof setTimeout> } = {};
    const done = (): void => { clearTimeout(timers.id); signal?.removeEventListener('abort', done); resolve(); };
    timers.id = setTimeout(done, ms);
    signal?.addEventListener('abort', done);
  });
}

/**
 * Sends any number of requests as JSON `$batch` calls of at most 20, one after another. A sub-request answered 429
 * or 503 is retried alone (in a batch of the throttled ones only, after the longest Retry-After among them); the
 * rest of its batch is not sent again. A failed batch call fails its own requests only. The signal stops the run
 * between calls (and aborts the call in flight).
 */
export async function runBatched(requester: GraphRequester, requests: readonly GraphBatchRequest[], options: BatchRunOptions = {}): Promise<BatchRunResult> {
  const { signal, onProgress } = options;
  const maxRetries = options.maxRetries ?? 3;
  const capSeconds = options.maxRetryAfterSeconds ?? 60;
  const responses = new Map<string, GraphBatchResponse>();
  const failures = new Map<string, GovernanceError>();
  let batches = 0;
  const total = requests.length;
  const report = (): void => onProgress?.({ done: responses.size + failures.size, total });

  /** Sends one batch; returns the throttled requests with their wait, or undefined when cancelled. */
  const send = async (chunk: readonly GraphBatchRequest[], attempts: Map<string, number>): Promise<{ retry: GraphBatchRequest[]; waitSeconds: number } | undefined> => {
    let answers: GraphBatchResponse[];
    try {
      batches++;
      answers = await requester.batch(chunk, { signal });
    } catch (error) {
      if (isCancellation(error, signal)) return undefined;
      const failure = toGraphGovernanceError(error, signal);
      for (const r of chunk) failures.set(r.id, failure);
      return { retry: [], waitSeconds: 0 };
    }
    const byId = new Map(answers.map((a) => [a.id, a]));
    const retry: GraphBatchRequest[] = [];
    let waitSeconds = 0;
    for (const r of chunk) {
      const answer = byId.get(r.id);
      if (answer === undefined) {
        failures.set(r.id, graphStatusError(0, { error: { message: 'Microsoft Graph returned no answer for this request.' } }));
      } else if (THROTTLED.has(answer.status) && (attempts.get(r.id) ?? 0) < maxRetries) {
        attempts.set(r.id, (attempts.get(r.id) ?? 0) + 1);
        retry.push(r);
        waitSeconds = Math.max(waitSeconds, Math.min(retryAfterSeconds(answer), capSeconds));
      } else if (THROTTLED.has(answer.status)) {
        failures.set(r.id, graphStatusError(answer.status, answer.body));
      } else {
        responses.set(r.id, answer);
      }
    }
    return { retry, waitSeconds };
  };

  const attempts = new Map<string, number>();
  for (let start = 0; start < requests.length; start += MAX_BATCH_REQUESTS) {
    if (aborted(signal)) return { responses, failures, batches, cancelled: true };
    let outcome = await send(requests.slice(start, start + MAX_BATCH_REQUESTS), attempts);
    while (outcome !== undefined && outcome.retry.length > 0) {
      report();
      await sleep(outcome.waitSeconds * 1000, signal);
      if (aborted(signal)) return { responses, failures, batches, cancelled: true };
      outcome = await send(outcome.retry, attempts);
    }
    if (outcome === undefined) return { responses, failures, batches, cancelled: true };
    report();
  }
  return { responses, failures, batches, cancelled: false };
}
