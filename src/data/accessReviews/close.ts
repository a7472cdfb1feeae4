/**
 * Closing a campaign: Active to Closed with ClosedOn (decisions made later stop counting), If-Match with the ETag the
 * lead read, so a concurrent change fails with Conflict. Outcomes are not written to the items: they are derived at
 * read time from the decisions and the campaign's rule for undecided items. A recurring campaign's next instance is
 * drafted at once.
 */
import { nextCampaign } from '../../core/accessReviews';
import { GovernanceError } from '../../core/errors';
import type { AccessReviewCampaign } from '../../core/models/accessReview';
import type { Stored } from '../../core/models/common';
import type { Repositories } from '../repositories/createRepositories';

export interface ClosedCampaign {
  readonly campaign: Stored<AccessReviewCampaign>;
  readonly next?: Stored<AccessReviewCampaign>;
}

export async function closeCampaign(repositories: Repositories, id: number, etag: string, now: Date): Promise<ClosedCampaign> {
  const current = await repositories.accessReviewCampaigns.getById(id);
  if (current.state !== 'Active') {
    const message = `"${current.title}" is ${current.state}: only an Active campaign can be closed.`;
    throw new GovernanceError('Validation', message, { issues: [{ field: 'state', code: 'notActive', message }] });
  }
  // The caller's ETag, not the one just read: a campaign changed since the lead looked at it must not close.
  await repositories.accessReviewCampaigns.update(id, { state: 'Closed', closedOn: now.toISOString() }, etag, { includeComputed: true });
  const campaign = await repositories.accessReviewCampaigns.getById(id);
  const draft = nextCampaign(campaign);
  const next = draft ? await repositories.accessReviewCampaigns.create(draft, { includeComputed: true }) : undefined;
  return { campaign, next };
}
