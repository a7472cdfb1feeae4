/**
 * The list view threshold, as SharePoint applies it to a list holding more items than the threshold (5,000).
 *
 * Sources:
 * - "Manage large lists and libraries" (support.office.com, b8588dae-9387-48c2-9248-c24122f07c59; only its
 *   overview was readable here): a query or operation that would lock more than 5,000 rows at once is blocked.
 * - "Handling Large Folders and Lists" (learn.microsoft.com ee557257, SharePoint 2010): queries on lists of more
 *   than 5,000 items with non-indexed fields in their conditions fail, since they must scan every row.
 * - "Add an index to a list or library column" (support.microsoft.com f3f00554-b7dc-44d1-a2ed-d477eac463b0): up
 *   to 20 indexes per list (fields.ts, MAX_INDEXED_FIELDS).
 * - Community guidance (MicrosoftDocs/microsoft-365-community issue 135, "Living Large with Large Lists"): a view
 *   must be filtered first by a column that brings the items below 5,000, then by any other column.
 * Not verified in any text we could read, modelled on how an index seek works: that the first usable indexed
 * clause alone decides (other clauses only filter the rows it yields), that `ne`, `not`, functions (substringof,
 * startswith, endswith) and expanded `Lookup/Title` sub-properties cannot use an index, that each branch of an
 * `or` must narrow on its own, and that $orderby on a non-indexed column is refused even when the filter narrows.
 */
import { throttled } from './errors';
import { conjuncts, idBounds, rowsToVisit } from './idSeek';
import { requireProperty, type ListContext } from './itemProps';
import { compileFilter, type Binder } from './odata/filterEval';
import type { FilterNode } from './odata/filterParser';
import type { FieldDef, ItemRow } from './types';

/** Whether a property path reads an index: an indexed column's value or a lookup/person id (never `Owner/Title`). */
export function isIndexedPath(ctx: ListContext, path: string): FieldDef | undefined {
  const ref = requireProperty(ctx, path);
  if (ref.part === 'sub' && ref.sub?.toLowerCase() !== 'id') return undefined;
  return ref.field.Indexed || ref.field.InternalName === 'ID' ? ref.field : undefined;
}

/** The indexed column an index seek can serve this clause from (eq/lt/le/gt/ge against a non-null literal). */
function seekField(ctx: ListContext, node: FilterNode): FieldDef | undefined {
  if (node.type !== 'compare' || node.op === 'ne') return undefined;
  const [prop, lit] = node.left.type === 'property' ? [node.left, node.right] : [node.right, node.left];
  if (prop.type !== 'property' || lit.type !== 'literal' || lit.literal.type === 'null') return undefined;
  return isIndexedPath(ctx, prop.path);
}

/**
 * Rows a filter matches among all of the list's rows (security trimming does not shrink the scan); an ID range
 * counts only the rows in it (idSeek.ts).
 */
function countMatches(rows: ReadonlyMap<number, ItemRow>, node: FilterNode, bind: Binder<ItemRow>): number {
  const predicate = compileFilter(node, bind);
  let n = 0;
  for (const row of rowsToVisit(rows, idBounds(node))) if (predicate(row)) n++;
  return n;
}

/**
 * Whether `node` narrows the scan to at most `threshold` rows through an index: an `or` when every branch does;
 * an `and` chain through its leftmost clause that can seek an index, together with the other seekable clauses on
 * the same column (a range such as `ID ge 1 and ID le 2000`). Other clauses are checked on the narrowed rows.
 */
function narrows(ctx: ListContext, rows: ReadonlyMap<number, ItemRow>, node: FilterNode, bind: Binder<ItemRow>, threshold: number): boolean {
  if (node.type === 'or') return narrows(ctx, rows, node.left, bind, threshold) && narrows(ctx, rows, node.right, bind, threshold);
  const clauses = conjuncts(node);
  for (const clause of clauses) {
    if (clause.type === 'or') {
      if (narrows(ctx, rows, clause, bind, threshold)) return true;
      continue;
    }
    const field = seekField(ctx, clause);
    if (!field) continue;
    const range = clauses.filter((c) => seekField(ctx, c) === field)
      .reduce((acc: FilterNode, c) => ({ type: 'and', left: acc, right: c }));
    return countMatches(rows, range, bind) <= threshold;
  }
  return false;
}

/**
 * Throws SharePoint's SPQueryThrottledException when a query on a list over the threshold cannot be answered
 * through an index: $orderby on a non-indexed column, or a $filter whose first indexed clause does not narrow
 * the rows to the threshold. A query without $filter pages through the ID (or a sorted index) and passes.
 */
export function enforceThreshold(
  ctx: ListContext, rows: ReadonlyMap<number, ItemRow>, filter: FilterNode | undefined, orderPaths: readonly string[],
  bind: Binder<ItemRow>, threshold: number
): void {
  if (rows.size <= threshold) return;
  if (orderPaths.some((p) => !isIndexedPath(ctx, p))) throw throttled();
  if (filter && !narrows(ctx, rows, filter, bind, threshold)) throw throttled();
}
