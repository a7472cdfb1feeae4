/** Half-open ID range `[from, to)` of one parallel loader. */
export interface IdRange {
  readonly from: number;
  readonly to: number;
}

/**
 * Splits item IDs 1..maxId into at most `parts` contiguous half-open ranges of near-equal size that cover every
 * ID once (no gap, no overlap). ID is always indexed, so each range filters cheaply above the 5,000-item threshold.
 * Pure.
 */
export function partitionIdRanges(maxId: number, parts: number): IdRange[] {
  const max = Math.floor(maxId);
  const count = Math.max(1, Math.min(Math.floor(parts), max));
  if (!(max >= 1) || !(count >= 1)) {
    return [];
  }
  const ranges: IdRange[] = [];
  for (let i = 0; i < count; i++) {
    // Boundaries by integer division spread the remainder over the ranges, so sizes differ by at most one.
    const from = 1 + Math.floor((i * max) / count);
    const to = 1 + Math.floor(((i + 1) * max) / count);
    ranges.push({ from, to });
  }
  return ranges;
}

/** SharePoint's list view threshold: an ID range no wider than this reads at most this many items. */
export const MAX_RANGE_SPAN = 5000;

/**
 * At least `parts` ranges over 1..maxId, more when needed so that none spans more than `span` IDs: a range query
 * then never matches more items than the threshold, however large the list grows. Pure.
 */
export function boundedIdRanges(maxId: number, parts: number, span: number = MAX_RANGE_SPAN): IdRange[] {
  return partitionIdRanges(maxId, Math.max(parts, Math.ceil(Math.floor(maxId) / Math.max(1, span))));
}

/**
 * The widest span under `span` that is a whole number of pages of `pageSize` (`span` itself when a page is wider):
 * ranges of 5,000 IDs read in pages of 2,000 take three requests each (2,000, 2,000, 1,000), ranges of 4,000 two, so
 * 100,000 items take 50 requests instead of 60. Pure.
 */
export function pageAlignedSpan(span: number, pageSize: number): number {
  return pageSize >= 1 && span >= pageSize ? Math.floor(span / pageSize) * pageSize : span;
}
