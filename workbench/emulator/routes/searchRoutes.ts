/**
 * SharePoint Search: `GET /_api/search/query?querytext='...'&rowlimit=...` and `POST /_api/search/postquery` with
 * `{ request: { Querytext, RowLimit, StartRow, SelectProperties, TrimDuplicates, SortList } }` (what PnPjs v4's
 * `sp.search()` sends), over the crawled index (search/searchIndex.ts). Verbose clients get arrays as `results`.
 */
import { SpError } from '../errors';
import { jsonResponse } from '../format';
import { KqlSyntaxError, parseKql } from '../search/kql';
import { runSearch, type SearchRequest } from '../search/searchQuery';
import type { EmuResponse } from '../types';
import { badMethod, jsonBody, notFound, type Call, type Segment } from './call';

/**
 * What SharePoint answers when the search service cannot serve (modelled: the exact text of a tenant's outage was
 * not in any text we could read; the exception type is the Search REST service's).
 */
export const searchUnavailable = (): SpError =>
  new SpError(503, '-1, Microsoft.Office.Server.Search.REST.SearchServiceException', 'The search service is not available. Try again later.');

const malformed = (message: string): SpError =>
  new SpError(400, '-1, Microsoft.Office.Server.Search.Query.InvalidQueryException', `The query is not valid: ${message}`);

/** A GET parameter value: `'text'` unquoted with `''` as a quote, arrays as comma-separated text. */
function param(params: URLSearchParams, name: string): string | undefined {
  const entry = [...params].find(([k]) => k.toLowerCase() === name);
  if (!entry) return undefined;
  const raw = entry[1].trim();
  return raw.startsWith("'") && raw.endsWith("'") && raw.length >= 2 ? raw.slice(1, -1).replace(/''/g, "'") : raw;
}

const num = (value: unknown): number | undefined => (value === undefined || value === null || value === '' ? undefined : Number(value));
const bool = (value: unknown): boolean | undefined => (value === undefined || value === null ? undefined : value === true || String(value).toLowerCase() === 'true');
/** POST arrays come plain (`[...]`) or, from verbose clients, as `{ results: [...] }`. */
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : Array.isArray((value as { results?: unknown })?.results) ? (value as { results: unknown[] }).results : []);

function fromGet(call: Call): SearchRequest {
  const p = call.req.url.searchParams;
  const sort = param(p, 'sortlist');
  return {
    querytext: param(p, 'querytext') ?? '',
    rowLimit: num(param(p, 'rowlimit')), startRow: num(param(p, 'startrow')), trimDuplicates: bool(param(p, 'trimduplicates')),
    selectProperties: param(p, 'selectproperties')?.split(',').map((s) => s.trim()).filter(Boolean),
    sortList: sort?.split(',').map((s) => { const [Property, dir] = s.split(':'); return { Property, Direction: dir?.toLowerCase() === 'descending' ? 1 : 0 }; })
  };
}

function fromPost(call: Call): SearchRequest {
  const request = (jsonBody(call).request ?? {}) as Record<string, unknown>;
  return {
    querytext: String(request.Querytext ?? ''),
    rowLimit: num(request.RowLimit), startRow: num(request.StartRow), trimDuplicates: bool(request.TrimDuplicates),
    selectProperties: list(request.SelectProperties).map(String),
    sortList: list(request.SortList).map((s) => ({ Property: String((s as { Property?: unknown }).Property ?? ''), Direction: Number((s as { Direction?: unknown }).Direction ?? 0) }))
  };
}

/** Routes `/_api/search/...`. */
export function searchRoutes(call: Call, rest: readonly Segment[]): EmuResponse {
  const [head, ...tail] = rest;
  if (!head || tail.length > 0 || (head.name !== 'query' && head.name !== 'postquery')) return notFound(call);
  if ((head.name === 'query') !== (call.method === 'GET')) return badMethod(call);
  const index = call.env.search;
  if (!index || !index.settings.enabled) throw searchUnavailable();
  const request = head.name === 'query' ? fromGet(call) : fromPost(call);
  let query;
  try {
    query = parseKql(request.querytext);
  } catch (error) {
    if (error instanceof KqlSyntaxError) throw malformed(error.message);
    throw error;
  }
  const result = runSearch(call.env.store, call.env.siteUrl, call.req.user, index.crawl(), query, request);
  // Verbose: `{"d": {"query": ...}}` / `{"d": {"postquery": ...}}`, the shape PnPjs's SearchResults unwraps.
  return jsonResponse(200, call.mode === 'verbose' ? { [head.name]: result } : result, call.mode);
}
