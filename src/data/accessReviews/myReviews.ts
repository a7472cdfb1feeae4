/**
 * A reviewer's first screen in three round trips (requests inside a round trip run in parallel):
 *   1. the Active campaigns (State is indexed);
 *   2. per Active campaign, the items whose Reviewer is me (Campaign and Reviewer indexed: this includes the items
 *      routed to me as fallback at snapshot time); for campaigns whose fallback I am, their "Don't know" decisions
 *      (Campaign and Decision indexed): the items handed to me later;
 *   3. the decisions of all those items (by ItemId in a few id-range filters, or by Campaign when the ids are too
 *      scattered for that) and, in parallel, the handed-over items themselves (by Id).
 * With one Active campaign and nothing delegated that is exactly three requests.
 */
import { decisionsByItem, deriveItemReview, parseReasons, type ItemReviewState } from '../../core/accessReviews';
import type { AccessReviewCampaign, AccessReviewDecision, AccessReviewItem, RecommendationReason } from '../../core/models/accessReview';
import type { PersonRef, Stored } from '../../core/models/common';
import { samePerson } from '../../core/ownership/counting';
import { ACCESS_REVIEW_CAMPAIGNS_LIST, ACCESS_REVIEW_DECISIONS_LIST, ACCESS_REVIEW_ITEMS_LIST } from '../../core/schema';
import { and, eq } from '../odata/filter';
import { filterField } from '../odata/fieldRef';
import { idFilters } from '../odata/idFilters';
import type { Repositories } from '../repositories/createRepositories';
import { loadByLookup } from '../repositories/loadByLookup';
import { readAll, readNarrowed } from '../query/readMatching';

export interface ReviewRow {
  readonly item: Stored<AccessReviewItem>;
  readonly campaign: Stored<AccessReviewCampaign>;
  readonly state: ItemReviewState;
  readonly reasons: readonly RecommendationReason[];
}

/** At most this many id filters for decisions; beyond, one read per campaign is cheaper. */
const MAX_ID_FILTERS = 4;

const campaignField = filterField(ACCESS_REVIEW_ITEMS_LIST, 'campaign');
const decisionCampaign = filterField(ACCESS_REVIEW_DECISIONS_LIST, 'campaign');

/** Decisions of the items `ids` (in campaigns `campaignIds`): by item id ranges when few, else by campaign. */
async function decisionsOf(repositories: Repositories, ids: readonly number[], campaignIds: readonly number[]): Promise<Stored<AccessReviewDecision>[]> {
  if (ids.length === 0) return [];
  const filters = idFilters(filterField(ACCESS_REVIEW_DECISIONS_LIST, 'item'), ids);
  if (filters.length <= MAX_ID_FILTERS) return (await Promise.all(filters.map((filter) => readAll(repositories.accessReviewDecisions, { filter })))).flat();
  return (await Promise.all(campaignIds.map((id) => readNarrowed(repositories.accessReviewDecisions, { filter: eq(decisionCampaign, id) })))).flat();
}

function compareRows(a: ReviewRow, b: ReviewRow): number {
  const open = (r: ReviewRow): number => (r.state.decision ? 1 : 0);
  return open(a) - open(b) || (a.campaign.dueDate ?? '').localeCompare(b.campaign.dueDate ?? '') || a.item.title.localeCompare(b.item.title) || a.item.id - b.item.id;
}

/** `signedIn` may still be loading: it is awaited beside the first read (the session's requests join round trip 1). */
export async function myReviews(repositories: Repositories, signedIn: PersonRef | Promise<PersonRef>): Promise<ReviewRow[]> {
  const [campaigns, me] = await Promise.all([readAll(repositories.accessReviewCampaigns, { filter: eq(filterField(ACCESS_REVIEW_CAMPAIGNS_LIST, 'state'), 'Active') }), signedIn]);
  if (campaigns.length === 0) return [];
  const byId = new Map(campaigns.map((c) => [c.id, c]));
  // A campaign above 5,000 items does not narrow: readNarrowed then reads it behind ID ranges.
  const mineByReviewer = campaigns.map((c) => readNarrowed(repositories.accessReviewItems, { filter: and(eq(campaignField, c.id), eq(filterField(ACCESS_REVIEW_ITEMS_LIST, 'reviewer'), me.id)) }));
  const handedOver = campaigns
    .filter((c) => samePerson(c.fallbackReviewer, me))
    .map((c) => readNarrowed(repositories.accessReviewDecisions, { filter: and(eq(decisionCampaign, c.id), eq(filterField(ACCESS_REVIEW_DECISIONS_LIST, 'decision'), "Don't know")) }));
  const [mine, dontKnow] = await Promise.all([Promise.all(mineByReviewer), Promise.all(handedOver)]);

  const items = new Map<number, Stored<AccessReviewItem>>();
  for (const item of mine.flat()) items.set(item.id, item);
  const handed = dontKnow.flat();
  const delegatedIds = Array.from(new Set(handed.map((d) => d.item?.id).filter((id): id is number => typeof id === 'number' && !items.has(id))));
  // The delegated items' decisions are read with the others (by item id): their ids are known from the "Don't know"s.
  const campaignIds = Array.from(new Set([...items.values()].map((i) => i.campaign?.id).concat(handed.map((d) => d.campaign?.id)).filter((id): id is number => typeof id === 'number')));
  const [delegated, decisions] = await Promise.all([
    loadByLookup(repositories.accessReviewItems, 'Id', delegatedIds),
    decisionsOf(repositories, [...items.keys(), ...delegatedIds], campaignIds)
  ]);
  for (const item of delegated) items.set(item.id, item);

  const byItem = decisionsByItem(decisions);
  const rows: ReviewRow[] = [];
  for (const item of items.values()) {
    const campaign = item.campaign ? byId.get(item.campaign.id) : undefined;
    if (!campaign) continue;
    const state = deriveItemReview(item, campaign, byItem.get(item.id) ?? []);
    if (!samePerson(item.reviewer, me) && !samePerson(state.expectedReviewer, me)) continue;
    rows.push({ item, campaign, state, reasons: parseReasons(item.recommendationReasons) });
  }
  return rows.sort(compareRows);
}
