import type { GovernanceError } from '../../core/errors';
import { runBatched, type BatchRunOptions } from '../client/batching';
import { cancelledError, graphStatusError } from '../client/graphErrors';
import type { GraphBatchRequest, GraphRequester } from '../client/types';
import { collectPages, type PagingOptions } from './paging';

/** One GET of a batched read; on 403 (an optional property refused) the next of `fallbackUrls` is sent instead. */
export interface BatchRead {
  readonly key: string;
  readonly url: string;
  readonly fallbackUrls?: readonly string[];
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
  /** The deepest fallback any read needed (0: none), so the caller stops asking for the refused properties. */
  readonly fallbacks: number;
}

/**
 * Sends GETs in `$batch`es of at most 20 through the shared batching helper (throttled sub-requests retried after
 * Retry-After), follows each collection's next pages, and sends a 403'd read again as its next fallback.
 */
export async function batchReads(graph: GraphRequester, reads: readonly BatchRead[], options: BatchReadOptions = {}): Promise<BatchReadResult> {
  const outcomes = new Map<string, ReadOutcome>();
  let fallbacks = 0;
  let round: readonly BatchRead[] = reads;
  for (let attempt = 0; round.length > 0; attempt++) {
    const urlOf = (r: BatchRead): string => (attempt === 0 ? r.url : (r.fallbackUrls as readonly string[])[attempt - 1]);
    const requests: GraphBatchRequest[] = round.map((r, i) => ({ id: String(i), method: 'GET', url: urlOf(r) }));
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
      } else if (answer.status === 403 && attempt < (read.fallbackUrls?.length ?? 0)) {
        retry.push(read);
      } else if (answer.status >= 200 && answer.status < 300) {
        const items = read.collection !== undefined ? await collectPages(graph, answer.body, read.collection, options) : undefined;
        outcomes.set(read.key, { ok: true, body: answer.body, items });
      } else {
        outcomes.set(read.key, { ok: false, status: answer.status, error: graphStatusError(answer.status, answer.body) });
      }
    }
    if (retry.length > 0) fallbacks = attempt + 1;
    round = retry;
  }
  return { outcomes, fallbacks };
}

/** The outcome's items (collections) or throws its error; no outcome (nothing was asked) gives none. */
export function itemsOf(outcome: ReadOutcome | undefined): readonly unknown[] {
  if (outcome === undefined) return [];
  if (!outcome.ok) throw outcome.error;
  return outcome.items ?? [];
}

/** The mapped object of a successful read; undefined for 404 (unknown id); the error of any other failure. */
export function found<T>(outcome: ReadOutcome | undefined, map: (raw: unknown) => T | undefined): T | undefined {
  if (outcome === undefined || (!outcome.ok && outcome.status === 404)) return undefined;
  if (!outcome.ok) throw outcome.error;
  return map(outcome.body);
}

/** A group's site URL from `/sites/root`; a group without a site (404) has none. */
export function siteUrlOf(outcome: ReadOutcome | undefined): string | undefined {
  const site = found(outcome, (raw) => raw as { webUrl?: unknown } | undefined);
  return typeof site?.webUrl === 'string' && site.webUrl !== '' ? site.webUrl : undefined;
}
