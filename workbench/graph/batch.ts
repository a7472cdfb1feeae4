import type { GraphFaults } from './faults';
import { graphError, routeGraph, type GraphAnswer, type GraphEnv } from './routes';

/** Graph's limit of requests in one JSON batch. */
export const MAX_BATCH = 20;

interface BatchItem {
  readonly id?: unknown;
  readonly method?: unknown;
  readonly url?: unknown;
  readonly headers?: unknown;
  readonly body?: unknown;
}

function lowerHeaders(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) if (typeof v === 'string') out[k.toLowerCase()] = v;
  return out;
}

/** Answers `POST /$batch`: each request routed on its own (faults apply per sub-request), answers by id. */
export function answerBatch(env: GraphEnv, faults: GraphFaults, body: unknown): GraphAnswer {
  const requests = (body as { requests?: unknown } | undefined)?.requests;
  if (!Array.isArray(requests) || requests.length === 0) return graphError(400, 'BadRequest', 'Invalid batch payload format.');
  if (requests.length > MAX_BATCH) return graphError(400, 'BadRequest', `Number of requests in batch exceeds the limit of ${MAX_BATCH}.`);
  const ids = new Set<string>();
  for (const raw of requests as BatchItem[]) {
    if (typeof raw.id !== 'string' || typeof raw.url !== 'string' || typeof raw.method !== 'string' || ids.has(raw.id)) return graphError(400, 'BadRequest', 'Each batch request needs a unique id, a method and a url.');
    ids.add(raw.id);
  }
  faults.served.batches++;
  const responses = (requests as BatchItem[]).map((item) => {
    const url = new URL(String(item.url).replace(/^\/?/, '/').replace(/^\/v1\.0\//, '/'), 'http://graph.local');
    const method = String(item.method).toUpperCase();
    const fault = faults.take(method, url.pathname + url.search, true);
    const answer = fault !== undefined
      ? graphError(fault.status, fault.status === 429 ? 'TooManyRequests' : 'serviceNotAvailable', fault.status === 429 ? 'Too many requests.' : 'The service is temporarily unavailable.', { 'Retry-After': fault.retryAfter })
      : routeGraph(env, { method, path: url.pathname, query: url.searchParams, headers: lowerHeaders(item.headers), body: item.body });
    const bytes = Buffer.isBuffer(answer.body) ? answer.body : undefined;
    // Binary bodies travel base64-encoded inside a batch, as Graph does.
    return { id: item.id, status: answer.status, headers: answer.headers, body: bytes !== undefined ? bytes.toString('base64') : answer.body };
  });
  return { status: 200, headers: { 'Content-Type': 'application/json' }, body: { responses } };
}
