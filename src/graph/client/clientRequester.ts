import type { GraphBatchRequest, GraphBatchResponse, GraphCallOptions, GraphRequester } from './types';
import { MAX_BATCH_REQUESTS } from './types';
import { toGraphGovernanceError } from './graphErrors';
import { GovernanceError } from '../../core/errors';

/** The part of a Graph client request the suite uses (`GraphRequest` of @microsoft/microsoft-graph-client v3). */
export interface GraphRequestLike {
  headers(headers: Record<string, string>): GraphRequestLike;
  option(key: string, value: unknown): GraphRequestLike;
  responseType(type: never): GraphRequestLike;
  get(): Promise<unknown>;
  post(content: unknown): Promise<unknown>;
}

/** `Client` and SPFx's `MSGraphClientV3` both have this shape. */
export interface GraphApiClient {
  api(path: string): unknown;
}

function request(client: GraphApiClient, path: string, options: GraphCallOptions | undefined): GraphRequestLike {
  let req = client.api(path) as GraphRequestLike;
  if (options?.headers !== undefined) req = req.headers({ ...options.headers });
  if (options?.signal !== undefined) req = req.option('signal', options.signal);
  return req;
}

function readHeaders(value: unknown): Record<string, string> {
  const headers: Record<string, string> = {};
  if (typeof value === 'object' && value !== null) {
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) if (typeof v === 'string' || typeof v === 'number') headers[key.toLowerCase()] = String(v);
  }
  return headers;
}

/** A {@link GraphRequester} over a Graph client (production: MSGraphClientV3; workbench: Client.init). */
export function createClientRequester(client: GraphApiClient): GraphRequester {
  const call = async <T>(options: GraphCallOptions | undefined, send: () => Promise<unknown>): Promise<T> => {
    try {
      return (await send()) as T;
    } catch (error) {
      throw toGraphGovernanceError(error, options?.signal);
    }
  };
  return {
    get: <T>(path: string, options?: GraphCallOptions) => call<T>(options, () => request(client, path, options).get()),
    post: <T>(path: string, body: unknown, options?: GraphCallOptions) => call<T>(options, () => request(client, path, options).post(body)),
    getBlob: async (path, options) => {
      try {
        // 'blob' is the client's ResponseType.BLOB value; typed loosely so core types stay free of the client's enums.
        return (await request(client, path, options).responseType('blob' as never).get()) as Blob;
      } catch (error) {
        const normalised = toGraphGovernanceError(error, options?.signal);
        if (normalised.kind === 'NotFound') return undefined;
        throw normalised;
      }
    },
    batch: async (requests: readonly GraphBatchRequest[], options?: GraphCallOptions): Promise<GraphBatchResponse[]> => {
      if (requests.length > MAX_BATCH_REQUESTS) throw new GovernanceError('Validation', `A $batch holds at most ${MAX_BATCH_REQUESTS} requests.`);
      const body = {
        requests: requests.map((r) => ({
          id: r.id, method: r.method, url: r.url,
          ...(r.body !== undefined ? { body: r.body, headers: { 'Content-Type': 'application/json', ...r.headers } } : r.headers !== undefined ? { headers: r.headers } : {})
        }))
      };
      const answer = await call<{ responses?: unknown[] }>(options, () => request(client, '/$batch', options).post(body));
      return (answer.responses ?? []).map((raw) => {
        const r = raw as { id?: unknown; status?: unknown; headers?: unknown; body?: unknown };
        return { id: String(r.id), status: typeof r.status === 'number' ? r.status : 0, headers: readHeaders(r.headers), body: r.body };
      });
    }
  };
}
