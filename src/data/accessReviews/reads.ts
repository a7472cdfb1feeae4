/**
 * Reads shared by the access review operations: whole result sets through the query planner's full reads (5,000 per
 * request in ID order, behind ID ranges when a campaign's filter does not narrow), so a campaign of 20,000 items
 * costs a few requests per list.
 */
import type { AccessReviewDecision, AccessReviewItem } from '../../core/models/accessReview';
import type { Stored } from '../../core/models/common';
import { ACCESS_REVIEW_DECISIONS_LIST, ACCESS_REVIEW_ITEMS_LIST } from '../../core/schema';
import { eq } from '../odata/filter';
import { filterField } from '../odata/fieldRef';
import { readNarrowed } from '../query/readMatching';
import type { Repositories } from '../repositories/createRepositories';

/** A campaign's items (Campaign is indexed); `select` narrows the columns for reads that need a few. */
export function campaignItems(repositories: Repositories, campaignId: number, select?: readonly (keyof AccessReviewItem & string)[]): Promise<Stored<AccessReviewItem>[]> {
  return readNarrowed(repositories.accessReviewItems, { filter: eq(filterField(ACCESS_REVIEW_ITEMS_LIST, 'campaign'), campaignId), select });
}

/** A campaign's decisions, with Author and Created (the decider and when: what the rule reads). */
export function campaignDecisions(repositories: Repositories, campaignId: number): Promise<Stored<AccessReviewDecision>[]> {
  return readNarrowed(repositories.accessReviewDecisions, { filter: eq(filterField(ACCESS_REVIEW_DECISIONS_LIST, 'campaign'), campaignId) });
}
