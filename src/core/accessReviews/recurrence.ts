/** Recurring campaigns (issue 16): when one closes, the next instance is drafted with its dates moved on. */
import type { AccessReviewCampaign, CampaignRecurrence } from '../models/accessReview';
import type { Stored } from '../models/common';
import { addUtcMonths, parseIsoDate } from '../validation/isoDate';

const MONTHS: Readonly<Record<CampaignRecurrence, number>> = { 'One-off': 0, Quarterly: 3, 'Half-yearly': 6, Yearly: 12 };

function shift(date: string, months: number): string {
  const parsed = parseIsoDate(date);
  return parsed === undefined ? date : addUtcMonths(parsed, months).toISOString().slice(0, 10);
}

/** Removes a trailing " (2026-03-01)"-style date so each instance is named after its own start. */
function baseTitle(title: string): string {
  return title.replace(/\s*\(\d{4}-\d{2}-\d{2}\)$/, '');
}

/**
 * The next instance of a recurring campaign, as a Draft a lead starts (its snapshot is taken then); undefined for
 * one-off campaigns. Start and due dates move by the period, keeping the review window's length.
 */
export function nextCampaign(campaign: Stored<AccessReviewCampaign>): AccessReviewCampaign | undefined {
  const months = MONTHS[campaign.recurrence] ?? 0;
  if (months === 0) return undefined;
  const startDate = shift(campaign.startDate, months);
  return {
    title: `${baseTitle(campaign.title)} (${startDate})`.slice(0, 255),
    description: campaign.description,
    scopeKind: campaign.scopeKind,
    scope: campaign.scope,
    reviewerRule: campaign.reviewerRule,
    namedReviewers: campaign.namedReviewers,
    fallbackReviewer: campaign.fallbackReviewer,
    startDate,
    dueDate: shift(campaign.dueDate, months),
    recurrence: campaign.recurrence,
    undecidedOutcome: campaign.undecidedOutcome,
    justificationRequired: campaign.justificationRequired,
    state: 'Draft',
    region: campaign.region,
    previousCampaign: { id: campaign.id, title: campaign.title }
  };
}
