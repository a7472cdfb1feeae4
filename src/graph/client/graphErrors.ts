import { GovernanceError, type GovernanceErrorKind } from '../../core/errors';
import { kindForHttpStatus } from '../../data/errors/toGovernanceError';

/** What the Graph client's `GraphError` exposes (matched structurally). */
interface GraphErrorLike {
  readonly statusCode: number;
  // eslint-disable-next-line @rushstack/no-new-null -- the Graph client's GraphError types its code as string | null
  readonly code?: string | null;
  readonly message?: string;
}

function isGraphError(error: unknown): error is GraphErrorLike {
  return typeof error === 'object' && error !== null && typeof (error as { statusCode?: unknown }).statusCode === 'number';
}

/** The suite's error kind for a Graph HTTP status. */
export function kindForGraphStatus(status: number): GovernanceErrorKind {
  switch (status) {
    case 423:
      // 423 Locked: the content is encrypted (or otherwise locked) and cannot be read.
      return 'Forbidden';
    case 504:
      // Graph answers 504 when a backend is overloaded: retried like throttling.
      return 'Throttled';
    default:
      return kindForHttpStatus(status);
  }
}

const DEFAULT_MESSAGES: Partial<Record<GovernanceErrorKind, string>> = {
  Throttled: 'Microsoft Graph is busy (throttled); try again in a moment.',
  Forbidden: 'You do not have permission to read this from Microsoft Graph.',
  Unauthorized: 'You are not signed in to Microsoft Graph, or consent is missing.',
  NotFound: 'Microsoft Graph did not find it.'
};

/** True when `error` is (or wraps) a cancellation. */
export function isCancellation(error: unknown, signal?: AbortSignal): boolean {
  if (signal?.aborted === true) return true;
  return error instanceof Error && error.name === 'AbortError';
}

/** Marks a GovernanceError as a cancellation, so callers tell "stopped" from "failed". */
export function cancelledError(cause?: unknown): GovernanceError {
  const error = new GovernanceError('Network', 'The request was cancelled.', { cause });
  (error as { cancelled?: boolean }).cancelled = true;
  return error;
}

/** True for errors made by {@link cancelledError}. */
export function isCancelledError(error: unknown): boolean {
  return error instanceof GovernanceError && (error as { cancelled?: boolean }).cancelled === true;
}

/** A GovernanceError from a Graph sub-response or status (batch items carry no GraphError). */
export function graphStatusError(status: number, body?: unknown): GovernanceError {
  const kind = kindForGraphStatus(status);
  const serverError = (body as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
  const message = typeof serverError?.message === 'string' && serverError.message !== '' ? serverError.message : DEFAULT_MESSAGES[kind] ?? `Microsoft Graph answered ${status}.`;
  return new GovernanceError(kind, message, { status, serverCode: typeof serverError?.code === 'string' ? serverError.code : undefined });
}

/** The Graph services' error normaliser: GraphError, network failures, aborts, anything else. */
export function toGraphGovernanceError(error: unknown, signal?: AbortSignal): GovernanceError {
  if (error instanceof GovernanceError) return error;
  if (isCancellation(error, signal)) return cancelledError(error);
  if (isGraphError(error) && error.statusCode > 0) {
    const kind = kindForGraphStatus(error.statusCode);
    const message = error.message !== undefined && error.message !== '' ? error.message : DEFAULT_MESSAGES[kind] ?? `Microsoft Graph answered ${error.statusCode}.`;
    return new GovernanceError(kind, message, { status: error.statusCode, serverCode: error.code ?? undefined, cause: error });
  }
  if (error instanceof TypeError) return new GovernanceError('Network', `Microsoft Graph could not be reached (${error.message}).`, { cause: error });
  return new GovernanceError('Unknown', error instanceof Error ? error.message : String(error), { cause: error });
}
