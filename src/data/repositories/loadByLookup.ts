import type { Stored } from '../../core/models/common';
import { eq, or } from '../odata/filter';
import type { IListRepository, PageQuery } from './types';

/** Ids per `or` filter: keeps request URLs short on a tenant. */
export const IDS_PER_QUERY = 50;

/** Items per request: a record has a handful of decision items, so one page almost always suffices. */
const PAGE = 500;

function chunks<T>(values: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += size) out.push(values.slice(i, i + size));
  return out;
}

/**
 * Every item of `repository` whose lookup `field` (its filter name, e.g. `AssetId`) is one of `ids`: indexed `or`
 * filters of at most `IDS_PER_QUERY` ids, the chunks read in parallel and each paged to the end. A page of 50
 * records therefore costs one request per list, which is how the registers read the decision items beside a page.
 * `select` narrows the columns read (e.g. `'ID'` as the field and a few columns: records by id).
 */
export async function loadByLookup<T>(repository: IListRepository<T>, field: string, ids: readonly number[], select?: PageQuery<T>['select']): Promise<Stored<T>[]> {
  const parts = await Promise.all(
    chunks(ids, IDS_PER_QUERY).map(async (group) => {
      const items: Stored<T>[] = [];
      let continuation: string | undefined;
      do {
        const page = await repository.page({ filter: or(...group.map((id) => eq(field, id))), top: PAGE, select }, continuation);
        items.push(...page.items);
        continuation = page.continuation;
      } while (continuation !== undefined);
      return items;
    })
  );
  return ([] as Stored<T>[]).concat(...parts);
}
