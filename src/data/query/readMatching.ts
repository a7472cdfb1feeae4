/**
 * Full reads (exports, bulk operations, jobs): every matching item, 5,000 per request (SharePoint's largest page) in
 * ID order, with only the columns asked for. A filter SharePoint refuses for the list view threshold is read again
 * behind ID ranges of 5,000, which always narrow.
 */
import type { Stored } from '../../core/models/common';
import { isGovernanceError } from '../../core/errors';
import { and, ge, lt, type ODataFilter } from '../odata/filter';
import type { IListRepository, PageQuery } from '../repositories/types';
import { allRanges, ID_RANGE, mapLimited, MAX_PARALLEL_RANGES, topId } from './idRanges';
import { planFilter } from './planFilter';

/** SharePoint's largest page. */
export const READ_PAGE = ID_RANGE;

/** What a full read asks for: a filter (or clauses the planner orders) and the columns to read. */
export type FullReadQuery<T> = Omit<PageQuery<T>, 'top' | 'orderBy'>;

/** Every item matching `query`, page after page (each page one request), in ID order. */
export async function readAll<T>(repository: IListRepository<T>, query: FullReadQuery<T> = {}): Promise<Stored<T>[]> {
  const out: Stored<T>[] = [];
  let continuation: string | undefined;
  do {
    const page = await repository.page({ ...query, top: READ_PAGE, orderBy: [{ field: 'id', ascending: true }] }, continuation);
    out.push(...page.items);
    continuation = page.continuation;
  } while (continuation !== undefined);
  return out;
}

/**
 * Every item matching `query.filter`; when SharePoint refuses it for the list view threshold, the same filter
 * behind ID ranges of 5,000 (a few at a time), in ID order.
 */
export async function readNarrowed<T>(repository: IListRepository<T>, query: FullReadQuery<T>): Promise<Stored<T>[]> {
  const filter = query.filter;
  try {
    return await readAll(repository, query);
  } catch (error) {
    if (!isGovernanceError(error, 'ThresholdExceeded') || filter === undefined) throw error;
  }
  return readByRanges(repository, { ...query, filter });
}

/** Every item matching `filter` read range by range, without trying the plain query first. */
export async function readByRanges<T>(repository: IListRepository<T>, query: FullReadQuery<T> & { readonly filter: ODataFilter }): Promise<Stored<T>[]> {
  const ranges = allRanges(await topId(repository));
  const parts = await mapLimited(ranges, MAX_PARALLEL_RANGES, (range) =>
    readAll(repository, { ...query, filter: and(ge('Id', range.from), lt('Id', range.to), query.filter) }));
  return parts.flat();
}

/** Every item matching all `clauses` (ordered by the planner, most selective first); everything when there are none. */
export function readPlanned<T>(repository: IListRepository<T>, clauses: readonly ODataFilter[], select?: FullReadQuery<T>['select']): Promise<Stored<T>[]> {
  const filter = planFilter(repository.definition, clauses);
  return filter === undefined ? readAll(repository, { select }) : readNarrowed(repository, { filter, select });
}
