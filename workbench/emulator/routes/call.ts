/** What every route handler receives: the environment, the request, and the path segments still to route. */
import { invalidQuery, methodNotAllowed, routeNotFound, type SpError } from '../errors';
import type { MetadataMode } from '../format';
import type { SearchIndex } from '../search/searchIndex';
import type { EmulatorStore } from '../store';
import type { EmuRequest, EmuResponse } from '../types';

/** One path segment: `getByTitle('T')` is `{ name: 'getbytitle', arg: "'T'" }`. */
export interface Segment {
  /** Lower-cased, so routes match `getByTitle` and `getbytitle` alike, like SharePoint. */
  readonly name: string;
  readonly raw: string;
  readonly arg?: string;
}

/** Shared, per-emulator state. */
export interface RouteEnv {
  readonly store: EmulatorStore;
  /** Absolute site URL, e.g. http://127.0.0.1:4400/sites/governance. */
  readonly siteUrl: string;
  readonly sitePath: string;
  readonly listViewThreshold: number;
  /** Fault injection for the parts of a $batch (rate mode, scope `part`); none when absent. */
  readonly partFault?: (method: string, pathAndQuery: string) => SpError | undefined;
  /** SharePoint Search over the crawled lists; absent: search is not available. */
  readonly search?: SearchIndex;
}

/** The effective method: POST with X-HTTP-Method MERGE/DELETE/PATCH/PUT counts as that method (PATCH = MERGE). */
export type Method = 'GET' | 'POST' | 'MERGE' | 'DELETE' | 'PUT';

/** A request being routed. */
export interface Call {
  readonly env: RouteEnv;
  readonly req: EmuRequest;
  readonly method: Method;
  readonly mode: MetadataMode;
  readonly path: string;
}

/** A route handler: the remaining segments are its to interpret. */
export type Handler = (call: Call, rest: readonly Segment[]) => EmuResponse;

/** Parses the request body as JSON (empty body = {}); invalid JSON is SharePoint's 400. */
export function jsonBody(call: Call): Record<string, unknown> {
  if (call.req.body.trim() === '') return {};
  try {
    const parsed = JSON.parse(call.req.body) as unknown;
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
    return parsed as Record<string, unknown>;
  } catch {
    throw invalidQuery('Invalid JSON. A token was not recognized in the JSON content.');
  }
}

/** Unquotes a segment argument: `'O''Brien'` -> `O'Brien`, `guid'abc'` -> `abc`, `5` -> `5`. */
export function argText(arg: string | undefined): string {
  const text = (arg ?? '').trim().replace(/^guid(?=')/i, '');
  return text.startsWith("'") && text.endsWith("'") && text.length >= 2 ? text.slice(1, -1).replace(/''/g, "'") : text;
}

/** Reads an integer argument such as `items(5)` / `getById(5)`, or throws 400. */
export function intArg(arg: string | undefined): number {
  const n = Number(argText(arg));
  if (!Number.isInteger(n)) throw invalidQuery(`The value '${arg ?? ''}' is not a valid integer id.`);
  return n;
}

/** 404 for an unknown route. */
export const notFound = (call: Call): never => {
  throw routeNotFound(call.path);
};

/** 405 when the resource exists but not the method. */
export const badMethod = (call: Call): never => {
  throw methodNotAllowed(call.method, call.path);
};
