/**
 * The item collection query: read security, $filter, $orderby, the list view threshold and $skiptoken paging.
 * Rows come from the store's in-memory cache (SQLite stays the store of record), so a page over 12,000 items
 * costs one filtered pass plus, with $orderby, one sort.
 */
import { accessDenied, invalidQuery } from './errors';
import { isMultiField } from './fields';
import { expandedSub, rawValue, requireProperty, type ListContext } from './itemProps';
import { accessOf, canRead } from './itemWrite';
import { compileFilter, type Binding, type ValueKind } from './odata/filterEval';
import { buildSkipToken, type QueryOptions } from './odata/queryOptions';
import { has } from './permissions';
import { idBounds, rowsToVisit } from './idSeek';
import { enforceThreshold } from './thresholdRule';
import type { FieldDef, ItemRow, SiteUser } from './types';

/** SharePoint's default page size and the largest $top it honours for list items. */
export const DEFAULT_TOP = 100;
export const MAX_TOP = 5000;
/** Up to this $top, a first sorted page keeps the best rows in one pass instead of sorting every match. */
const TOP_K_LIMIT = 50;

const KIND: Partial<Record<FieldDef['TypeAsString'], ValueKind>> = {
  Text: 'text', Note: 'text', Choice: 'text', MultiChoice: 'multi', Number: 'number', Currency: 'number', Integer: 'number',
  Counter: 'number', Boolean: 'boolean', Attachments: 'boolean', DateTime: 'date', User: 'number', Lookup: 'number',
  UserMulti: 'multi', LookupMulti: 'multi'
};

/** Binds a property path of an item for filtering and sorting (`Title`, `OwnerId`, `Owner/Id`, `Owner/Title`). */
export function bindItemProperty(ctx: ListContext, path: string, expand: readonly string[]): Binding<ItemRow> & { field: FieldDef } {
  const ref = requireProperty(ctx, path);
  const field = ref.field;
  if (ref.part === 'sub' && ref.sub !== undefined && ref.sub.toLowerCase() !== 'id') {
    if (!expand.some((e) => e.toLowerCase() === field.InternalName.toLowerCase())) {
      throw invalidQuery(`The field '${path}' cannot be used without $expand=${field.InternalName}.`);
    }
    const sub = ref.sub;
    if (isMultiField(field)) {
      return { field, kind: 'multi', get: (row) => (rawValue(row, field) as number[]).map((id) => expandedSub(ctx, field, id, sub)) };
    }
    return { field, kind: 'any', get: (row) => { const id = rawValue(row, field); return id === null ? null : expandedSub(ctx, field, id as number, sub); } };
  }
  if (field.TypeAsString === 'URL') return { field, kind: 'text', get: (row) => (rawValue(row, field) as { Url?: string } | null)?.Url ?? null };
  const kind = KIND[field.TypeAsString] ?? 'any';
  if (kind === 'date') return { field, kind, get: (row) => { const v = rawValue(row, field); return v === null ? null : Date.parse(v as string); } };
  return { field, kind, get: (row) => rawValue(row, field) };
}

/** A sort key component: null sorts first ascending, text compares case-insensitively. */
type Key = string | number | null;

function sortKey(kind: ValueKind, value: unknown): Key {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number') return value;
  return kind === 'text' || typeof value === 'string' ? String(value).toLowerCase() : String(value);
}

function compareKeys(a: Key, b: Key): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

/** How the token stores a value: ISO dates, 1/0 booleans, '' for null. */
function tokenValue(field: FieldDef, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (field.TypeAsString === 'DateTime' && typeof value === 'number') return new Date(value).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return String(value);
}

function keyFromToken(kind: ValueKind, text: string): Key {
  if (text === '') return null;
  if (kind === 'date') return Date.parse(text);
  if (kind === 'number') return Number(text);
  if (kind === 'boolean') return /^(1|true)$/i.test(text) ? 1 : 0;
  return text.toLowerCase();
}

/** The result of a collection query: the page and, when more rows remain, the next page's $skiptoken. */
export interface ItemPage {
  readonly rows: ItemRow[];
  readonly nextSkipToken?: string;
}

/** Runs a query; on a list over `threshold` items, thresholdRule.ts decides whether SharePoint would serve it. */
export function queryItems(ctx: ListContext, user: SiteUser, options: QueryOptions, threshold: number): ItemPage {
  const all = ctx.store.getItems(ctx.list.Id);
  const orderTerms = options.orderBy.map((t) => {
    const binding = bindItemProperty(ctx, t.path, options.expand);
    if (binding.kind === 'multi') throw invalidQuery(`The field '${t.path}' of a multi-value type cannot be used in $orderby.`);
    return { ...t, binding };
  });
  const bind = (path: string): Binding<ItemRow> => bindItemProperty(ctx, path, options.expand);
  enforceThreshold(ctx, all, options.filter, orderTerms.map((t) => t.path), bind, threshold);
  const predicate = options.filter ? compileFilter(options.filter, (path) => bindItemProperty(ctx, path, options.expand)) : undefined;
  const top = Math.min(options.top ?? DEFAULT_TOP, MAX_TOP);
  const access = accessOf(ctx, user);
  if (!has(access.mask, 'ViewListItems')) throw accessDenied();
  const visible = (row: ItemRow): boolean => canRead(ctx, access, row) && (!predicate || predicate(row));
  const bounds = idBounds(options.filter);

  if (orderTerms.length === 0 || (orderTerms.length === 1 && orderTerms[0].binding.field.InternalName === 'ID' && !orderTerms[0].descending)) {
    // ID order: the cache iterates in ID order, so stop as soon as the page (plus one look-ahead row) is full.
    const rows: ItemRow[] = [];
    let more = false;
    for (const row of rowsToVisit(all, bounds, options.skipToken?.lastId ?? 0)) {
      if (!visible(row)) continue;
      if (rows.length === top) { more = true; break; }
      rows.push(row);
    }
    const last = rows[rows.length - 1];
    return { rows, nextSkipToken: more && last ? buildSkipToken(last.id, []) : undefined };
  }

  const keyOf = (row: ItemRow): Keyed => ({ row, keys: orderTerms.map((t) => sortKey(t.binding.kind, t.binding.get(row))) });
  const cmp = (a: Keyed, b: Keyed): number => {
    for (let i = 0; i < orderTerms.length; i++) {
      const c = compareKeys(a.keys[i], b.keys[i]);
      if (c !== 0) return orderTerms[i].descending ? -c : c;
    }
    return a.row.id - b.row.id;
  };
  if (!options.skipToken && top >= 1 && top <= TOP_K_LIMIT) {
    return firstSortedPage(rowsToVisit(all, bounds), visible, keyOf, cmp, top, orderTerms);
  }
  const keyed: Keyed[] = [];
  for (const row of rowsToVisit(all, bounds)) {
    if (visible(row)) keyed.push(keyOf(row));
  }
  keyed.sort(cmp);
  let start = 0;
  if (options.skipToken) {
    const token = options.skipToken;
    const anchor = all.get(token.lastId);
    const cursor = {
      row: { id: token.lastId } as ItemRow,
      keys: orderTerms.map((t) => {
        const text = token.values.get(t.path) ?? [...token.values].find(([k]) => k.toLowerCase() === t.path.toLowerCase())?.[1];
        if (text !== undefined) return keyFromToken(t.binding.kind, text);
        return anchor ? sortKey(t.binding.kind, t.binding.get(anchor)) : null;
      })
    };
    // First row strictly after the cursor (binary search keeps deep pages cheap).
    let lo = 0;
    let hi = keyed.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cmp(keyed[mid], cursor) <= 0) lo = mid + 1; else hi = mid;
    }
    start = lo;
  }
  return sortedPage(keyed.slice(start, start + top), start + top < keyed.length, orderTerms);
}

type Keyed = { row: ItemRow; keys: Key[] };
type OrderTerm = { readonly binding: Binding<ItemRow> & { field: FieldDef }; readonly path: string };

/** A page of sorted rows and, when more remain, the token that resumes after its last row. */
function sortedPage(page: readonly Keyed[], more: boolean, orderTerms: readonly OrderTerm[]): ItemPage {
  const last = page[page.length - 1];
  return {
    rows: page.map((k) => k.row),
    nextSkipToken: more && last
      ? buildSkipToken(last.row.id, orderTerms.filter((t) => t.binding.field.InternalName !== 'ID')
        .map((t) => [t.path, tokenValue(t.binding.field, t.binding.get(last.row))] as const))
      : undefined
  };
}

/**
 * The first page of a sorted query with a small $top (`orderby=Modified desc&$top=1`, the newest change): the best
 * `top` rows kept in order during one pass, as an index seek would find them, instead of sorting every match.
 */
function firstSortedPage(
  rows: Iterable<ItemRow>, visible: (row: ItemRow) => boolean, keyOf: (row: ItemRow) => Keyed, cmp: (a: Keyed, b: Keyed) => number,
  top: number, orderTerms: readonly OrderTerm[]
): ItemPage {
  const best: Keyed[] = [];
  let matched = 0;
  for (const row of rows) {
    if (!visible(row)) continue;
    matched++;
    const item = keyOf(row);
    if (best.length === top && cmp(item, best[top - 1]) >= 0) continue;
    let at = best.length;
    while (at > 0 && cmp(item, best[at - 1]) < 0) at--;
    best.splice(at, 0, item);
    if (best.length > top) best.pop();
  }
  return sortedPage(best, matched > top, orderTerms);
}

