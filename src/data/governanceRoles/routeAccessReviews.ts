/**
 * Proposing an access review campaign's fallback reviewer by the RACI (issue 19, part 2). The Accountable for
 * "decide access reviews" at the campaign's scope (its mission, its region, the organisation; else the Governance
 * Leads group) is proposed; a group proposes its first member (by site user id) who is not the lead creating the
 * campaign. The lead may still choose another person; the campaign's existing rule decides whose decisions count
 * (the fallback reviewer's, never on their own access).
 */
import type { PersonRef } from '../../core/models/common';
import type { ISiteDirectory } from '../people/siteDirectory';
import type { Repositories } from '../repositories/createRepositories';
import { routeDecisions, type DecisionRoute } from './routeDecisions';

/** The activity key access review campaigns route on. */
export const DECIDE_ACCESS_REVIEWS = 'decideAccessReviews';

/** What a campaign concerns: a region, optionally one mission of it; neither for an organisation-wide campaign. */
export interface CampaignRoutingScope {
  readonly region?: string;
  readonly mission?: string;
}

/** The proposed fallback reviewer and why; `decider` undefined when nobody but the lead could be proposed. */
export interface FallbackReviewerRoute extends DecisionRoute {
  /** The mission or region the Accountable was found for (undefined at organisation and fallback). */
  readonly scopeName?: string;
}

/** Who the governance roles propose as the fallback reviewer of a campaign `lead` creates for `scope` (one read of the matrix, plus one per group). */
export async function proposeFallbackReviewer(
  repositories: Pick<Repositories, 'governanceRoles'>,
  directory: Pick<ISiteDirectory, 'groupMembers'>,
  scope: CampaignRoutingScope,
  lead: PersonRef
): Promise<FallbackReviewerRoute> {
  const region = scope.region?.trim() || undefined;
  const mission = region === undefined ? undefined : scope.mission?.trim() || undefined;
  const [route] = await routeDecisions(repositories, directory, DECIDE_ACCESS_REVIEWS, [{ region, mission }], lead);
  const at = route.routing.resolvedAt;
  return { ...route, scopeName: at === 'Mission' ? mission : at === 'Region' ? region : undefined };
}
