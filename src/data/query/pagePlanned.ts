import { isGovernanceError } from '../../core/errors';
import type { Stored } from '../../core/models/common';
import { and, ge, lt, type ODataFilter, type ODataValue } from '../odata/filter';
import { checkTop } from '../repositories/queryGuard';
import type { IListRepository, Page, PageQuery, SortKey } from '../repositories/types';
import { decodeRangeCursor, encodeRangeCursor, isRangeContinuation, type RangeCursor } from './continuation';
import { ID_RANGE, MAX_PARALLEL_RANGES, topId, type IdRange } from './idRanges';
import { planFilter } from './planFilter';
import { sortPasses, type SortPasses } from './sortPasses';

/** A page query in parts the planner can order: one clause per condition, each built with the odata builder. */
export interface PlannedPageQuery<T> {
  readonly clauses?: readonly ODataFilter[];
  readonly orderBy?: readonly SortKey<T>[];
  /** Page size, 1-5000; default 100. */
  readonly top?: number;
  readonly select?: PageQuery<T>['select'];
  /** The first sort column's values in ascending order, when the schema's choices do not list them. */
  readonly sortValues?: readonly ODataValue[];
}

/** Filter + sort combinations SharePoint refused, per repository: later first pages go straight to ID ranges. */
const refused = new WeakMap<object, Set<string>>();

function refusalKey<T>(filter: ODataFilter | undefined, orderBy: readonly SortKey<T>[] | undefined): string {
  return `${filter?.text ?? ''}|${(orderBy ?? []).map((k) => `${k.field} ${k.ascending === false ? 'desc' : 'asc'}`).join(',')}`;
}

/**
 * One page of a grid over a list of any size. The clauses go out most selective first; when SharePoint still
 * refuses the query for the list view threshold (no clause narrows to 5,000 items), the page is filled from ID
 * ranges of 5,000 instead, in the requested order, and the continuation says where the next page resumes.
 * Continuations of either kind pass back unchanged.
 */
export async function pagePlanned<T>(repository: IListRepository<T>, query: PlannedPageQuery<T>, continuation?: string): Promise<Page<T>> {
  const filter = planFilter(repository.definition, query.clauses ?? []);
  if (isRangeContinuation(continuation)) return pageByRanges(repository, query, filter, decodeRangeCursor(continuation));
  const key = refusalKey(filter, query.orderBy);
  if (continuation !== undefined || refused.get(repository)?.has(key) !== true) {
    try {
      return await repository.page({ filter, orderBy: query.orderBy, top: query.top, select: query.select }, continuation);
    } catch (error) {
      if (!isGovernanceError(error, 'ThresholdExceeded') || continuation !== undefined) throw error;
      refused.set(repository, (refused.get(repository) ?? new Set<string>()).add(key));
    }
  }
  return pageByRanges(repository, query, filter, undefined);
}

/** The next `count` ranges of the current pass from `state`, in reading order. */
function nextRanges(state: RangeCursor, count: number, ascending: boolean): IdRange[] {
  const ranges: IdRange[] = [];
  for (let k = 0; k < count; k++) {
    if (ascending) {
      const from = state.cursor + k * ID_RANGE;
      if (from > state.top) break;
      ranges.push({ from, to: Math.min(from + ID_RANGE, state.top + 1) });
    } else {
      const to = state.cursor - k * ID_RANGE;
      if (to <= 1) break;
      ranges.push({ from: Math.max(1, to - ID_RANGE), to });
    }
  }
  return ranges;
}

/** `state` itself while its pass has IDs left, else the start of the next pass; undefined after the last one. */
function settle(state: RangeCursor, sort: SortPasses): RangeCursor | undefined {
  const left = sort.ascending ? state.cursor <= state.top : state.cursor > 1;
  if (left) return state;
  const bucket = state.bucket + 1;
  return bucket < sort.passes.length ? { top: state.top, bucket, cursor: sort.ascending ? 1 : state.top + 1 } : undefined;
}

async function pageByRanges<T>(repository: IListRepository<T>, query: PlannedPageQuery<T>, filter: ODataFilter | undefined, start: RangeCursor | undefined): Promise<Page<T>> {
  const sort = sortPasses(repository.definition, query.orderBy, query.sortValues);
  const size = checkTop(query.top);
  let state: RangeCursor | undefined = start;
  if (state === undefined) {
    const maxId = await topId(repository);
    state = settle({ top: maxId, bucket: 0, cursor: sort.ascending ? 1 : maxId + 1 }, sort);
  }
  const items: Stored<T>[] = [];
  // One range first (a dense filter fills the page from it), then a few at once while the page stays sparse.
  let width = 1;
  while (state !== undefined && items.length < size) {
    const current: RangeCursor = state;
    const need = size - items.length;
    const ranges = nextRanges(current, width, sort.ascending);
    const pass = sort.passes[current.bucket];
    const pages = await Promise.all(ranges.map((range) => repository.page({
      filter: and(...[ge('Id', range.from), lt('Id', range.to), pass, filter].filter((c): c is ODataFilter => c !== undefined)),
      orderBy: [{ field: 'id', ascending: sort.ascending }],
      top: need,
      select: query.select
    })));
    // A range answering fewer than `need` items holds no more; one answering `need` fills the page.
    const read = pages.flatMap((page) => page.items).slice(0, need);
    items.push(...read);
    const last = read[read.length - 1];
    const cursor = items.length === size && last !== undefined
      ? (sort.ascending ? last.id + 1 : last.id)
      : (sort.ascending ? ranges[ranges.length - 1].to : ranges[ranges.length - 1].from);
    state = settle({ ...current, cursor }, sort);
    width = Math.min(MAX_PARALLEL_RANGES, width * 2);
  }
  return { items, continuation: state === undefined ? undefined : encodeRangeCursor(state) };
}
