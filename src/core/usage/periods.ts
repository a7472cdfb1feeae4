/**
 * Which stored rows count. Re-importing a period writes the new rows under a new import batch first, then deletes the
 * older rows. Until that finishes a period may hold two batches, or an interrupted batch: readers show, per period,
 * the newest batch whose rows are all stored (as many as the batch declares), so a period is never shown mixed.
 */

/** What the rule needs of a stored row. */
export interface BatchedRow {
  readonly periodStart?: string;
  readonly periodEnd?: string;
  readonly importBatch?: string;
  readonly batchRows?: number;
}

export function periodKey(start: string | undefined, end: string | undefined): string {
  return `${(start ?? '').slice(0, 10)}|${(end ?? '').slice(0, 10)}`;
}

/**
 * A new batch id: the time first, so the newest batch sorts last, then a random part so two runs in the same
 * millisecond differ.
 */
export function newImportBatch(now: Date, random: () => number = Math.random): string {
  return `${now.toISOString()}#${Math.floor(random() * 0xffffffff).toString(16).padStart(8, '0')}`;
}

/** The rows to show: per period, the newest complete batch's. Rows without a batch form one complete batch. */
export function visibleRows<T extends BatchedRow>(rows: readonly T[]): T[] {
  const periods = new Map<string, Map<string, T[]>>();
  for (const row of rows) {
    const period = periodKey(row.periodStart, row.periodEnd);
    const batches = periods.get(period) ?? new Map<string, T[]>();
    periods.set(period, batches);
    const batch = row.importBatch ?? '';
    const list = batches.get(batch);
    if (list) list.push(row);
    else batches.set(batch, [row]);
  }
  const out: T[] = [];
  for (const batches of Array.from(periods.values())) {
    const complete = Array.from(batches.entries())
      .filter(([id, list]) => id === '' || list.every((r) => r.batchRows === list.length))
      .sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0));
    if (complete.length > 0) out.push(...complete[0][1]);
  }
  return out;
}

/**
 * The rows to use when `rows` are a subset of the stored rows (e.g. those matched to one AI system): a batch's
 * completeness (its declared `batchRows`) cannot be judged from a subset, so `visibleRows` would drop every batch.
 * Per period, the oldest batch still stored is used instead: a re-import deletes the older batch only after the new
 * one is complete, so while two batches are present the older is the complete one. A period's first import, if
 * interrupted, shows what it stored.
 */
export function visibleSubsetRows<T extends BatchedRow>(rows: readonly T[]): T[] {
  const oldest = new Map<string, string>();
  for (const row of rows) {
    const period = periodKey(row.periodStart, row.periodEnd);
    const batch = row.importBatch ?? '';
    const seen = oldest.get(period);
    if (seen === undefined || batch < seen) oldest.set(period, batch);
  }
  return rows.filter((row) => (row.importBatch ?? '') === oldest.get(periodKey(row.periodStart, row.periodEnd)));
}
