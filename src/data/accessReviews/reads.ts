/**
 * Reads shared by the access review operations: whole result sets paged 5,000 at a time (SharePoint's largest page)
 * in ID order, always behind an indexed filter, so a campaign of 20,000 items costs four requests per list.
 */
import type { AccessReviewDecision, AccessReviewItem } from '../../core/models/accessReview';
import type { Stored } from '../../core/models/common';
import { ACCESS_REVIEW_DECISIONS_LIST, ACCESS_REVIEW_ITEMS_LIST } from '../../core/schema';
import { isGovernanceError } from '../../core/errors';
import { and, eq, ge, lt } from '../odata/filter';
import { filterField } from '../odata/fieldRef';
import type { Repositories } from '../repositories/createRepositories';
import type { IListRepository, PageQuery } from '../repositories/types';

export const READ_PAGE = 5000;

/** Every item matching `query`, page after page (each page one request). */
export async function readAll<T>(repository: IListRepository<T>, query: Omit<PageQuery<T>, 'top' | 'orderBy'> = {}): Promise<Stored<T>[]> {
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
 * Every item matching `query.filter`; when SharePoint refuses it for the list view threshold (a campaign of more
 * than 5,000 items), the same filter behind ID ranges of 5,000, which the threshold always lets through.
 */
export async function readNarrowed<T>(repository: IListRepository<T>, query: Omit<PageQuery<T>, 'top' | 'orderBy'>): Promise<Stored<T>[]> {
  const filter = query.filter;
  try {
    return await readAll(repository, query);
  } catch (error) {
    if (!isGovernanceError(error, 'ThresholdExceeded') || filter === undefined) throw error;
  }
  const last = await repository.page({ select: [], top: 1, orderBy: [{ field: 'id', ascending: false }] });
  const maxId = last.items[0]?.id ?? 0;
  const ranges: number[] = [];
  for (let from = 1; from <= maxId; from += READ_PAGE) ranges.push(from);
  const parts = await Promise.all(ranges.map((from) => readAll(repository, { ...query, filter: and(ge('Id', from), lt('Id', from + READ_PAGE), filter) })));
  return parts.flat();
}

/** A campaign's items (Campaign is indexed); `select` narrows the columns for reads that need a few. */
export function campaignItems(repositories: Repositories, campaignId: number, select?: readonly (keyof AccessReviewItem & string)[]): Promise<Stored<AccessReviewItem>[]> {
  return readNarrowed(repositories.accessReviewItems, { filter: eq(filterField(ACCESS_REVIEW_ITEMS_LIST, 'campaign'), campaignId), select });
}

/** A campaign's decisions, with Author and Created (the decider and when: what the rule reads). */
export function campaignDecisions(repositories: Repositories, campaignId: number): Promise<Stored<AccessReviewDecision>[]> {
  return readNarrowed(repositories.accessReviewDecisions, { filter: eq(filterField(ACCESS_REVIEW_DECISIONS_LIST, 'campaign'), campaignId) });
}
