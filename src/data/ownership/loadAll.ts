import type { Stored } from '../../core/models/common';
import { idFilters } from '../odata/idFilters';
import type { IListRepository } from '../repositories/types';
import { readAll as loadAll } from '../query/readMatching';

/**
 * Every item matching `query`, page by page in ID order, 5,000 per request: the shared full read, under the name the
 * ownership code has always used. For the ownership lists, which hold one item per nomination or decision.
 */
export { loadAll };

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
