/**
 * Free-text search over one list through SharePoint Search (which, unlike `substringof`, is not bound by the list
 * view threshold). Search returns item IDs only; callers read the items themselves from the list, so no managed
 * property mapping is needed on the tenant and columns and ETags are the list's own.
 */

/** The IDs search found, best first. */
export interface ListSearchHits {
  readonly ids: readonly number[];
  /** All matches search counted (may exceed `ids` when more rows exist than were asked for). */
  readonly total: number;
  /** Where to continue (`startRow` of the next call); absent when search has no more rows. */
  readonly nextStartRow?: number;
}

/** How a free-text query was served, so the UI can say so. */
export type SearchSource =
  /** SharePoint Search found the records: they may lag a few minutes behind recent changes. */
  | 'search'
  /** Search could not serve, so titles containing the text were read within the chosen mission. */
  | 'listScan'
  /** Search could not serve (off, or nothing found yet) and nothing narrows the list: choose a mission first. */
  | 'needsMission';

/** Searches one list. Implementations reject with a `GovernanceError` (kind Unknown/Network when search is down). */
export interface IListSearch {
  /** Item IDs of list `listTitle` whose text matches `text`, best first, at most `rowLimit` (<= 500) from `startRow`. */
  search(listTitle: string, text: string, options?: { readonly startRow?: number; readonly rowLimit?: number }): Promise<ListSearchHits>;
}
