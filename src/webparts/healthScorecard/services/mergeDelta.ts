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
 * Cached rows (in ID order, as the cache holds them) with the changed ones put in (by id, the changed copy wins; of
 * two changed copies, the later), and, when `liveIds` is given (the IDs the list holds now), the deleted ones taken
 * out. One pass over both sorted inputs, so a delta over 100,000 cached rows neither hashes nor sorts them. Never
 * mutates its inputs.
 */
export function mergeDelta<R extends { readonly id: number }>(cached: readonly R[], changed: readonly R[], liveIds?: ReadonlySet<number>): MergeResult<R> {
  // Array.prototype.sort is stable, so among copies of one id the last one received stays last.
  const incoming = changed.slice().sort((a, b) => a.id - b.id);
  const rows: R[] = [];
  let removed = 0;
  const keep = (row: R): void => {
    if (liveIds && !liveIds.has(row.id)) removed++;
    else rows.push(row);
  };
  let i = 0;
  let j = 0;
  while (i < cached.length || j < incoming.length) {
    if (j === incoming.length || (i < cached.length && cached[i].id < incoming[j].id)) {
      keep(cached[i++]);
      continue;
    }
    const id = incoming[j].id;
    let row = incoming[j++];
    while (j < incoming.length && incoming[j].id === id) row = incoming[j++];
    while (i < cached.length && cached[i].id === id) i++;
    keep(row);
  }
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
