import type { GovernanceError } from '../../core/errors';
import { runBatched, type BatchRunOptions } from '../client/batching';
import { cancelledError, graphStatusError } from '../client/graphErrors';
import type { GraphBatchRequest, GraphRequester } from '../client/types';
import { collectPages, type PagingOptions } from './paging';

/** One GET of a batched read; `fallbackUrl` is sent instead when the first answer is 403 (an optional property refused). */
export interface BatchRead {
  readonly key: string;
  readonly url: string;
  readonly fallbackUrl?: string;
  /** A collection: its pages are followed and `items` filled. */
  readonly collection?: string;
}

export type ReadOutcome =
  | { readonly ok: true; readonly body: unknown; readonly items?: readonly unknown[] }
  | { readonly ok: false; readonly status: number; readonly error: GovernanceError };

export interface BatchReadOptions extends PagingOptions, Pick<BatchRunOptions, 'maxRetries' | 'maxRetryAfterSeconds'> {
  /** Requests of the first round answered so far, of all. */
  readonly onProgress?: (done: number, total: number) => void;
}

export interface BatchReadResult {
  readonly outcomes: ReadonlyMap<string, ReadOutcome>;
  /** True when some read needed its fallback (the caller stops asking for the refused property). */
  readonly fellBack: boolean;
}

/**
 * Sends GETs in `$batch`es of at most 20 through the shared batching helper (throttled sub-requests retried after
 * Retry-After), follows each collection's next pages, and sends a 403'd read once more as its fallback.
 */
export async function batchReads(graph: GraphRequester, reads: readonly BatchRead[], options: BatchReadOptions = {}): Promise<BatchReadResult> {
  const outcomes = new Map<string, ReadOutcome>();
  const byKey = new Map(reads.map((r) => [r.key, r]));
  let fellBack = false;
  let round: readonly BatchRead[] = reads;
  for (let attempt = 0; attempt < 2 && round.length > 0; attempt++) {
    const requests: GraphBatchRequest[] = round.map((r, i) => ({ id: String(i), method: 'GET', url: attempt === 0 ? r.url : r.fallbackUrl ?? r.url }));
    const run = await runBatched(graph, requests, {
      signal: options.signal, maxRetries: options.maxRetries, maxRetryAfterSeconds: options.maxRetryAfterSeconds,
      onProgress: attempt === 0 ? (p) => options.onProgress?.(p.done, p.total) : undefined
    });
    if (run.cancelled) throw cancelledError();
    const retry: BatchRead[] = [];
    for (let i = 0; i < round.length; i++) {
      const read = round[i];
      const answer = run.responses.get(String(i));
      if (answer === undefined) {
        const error = run.failures.get(String(i)) ?? graphStatusError(0);
        outcomes.set(read.key, { ok: false, status: error.status ?? 0, error });
      } else if (answer.status === 403 && attempt === 0 && read.fallbackUrl !== undefined) {
        retry.push(read);
      } else if (answer.status >= 200 && answer.status < 300) {
        const items = read.collection !== undefined ? await collectPages(graph, answer.body, read.collection, options) : undefined;
        outcomes.set(read.key, { ok: true, body: answer.body, items });
      } else {
        outcomes.set(read.key, { ok: false, status: answer.status, error: graphStatusError(answer.status, answer.body) });
      }
    }
    if (retry.length > 0) fellBack = true;
    round = retry.map((r) => byKey.get(r.key) as BatchRead);
  }
  return { outcomes, fellBack };
}

/** The outcome's items (collections) or throws its error; a missing outcome is a programming error. */
export function itemsOf(outcome: ReadOutcome | undefined): readonly unknown[] {
  if (outcome === undefined) return [];
  if (!outcome.ok) throw outcome.error;
  return outcome.items ?? [];
}
