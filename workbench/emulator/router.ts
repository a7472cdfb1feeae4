/**
 * Routes a SharePoint REST request (top-level or from inside a $batch) to its handler. Synchronous on purpose:
 * node:sqlite is synchronous, so a request runs start to finish without interleaving, which also makes $batch
 * parts execute strictly in order.
 */
import { handleBatch } from './batch';
import { digestInvalid, routeNotFound, SpError } from './errors';
import { errorResponse, metadataMode } from './format';
import type { Call, Method, RouteEnv, Segment } from './routes/call';
import { badMethod } from './routes/call';
import { listRoutes } from './routes/listRoutes';
import { searchRoutes } from './routes/searchRoutes';
import { contextInfo, webRoutes } from './routes/webRoutes';
import type { EmuRequest, EmuResponse } from './types';

/** Splits `web/lists/getByTitle('a/b')/items(3)` into segments, keeping slashes inside quotes. */
export function parsePath(path: string): Segment[] {
  const segments: Segment[] = [];
  let current = '';
  let quoted = false;
  for (const c of path) {
    if (c === "'") quoted = !quoted;
    if (c === '/' && !quoted) {
      if (current) segments.push(segment(current));
      current = '';
    } else {
      current += c;
    }
  }
  if (current) segments.push(segment(current));
  return segments;
}

function segment(raw: string): Segment {
  const open = raw.indexOf('(');
  if (open > 0 && raw.endsWith(')')) return { name: raw.slice(0, open).toLowerCase(), raw, arg: raw.slice(open + 1, -1) };
  return { name: raw.toLowerCase(), raw };
}

/** The effective method after X-HTTP-Method; PATCH is treated as MERGE, as SharePoint does. */
function effectiveMethod(req: EmuRequest): Method {
  const override = req.method === 'POST' ? (req.headers['x-http-method'] ?? '').toUpperCase() : '';
  const method = override || req.method.toUpperCase();
  if (method === 'PATCH') return 'MERGE';
  return (['GET', 'POST', 'MERGE', 'DELETE', 'PUT'].includes(method) ? method : 'POST') as Method;
}

/** Where `_api` starts for this site, or -1 when the path is not a REST call on the site. */
export function apiOffset(pathname: string, sitePath: string): number {
  const prefix = `${sitePath}/_api`.toLowerCase();
  const lower = pathname.toLowerCase();
  return lower === prefix || lower.startsWith(`${prefix}/`) ? prefix.length : -1;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Handles one SharePoint REST request; every failure becomes SharePoint's error JSON. */
export function route(env: RouteEnv, req: EmuRequest): EmuResponse {
  const mode = metadataMode(req.headers.accept);
  try {
    const offset = apiOffset(req.url.pathname, env.sitePath);
    if (offset < 0) throw routeNotFound(req.url.pathname);
    const segments = parsePath(safeDecode(req.url.pathname.slice(offset)));
    const method = effectiveMethod(req);
    const call: Call = { env, req, method, mode, path: req.url.pathname };
    const [head, ...rest] = segments;
    const isContextInfo = head?.name === 'contextinfo' && rest.length === 0;
    // SharePoint rejects a cookie-authenticated write without a form digest; OAuth bearer requests need none, and
    // inside a $batch the outer request carried it.
    const bearer = /^Bearer\s+\S/i.test(req.headers.authorization ?? '');
    if (method !== 'GET' && !isContextInfo && !req.inBatch && !bearer && (req.headers['x-requestdigest'] ?? '').trim() === '') throw digestInvalid();
    if (!head) throw routeNotFound(req.url.pathname);
    if (isContextInfo) return contextInfo(call);
    if (head.name === '$batch' && rest.length === 0) {
      if (method !== 'POST' || req.inBatch) return badMethod(call);
      // One SQLite transaction per batch only for speed (one commit instead of one per write). Semantics stay
      // non-transactional like SharePoint: each part catches its own errors, and a failed part writes nothing.
      return env.store.transaction(() => handleBatch(req, (inner) => {
        const fault = env.partFault?.(inner.method, inner.url.pathname + inner.url.search);
        return fault ? errorResponse(fault, metadataMode(inner.headers.accept)) : route(env, inner);
      }));
    }
    if (head.name === 'lists') return listRoutes(call, head, rest);
    if (head.name === 'search') return searchRoutes(call, rest);
    if (head.name === 'web' && head.arg === undefined) {
      if (rest[0]?.name === 'lists') return listRoutes(call, rest[0], rest.slice(1));
      const handled = webRoutes(call, rest);
      if (handled) return handled;
    }
    throw routeNotFound(req.url.pathname);
  } catch (error) {
    if (error instanceof SpError) return errorResponse(error, mode);
    const message = error instanceof Error ? error.message : String(error);
    return errorResponse(new SpError(500, '-2146233088, System.InvalidOperationException', message), mode);
  }
}
