/**
 * $filter / $select / $orderby / $top over small JSON collections (lists, fields, users, groups). Items have their
 * own typed engine (itemQuery.ts); these collections are untyped, so literals compare by their runtime type.
 */
import { unknownField } from './errors';
import { compareValues, compileFilter, type Binding } from './odata/filterEval';
import { parseQueryOptions } from './odata/queryOptions';

type Obj = Record<string, unknown>;

/** Applies the request's query options to a collection of JSON objects (minimal-metadata shape). */
export function shapeCollection(objects: readonly Obj[], params: URLSearchParams): Obj[] {
  const options = parseQueryOptions(params);
  const keys = new Map<string, string>();
  for (const o of objects) for (const k of Object.keys(o)) keys.set(k.toLowerCase(), k);
  const bind = (path: string): Binding<Obj> => {
    const key = keys.get(path.toLowerCase());
    if (!key) throw unknownField(path);
    return { kind: 'any', get: (o) => o[key] };
  };
  let rows = [...objects];
  if (options.filter) {
    const predicate = compileFilter(options.filter, bind);
    rows = rows.filter(predicate);
  }
  for (const term of [...options.orderBy].reverse()) {
    const binding = bind(term.path);
    // Array.prototype.sort is stable, so sorting by the terms in reverse yields a multi-key order.
    rows.sort((a, b) => {
      const x = binding.get(a);
      const y = binding.get(b);
      const c = compareValues(x, y, 'lt') ? -1 : compareValues(x, y, 'gt') ? 1 : 0;
      return term.descending ? -c : c;
    });
  }
  if (options.top !== undefined) rows = rows.slice(0, options.top);
  return options.select && !options.select.includes('*') ? rows.map((o) => project(o, options.select as string[], keys)) : rows;
}

/** Keeps the selected properties (plus the odata.* annotations, which the formatter may strip). */
export function project(o: Obj, select: readonly string[], keys?: Map<string, string>): Obj {
  const out: Obj = {};
  for (const [k, v] of Object.entries(o)) if (k.startsWith('odata.')) out[k] = v;
  for (const name of select) {
    const key = keys?.get(name.toLowerCase()) ?? Object.keys(o).find((k) => k.toLowerCase() === name.toLowerCase());
    if (!key) throw unknownField(name);
    if (key in o) out[key] = o[key];
  }
  return out;
}
