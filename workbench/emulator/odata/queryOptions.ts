/**
 * Parsing of the other OData query options: $select, $expand, $orderby, $top, $skiptoken. Names are split on
 * commas only (property names never contain one); $filter has its own parser.
 */
import { invalidQuery } from '../errors';
import { parseFilter, type FilterNode } from './filterParser';

/** One $orderby term. */
export interface OrderTerm {
  readonly path: string;
  readonly descending: boolean;
}

/** SharePoint's paging position: the last row's ID plus its values of the $orderby properties. */
export interface SkipToken {
  readonly lastId: number;
  /** `p_<Property>` values by property path, as strings ('' for null). */
  readonly values: ReadonlyMap<string, string>;
}

/** The parsed query options of a collection request. */
export interface QueryOptions {
  readonly select?: string[];
  readonly expand: string[];
  readonly filter?: FilterNode;
  readonly filterText?: string;
  readonly orderBy: OrderTerm[];
  readonly top?: number;
  readonly skipToken?: SkipToken;
}

/** Reads a query parameter by name, matching `$top` and `%24top` case-insensitively. */
export function queryParam(params: URLSearchParams, name: string): string | undefined {
  const lower = name.toLowerCase();
  for (const [key, value] of params) {
    if (key.toLowerCase() === lower) return value;
  }
  return undefined;
}

const list = (text: string | undefined): string[] | undefined =>
  text === undefined ? undefined : text.split(',').map((s) => s.trim()).filter((s) => s.length > 0);

/** Parses every option; malformed values throw 400. */
export function parseQueryOptions(params: URLSearchParams): QueryOptions {
  const filterText = queryParam(params, '$filter');
  const topText = queryParam(params, '$top');
  let top: number | undefined;
  if (topText !== undefined) {
    top = Number(topText);
    if (!Number.isInteger(top) || top < 0) throw invalidQuery(`The $top value '${topText}' is not valid.`);
  }
  const orderBy = (list(queryParam(params, '$orderby')) ?? []).map((term): OrderTerm => {
    const parts = term.split(/\s+/);
    const direction = (parts[1] ?? 'asc').toLowerCase();
    if (parts.length > 2 || (direction !== 'asc' && direction !== 'desc')) throw invalidQuery(`The $orderby term '${term}' is not valid.`);
    return { path: parts[0], descending: direction === 'desc' };
  });
  const skipText = queryParam(params, '$skiptoken');
  return {
    select: list(queryParam(params, '$select')),
    expand: list(queryParam(params, '$expand')) ?? [],
    filter: filterText !== undefined && filterText.trim() !== '' ? parseFilter(filterText) : undefined,
    filterText,
    orderBy,
    top,
    skipToken: skipText ? parseSkipToken(skipText) : undefined
  };
}

/** Parses `Paged=TRUE&p_ID=12&p_Title=abc` (values inside are URL-encoded once more, as SharePoint does). */
export function parseSkipToken(text: string): SkipToken {
  const inner = new URLSearchParams(text);
  const values = new Map<string, string>();
  let lastId: number | undefined;
  for (const [key, value] of inner) {
    if (key.toLowerCase() === 'p_id') lastId = Number(value);
    else if (key.startsWith('p_')) values.set(key.slice(2), value);
  }
  if (lastId === undefined || !Number.isInteger(lastId)) throw invalidQuery(`The $skiptoken '${text}' is not valid.`);
  return { lastId, values };
}

/** Builds the $skiptoken value for the page after a row (`values` in $orderby order). */
export function buildSkipToken(lastId: number, values: ReadonlyArray<readonly [string, string]>): string {
  const parts = ['Paged=TRUE', ...values.map(([path, v]) => `p_${path}=${encodeURIComponent(v)}`), `p_ID=${lastId}`];
  return parts.join('&');
}
