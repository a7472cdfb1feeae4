import { GovernanceError, type GovernanceErrorKind } from '../../core/errors';

/** SharePoint's list view threshold error (`SPQueryThrottledException`, HRESULT 0x80070024). */
const THRESHOLD_CODE = /SPQueryThrottledException|-2147024860/;

/** What PnPjs's `HttpRequestError` exposes; matched structurally so a second copy of @pnp/queryable still counts. */
interface HttpRequestErrorLike {
  readonly isHttpRequestError: true;
  readonly status: number;
  readonly statusText?: string;
  readonly message: string;
}

interface ServerError {
  readonly code?: string;
  readonly message?: string;
}

function isHttpRequestError(error: unknown): error is HttpRequestErrorLike {
  return typeof error === 'object' && error !== null && (error as { isHttpRequestError?: unknown }).isHttpRequestError === true && typeof (error as { status?: unknown }).status === 'number';
}

/**
 * Reads SharePoint's `odata.error` (or a Graph-style `error`) from the body text that PnPjs already captured.
 * `HttpRequestError.init` reads a clone of the response and appends the text to its message after `::> `, so the
 * body is never read a second time here (the response may already be consumed, and a batch part has no stream).
 */
function serverErrorFrom(message: string): ServerError {
  const marker = message.indexOf('::> ');
  if (marker < 0) {
    return {};
  }
  const text = message.slice(marker + 4).trim();
  try {
    const json = JSON.parse(text) as Record<string, unknown>;
    const body = (json['odata.error'] ?? json.error) as { code?: unknown; message?: unknown } | undefined;
    if (body === undefined || body === null) {
      return {};
    }
    const raw = body.message;
    const value = typeof raw === 'string' ? raw : typeof raw === 'object' && raw !== null ? (raw as { value?: unknown }).value : undefined;
    return { code: typeof body.code === 'string' ? body.code : undefined, message: typeof value === 'string' ? value : undefined };
  } catch {
    // Not JSON (an HTML error page from a proxy, for instance): keep the start of the text as the message.
    return { message: text.length > 0 ? text.slice(0, 300) : undefined };
  }
}

/** The suite's error kind for an HTTP status, as SharePoint and Microsoft Graph both use them. */
export function kindForHttpStatus(status: number): GovernanceErrorKind {
  switch (status) {
    case 400:
      return 'Validation';
    case 401:
      return 'Unauthorized';
    case 403:
      return 'Forbidden';
    case 404:
      return 'NotFound';
    case 409:
    case 412:
      return 'Conflict';
    case 429:
    case 503:
      // PnPjs's BrowserFetchWithRetry only lets these through once its retries are exhausted.
      return 'Throttled';
    default:
      return 'Unknown';
  }
}

function kindForStatus(status: number, code: string | undefined): GovernanceErrorKind {
  // Throttling first: SharePoint's SPRequestThrottledException shares its HRESULT with the threshold error.
  if (status !== 429 && status !== 503 && code !== undefined && THRESHOLD_CODE.test(code)) {
    return 'ThresholdExceeded';
  }
  return kindForHttpStatus(status);
}

const DEFAULT_MESSAGES: Partial<Record<GovernanceErrorKind, string>> = {
  NotFound: 'The item or list was not found.',
  Conflict: 'Someone else changed this item since it was read; reload it and try again.',
  Throttled: 'SharePoint is busy (throttled); try again in a moment.',
  ThresholdExceeded: 'The query touches more items than the list view threshold allows; filter on an indexed column.',
  Forbidden: 'You do not have permission to do this.',
  Unauthorized: 'You are not signed in, or your session expired.',
  Network: 'The server could not be reached.'
};

/**
 * The suite's one error normaliser: turns whatever a SharePoint call threw (PnPjs `HttpRequestError`, a fetch
 * `TypeError`, an abort, anything else) into a `GovernanceError` whose `kind` decides what the UI shows.
 * A `GovernanceError` passes through unchanged, so normalising twice is harmless.
 */
export function toGovernanceError(error: unknown): GovernanceError {
  if (error instanceof GovernanceError) {
    return error;
  }
  if (isHttpRequestError(error)) {
    const server = serverErrorFrom(error.message);
    const kind = kindForStatus(error.status, server.code);
    const message = server.message ?? DEFAULT_MESSAGES[kind] ?? `HTTP ${error.status} ${error.statusText ?? ''}`.trim();
    return new GovernanceError(kind, message, { status: error.status, serverCode: server.code, cause: error });
  }
  // fetch rejects with a TypeError when the network fails ("fetch failed" in Node, "Failed to fetch" in browsers).
  if (error instanceof TypeError) {
    return new GovernanceError('Network', `${DEFAULT_MESSAGES.Network} (${error.message})`, { cause: error });
  }
  if (error instanceof Error && error.name === 'AbortError') {
    return new GovernanceError('Network', 'The request was cancelled or timed out.', { cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new GovernanceError('Unknown', message, { cause: error });
}
