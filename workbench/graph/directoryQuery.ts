/**
 * OData query handling of the directory routes, as Graph does it for directory objects: `$filter` clauses the
 * suite sends (anything else is refused 400 Request_UnsupportedQuery, as Graph refuses filters it does not
 * support), `$select` of top-level properties, and server-driven paging with `$top` and an opaque `$skiptoken`
 * in an absolute `@odata.nextLink` on graph.microsoft.com (clients follow it as given).
 */
import { graphError, json, type GraphAnswer, type GraphCall } from './answers';

const GRAPH_ROOT = 'https://graph.microsoft.com/v1.0';

/** A filter predicate over a JSON object, or the 400 Graph answers for a filter it cannot run. */
export type FilterResult = { readonly test: (item: Record<string, unknown>) => boolean } | { readonly error: GraphAnswer };

/** Splits on a keyword (` and `, ` or `) outside string literals (where '' is an escaped quote). */
function splitOutsideQuotes(text: string, keyword: string): string[] {
  const parts: string[] = [];
  let inside = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "'") inside = !inside;
    else if (!inside && text.slice(i, i + keyword.length).toLowerCase() === keyword) {
      parts.push(text.slice(start, i));
      start = i + keyword.length;
      i += keyword.length - 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim().replace(/^\((.*)\)$/, '$1').trim());
}

const unquote = (text: string): string => text.replace(/''/g, "'");
const text = (value: unknown): string => (typeof value === 'string' ? value.toLowerCase() : '');
// A string literal is '...' with '' for a quote inside.
const EQ = /^(\w+) eq '((?:[^']|'')*)'$/i;
const STARTS_WITH = /^startswith\((\w+), ?'((?:[^']|'')*)'\)$/i;
const IN = /^(\w+) in \(((?:'(?:[^']|'')*'(?:, ?)?)+)\)$/i;
const IN_VALUE = /'((?:[^']|'')*)'/g;
/** Graph's limit on the values of one `in (...)` (it counts them as OR clauses). */
const MAX_IN = 15;
const ANY_EQ = /^(\w+)\/any\((\w+): ?(\w+) eq '((?:[^']|'')*)'\)$/i;

/** One clause: `p eq 'v'`, `startswith(p,'v')`, `p in ('v1','v2')` (at most 15), `coll/any(x:x eq 'v')` (string comparisons are case-insensitive in Graph). */
function clause(raw: string): ((item: Record<string, unknown>) => boolean) | undefined {
  let m = EQ.exec(raw);
  if (m !== null) { const [, p, v] = m; return (item) => text(item[p]) === unquote(v).toLowerCase(); }
  m = STARTS_WITH.exec(raw);
  if (m !== null) { const [, p, v] = m; return (item) => text(item[p]).startsWith(unquote(v).toLowerCase()); }
  m = IN.exec(raw);
  if (m !== null) {
    const [, p, list] = m;
    const values = new Set(Array.from(list.matchAll(IN_VALUE), (v) => unquote(v[1]).toLowerCase()));
    return values.size > MAX_IN ? undefined : (item) => values.has(text(item[p]));
  }
  m = ANY_EQ.exec(raw);
  if (m !== null && m[2] === m[3]) {
    const [, p, , , v] = m;
    return (item) => Array.isArray(item[p]) && (item[p] as unknown[]).some((x) => text(x) === unquote(v).toLowerCase());
  }
  return undefined;
}

/** `$filter` of clauses joined by `and`, or by `or` (not mixed: the suite never mixes them). */
// eslint-disable-next-line @rushstack/no-new-null -- URLSearchParams.get gives null for an absent parameter
export function parseFilter(filter: string | null): FilterResult {
  if (filter === null || filter.trim() === '') return { test: () => true };
  const refuse = (): FilterResult => ({ error: graphError(400, 'Request_UnsupportedQuery', `Unsupported or invalid query filter clause specified: ${filter}`) });
  const ors = splitOutsideQuotes(filter.trim(), ' or ');
  const ands = ors.length === 1 ? splitOutsideQuotes(filter.trim(), ' and ') : [];
  if (ors.length > 1 && /\sand\s/i.test(filter.replace(/'(?:[^']|'')*'/g, "''"))) return refuse();
  const tests = (ors.length > 1 ? ors : ands).map(clause);
  if (tests.some((t) => t === undefined)) return refuse();
  const all = tests as ((item: Record<string, unknown>) => boolean)[];
  return { test: ors.length > 1 ? (item) => all.some((t) => t(item)) : (item) => all.every((t) => t(item)) };
}

/** The requested top-level properties, or undefined for the default set. */
export function selected(call: GraphCall): string[] | undefined {
  const fields = (call.query.get('$select') ?? '').split(',').map((f) => f.trim()).filter((f) => f !== '');
  return fields.length === 0 ? undefined : fields;
}

/**
 * Keeps the `$select`ed properties (Graph returns only those, no id unless asked) and `@odata.type`; properties
 * Graph returns only on `$select` (`optional`) are dropped from the default answer.
 */
export function project(item: Record<string, unknown>, call: GraphCall, optional: readonly string[] = []): Record<string, unknown> {
  const fields = selected(call);
  const out: Record<string, unknown> = {};
  if (typeof item['@odata.type'] === 'string') out['@odata.type'] = item['@odata.type'];
  if (fields === undefined) {
    for (const [k, v] of Object.entries(item)) if (!optional.includes(k)) out[k] = v;
    return out;
  }
  for (const f of fields) if (f in item) out[f] = item[f];
  return out;
}

function encodeToken(offset: number): string {
  return Buffer.from(`RFNwdA:${offset}`, 'utf8').toString('base64url');
}

function decodeToken(token: string): number | undefined {
  const m = /^RFNwdA:(\d+)$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
  return m === null ? undefined : Number(m[1]);
}

/**
 * One page of a collection: `$top` items (default 100; Graph refuses 0 or above 999) from the `$skiptoken`'s
 * offset, with an `@odata.nextLink` carrying the same query and the next token while items remain.
 */
export function page(call: GraphCall, items: readonly unknown[], context: string, defaultTop = 100): GraphAnswer {
  const rawTop = call.query.get('$top');
  const top = rawTop === null ? defaultTop : Number(rawTop);
  if (!Number.isInteger(top) || top < 1 || top > 999) return graphError(400, 'Request_BadRequest', `Invalid page size specified: '${rawTop ?? ''}'. Must be between 1 and 999 inclusive.`);
  const token = call.query.get('$skiptoken');
  const offset = token === null ? 0 : decodeToken(token);
  if (offset === undefined) return graphError(400, 'Directory_ExpiredPageToken', 'The specified page token value has expired and can no longer be included in your request.');
  const body: Record<string, unknown> = { '@odata.context': `${GRAPH_ROOT}/$metadata#${context}` };
  // $count=true counts with ConsistencyLevel: eventual (an advanced query, as in Graph); without the header it is ignored here.
  if (call.query.get('$count') === 'true' && (call.headers.consistencylevel ?? '').toLowerCase() === 'eventual') body['@odata.count'] = items.length;
  if (offset + top < items.length) {
    const next = new URLSearchParams(call.query);
    next.set('$skiptoken', encodeToken(offset + top));
    body['@odata.nextLink'] = `${GRAPH_ROOT}${call.path}?${next.toString().replace(/\+/g, '%20')}`;
  }
  body.value = items.slice(offset, offset + top);
  return json(body);
}
