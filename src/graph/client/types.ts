/**
 * The one seam between the suite's Graph services and the Graph client: JSON in, JSON out, every failure a
 * `GovernanceError`. Production builds it on SPFx's `MSGraphClientV3`, the workbench on the same client library
 * pointed at the local Graph emulator, so both run the same service code.
 */

/** Per-call options. */
export interface GraphCallOptions {
  readonly headers?: Readonly<Record<string, string>>;
  /** Cancels the call; it then rejects with a GovernanceError whose `cancelled` flag is set (see graphErrors). */
  readonly signal?: AbortSignal;
}

/** One request inside a JSON `$batch` (url relative to the version root, e.g. `/users/abc`). */
export interface GraphBatchRequest {
  readonly id: string;
  readonly method: 'GET' | 'POST';
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

/** One sub-response of a `$batch`. */
export interface GraphBatchResponse {
  readonly id: string;
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

/** Graph, as the services use it. */
export interface GraphRequester {
  get<T>(path: string, options?: GraphCallOptions): Promise<T>;
  /** Binary content (photos); resolves undefined on 404. */
  getBlob(path: string, options?: GraphCallOptions): Promise<Blob | undefined>;
  post<T>(path: string, body: unknown, options?: GraphCallOptions): Promise<T>;
  /** One `$batch` call of at most 20 requests; the sub-responses, whatever their status. */
  batch(requests: readonly GraphBatchRequest[], options?: GraphCallOptions): Promise<GraphBatchResponse[]>;
}

/** Graph's limit of requests in one JSON batch. */
export const MAX_BATCH_REQUESTS = 20;
