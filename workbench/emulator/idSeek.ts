/**
 * An index seek on ID, as SharePoint answers `ID ge a and ID lt b` on a large list: the IDs a filter's top-level
 * `and` chain bounds with numeric comparisons, so a query over one range of 100,000 items visits that range, not
 * every row (the partitioned scorecard load sends one such query per range and page). The whole filter still runs
 * on every visited row: the seek only decides which rows are visited, never which match.
 */
import type { FilterNode } from './odata/filterParser';
import type { ItemRow } from './types';

/** The clauses of an `and` chain, leftmost first. */
export function conjuncts(node: FilterNode): FilterNode[] {
  return node.type === 'and' ? [...conjuncts(node.left), ...conjuncts(node.right)] : [node];
}

/** The inclusive ID interval a filter's `and` chain allows; infinite ends where it sets none. */
export interface IdBounds {
  readonly from: number;
  readonly to: number;
}

const FLIPPED: Record<string, string> = { lt: 'gt', le: 'ge', gt: 'lt', ge: 'le', eq: 'eq' };

/** The ID bounds of `filter`, or undefined when no top-level clause compares ID with a number. */
export function idBounds(filter: FilterNode | undefined): IdBounds | undefined {
  if (!filter) return undefined;
  let from = -Infinity;
  let to = Infinity;
  let bounded = false;
  for (const clause of conjuncts(filter)) {
    if (clause.type !== 'compare') continue;
    const propertyLeft = clause.left.type === 'property';
    const [property, literal] = propertyLeft ? [clause.left, clause.right] : [clause.right, clause.left];
    if (property.type !== 'property' || property.path.toLowerCase() !== 'id' || literal.type !== 'literal' || literal.literal.type !== 'number') continue;
    const value = literal.literal.value;
    const op = propertyLeft ? clause.op : FLIPPED[clause.op];
    if (op === 'eq' || op === 'ge') from = Math.max(from, Math.ceil(value));
    if (op === 'eq' || op === 'le') to = Math.min(to, Math.floor(value));
    if (op === 'gt') from = Math.max(from, Math.floor(value) + 1);
    if (op === 'lt') to = Math.min(to, Math.ceil(value) - 1);
    bounded = bounded || op in FLIPPED;
  }
  return bounded ? { from, to } : undefined;
}

/**
 * The rows to visit, in ID order, from `afterId` + 1 on: only the bounded IDs when the interval is finite and no
 * wider than the list (IDs grow by one per item), otherwise every row.
 */
export function* rowsToVisit(rows: ReadonlyMap<number, ItemRow>, bounds: IdBounds | undefined, afterId: number = 0): Generator<ItemRow> {
  if (bounds && Number.isFinite(bounds.from) && Number.isFinite(bounds.to) && bounds.to - bounds.from < rows.size) {
    for (let id = Math.max(bounds.from, afterId + 1, 1); id <= bounds.to; id++) {
      const row = rows.get(id);
      if (row) yield row;
    }
    return;
  }
  for (const row of rows.values()) {
    if (row.id > afterId) yield row;
  }
}
