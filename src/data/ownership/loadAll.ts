import type { Stored } from '../../core/models/common';
import { idFilters } from '../odata/idFilters';
import type { IListRepository, PageQuery } from '../repositories/types';

/** Items per request when a whole list is read: SharePoint's maximum page, the fewest round trips. */
const PAGE_SIZE = 5000;

/**
 * Every item matching `query`, page by page in ID order (always indexed, so it stays under the list view threshold).
 * For the ownership lists, which hold one item per nomination or decision: far fewer than the assets.
 */
export async function loadAll<T>(repository: IListRepository<T>, query: Omit<PageQuery<T>, 'top' | 'orderBy'> = {}): Promise<Stored<T>[]> {
  const items: Stored<T>[] = [];
  let continuation: string | undefined;
  do {
    const page = await repository.page({ ...query, top: PAGE_SIZE, orderBy: [{ field: 'id', ascending: true }] }, continuation);
    items.push(...page.items);
    continuation = page.continuation;
  } while (continuation !== undefined);
  return items;
}

/**
 * Every item whose `field` (`Id` or a lookup's `<Name>Id`) is one of `ids`, read with `idFilters` (ranges and `or`
 * terms in chunks, a few requests however many ids), deduplicated by id. A range may bring items not asked for.
 */
export async function loadWhereIds<T>(repository: IListRepository<T>, field: string, ids: readonly number[]): Promise<Stored<T>[]> {
  const found = new Map<number, Stored<T>>();
  for (const filter of idFilters(field, ids)) {
    for (const item of await loadAll(repository, { filter })) found.set(item.id, item);
  }
  return Array.from(found.values());
}
