import type { Stored } from '../../core/models/common';
import { and, type ODataFilter } from '../odata/filter';
import { idFilters } from '../odata/idFilters';
import type { IListRepository } from '../repositories/types';
import type { IListSearch } from './types';

/** Search requests one page may make at most when the list read keeps dropping hits (other filters set). */
const MAX_SEARCHES_PER_PAGE = 8;

/** Continuations of search pages start with this; the rest is the next search `startRow`. */
export const SEARCH_CONTINUATION = 'search:';

/** A page of items found by search and read from the list. */
export interface SearchListPage<T> {
  readonly items: Stored<T>[];
  readonly continuation?: string;
  /** Matches search counted before the list read applied `narrowing`. */
  readonly total: number;
}

/** What {@link searchListPage} needs. */
export interface SearchListPageRequest<T> {
  readonly search: IListSearch;
  readonly repository: IListRepository<T>;
  readonly text: string;
  /** Equality filters on indexed columns, applied when reading the found items from the list. */
  readonly narrowing?: ODataFilter;
  readonly pageSize: number;
  /** A continuation this function returned (starts with {@link SEARCH_CONTINUATION}). */
  readonly continuation?: string;
}

/**
 * Reads the items with these ids (and matching `narrowing`) from the list, in the order of `ids`. Each request's
 * filter starts with the ID terms, so every `or` branch narrows through the ID index and the list view threshold
 * lets it through, whatever else is filtered on.
 */
export async function readByIds<T>(repository: IListRepository<T>, ids: readonly number[], narrowing?: ODataFilter): Promise<Stored<T>[]> {
  const wanted = new Set(ids);
  const found = new Map<number, Stored<T>>();
  for (const idFilter of idFilters('ID', ids)) {
    const filter = narrowing ? and(idFilter, narrowing) : idFilter;
    let continuation: string | undefined;
    do {
      const page = await repository.page({ filter, top: 5000 }, continuation);
      // A range may bring items search did not find: keep only those asked for.
      for (const item of page.items) if (wanted.has(item.id)) found.set(item.id, item);
      continuation = page.continuation;
    } while (continuation !== undefined);
  }
  return ids.map((id) => found.get(id)).filter((item): item is Stored<T> => item !== undefined);
}

/**
 * One page of a free-text search: IDs from SharePoint Search in rank order, the items themselves read from the
 * list (so their columns and ETags are current and `narrowing` applies on the list). Search failures reject (see
 * `SpListSearch`); callers decide how to fall back.
 */
export async function searchListPage<T>(request: SearchListPageRequest<T>): Promise<SearchListPage<T>> {
  const { search, repository, text, narrowing, pageSize } = request;
  let startRow: number | undefined = request.continuation?.startsWith(SEARCH_CONTINUATION) ? Number(request.continuation.slice(SEARCH_CONTINUATION.length)) || 0 : 0;
  const items: Stored<T>[] = [];
  let total = 0;
  for (let round = 0; round < MAX_SEARCHES_PER_PAGE && startRow !== undefined && items.length < pageSize; round++) {
    const hits = await search.search(repository.definition.title, text, { startRow, rowLimit: Math.max(pageSize, 50) });
    total = hits.total;
    if (hits.ids.length > 0) items.push(...await readByIds(repository, hits.ids, narrowing));
    startRow = hits.nextStartRow;
  }
  return { items, total, continuation: startRow === undefined ? undefined : `${SEARCH_CONTINUATION}${startRow}` };
}
