/** Pure merging of a delta refresh into cached rows (no I/O, so every edge is unit-tested). */

/** What merging changed. */
export interface MergeResult<R extends { readonly id: number }> {
  /** The merged rows in ID order. */
  readonly rows: R[];
  /** Rows of `changed` that were new or replaced a cached row. */
  readonly changed: number;
  /** Cached rows dropped because `liveIds` no longer holds them (deleted items). */
  readonly removed: number;
}

/**
 * Cached rows with the changed ones put in (by id, the changed copy wins), and, when `liveIds` is given (the IDs
 * the list holds now), the deleted ones taken out. Never mutates its inputs.
 */
export function mergeDelta<R extends { readonly id: number }>(cached: readonly R[], changed: readonly R[], liveIds?: ReadonlySet<number>): MergeResult<R> {
  const byId = new Map<number, R>();
  for (const row of cached) {
    byId.set(row.id, row);
  }
  for (const row of changed) {
    byId.set(row.id, row);
  }
  let removed = 0;
  if (liveIds) {
    for (const id of Array.from(byId.keys())) {
      if (!liveIds.has(id)) {
        byId.delete(id);
        removed++;
      }
    }
  }
  const rows = Array.from(byId.values()).sort((a, b) => a.id - b.id);
  return { rows, changed: changed.length, removed };
}

/**
 * Whether a delta may have missed deletions: the list's item count differs from the merged rows. Every item that
 * exists now is either unchanged (in the cache) or modified since the cursor (in the delta), so the merged rows
 * are a superset of the list; equal counts therefore mean nothing was deleted.
 */
export function deletionsPossible(mergedCount: number, itemCount: number): boolean {
  return mergedCount !== itemCount;
}
