import { and, eq, ge, le, or, type ODataFilter } from './filter';

/** Longest `$filter` text per request (before URL encoding), as for the import's key lookups: inside URL limits. */
const MAX_FILTER_CHARS = 1500;

/** Runs of this many ids or more are read as one range instead of one `eq` term each. */
const MIN_RANGE = 3;

/**
 * Neighbouring ids at most this far apart join one range: a run of every third record (the rows of a file that
 * name a custodian) is still one request, at the price of reading the items in between, which callers drop.
 */
const MAX_GAP = 8;

/**
 * Widest range: so that one range never selects more than a few thousand items (SharePoint's list view threshold
 * is 5,000), even on the ownership lists, which hold a request or two per asset.
 */
const MAX_SPAN = 2000;

/**
 * Filters that together select the items whose `field` (`Id`, or a lookup's `<Name>Id`, both indexed) is one of
 * `ids`, each short enough for one request: runs of close ids become one `ge`/`le` range, the others `eq` terms,
 * joined by `or`. A bulk import creates consecutive ids, so its records (and the requests that name them)
 * are usually read with one request. A range may also select items not asked for: callers keep what they need.
 */
export function idFilters(field: string, ids: readonly number[], maxChars: number = MAX_FILTER_CHARS): ODataFilter[] {
  const sorted = Array.from(new Set(ids.filter((id) => Number.isInteger(id) && id > 0))).sort((a, b) => a - b);
  const terms: ODataFilter[] = [];
  for (let start = 0; start < sorted.length; ) {
    let end = start;
    while (end + 1 < sorted.length && sorted[end + 1] - sorted[end] <= MAX_GAP && sorted[end + 1] - sorted[start] < MAX_SPAN) end++;
    if (end - start + 1 >= MIN_RANGE) {
      terms.push(and(ge(field, sorted[start]), le(field, sorted[end])));
    } else {
      for (let i = start; i <= end; i++) terms.push(eq(field, sorted[i]));
    }
    start = end + 1;
  }
  const chunks: ODataFilter[][] = [];
  let length = 0;
  for (const term of terms) {
    const cost = term.text.length + 6;
    if (chunks.length === 0 || (length + cost > maxChars && chunks[chunks.length - 1].length > 0)) {
      chunks.push([]);
      length = 0;
    }
    chunks[chunks.length - 1].push(term);
    length += cost;
  }
  return chunks.map((chunk) => or(...chunk));
}
