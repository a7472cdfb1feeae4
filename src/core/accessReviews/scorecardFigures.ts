/**
 * Access review figures per region for the Data Health Scorecard (issue 16): completion of the active campaigns,
 * overdue reviews, open SoD violations and stale groups. An item's region is the one the directory or the imported
 * file gave it; a violation's and a stale group's region is supplied by the caller (the principal's, the linked
 * records'). Anything without a region counts under `UNASSIGNED_REGION`.
 */
import type { AccessReviewCampaign } from '../models/accessReview';
import type { Stored } from '../models/common';
import { campaignProgress, type ReviewedItem } from './outcomes';
import type { StaleGroupReason } from './staleGroups';

export const UNASSIGNED_REGION = '';

export interface AccessRegionFigures {
  readonly region: string;
  /** Items of active campaigns. */
  readonly items: number;
  readonly decided: number;
  /** decided / items, undefined without items (an empty scope has no rate, not zero). */
  readonly completion?: number;
  /** Undecided items of active campaigns past their due date. */
  readonly overdueReviews: number;
  readonly openViolations: number;
  readonly staleGroups: number;
}

interface Tally {
  items: number;
  decided: number;
  overdueReviews: number;
  openViolations: number;
  staleGroups: number;
}

export function accessFiguresByRegion(
  campaigns: readonly { readonly campaign: Stored<AccessReviewCampaign>; readonly reviewed: readonly ReviewedItem[] }[],
  violations: readonly { readonly region?: string; readonly status: 'open' | 'excepted' }[],
  staleGroups: readonly { readonly region?: string }[],
  today: Date
): AccessRegionFigures[] {
  const tallies = new Map<string, Tally>();
  const tally = (region: string | undefined): Tally => {
    const key = region?.trim() || UNASSIGNED_REGION;
    const found = tallies.get(key) ?? { items: 0, decided: 0, overdueReviews: 0, openViolations: 0, staleGroups: 0 };
    tallies.set(key, found);
    return found;
  };
  for (const { campaign, reviewed } of campaigns) {
    if (campaign.state !== 'Active') continue;
    const overdue = campaignProgress(campaign, reviewed, today).overdue;
    for (const { item, state } of reviewed) {
      const t = tally(item.region ?? campaign.region);
      t.items += 1;
      if (state.decision) t.decided += 1;
      else if (overdue) t.overdueReviews += 1;
    }
  }
  for (const v of violations) if (v.status === 'open') tally(v.region).openViolations += 1;
  for (const g of staleGroups) tally(g.region).staleGroups += 1;
  return [...tallies.entries()]
    .map(([region, t]) => ({ region, ...t, completion: t.items === 0 ? undefined : t.decided / t.items }))
    .sort((a, b) => (a.region === UNASSIGNED_REGION ? 1 : b.region === UNASSIGNED_REGION ? -1 : a.region.localeCompare(b.region)));
}

/** What a figure counts, one line per counted thing, for the scorecard's drill-down. */
export interface AccessFigureDetail {
  readonly region: string;
  readonly figure: 'overdueReviews' | 'openViolations' | 'staleGroups';
  /** The principal (reviews, violations) or the group (stale groups). */
  readonly subject: string;
  /** The resource and campaign, or the rule: plain text, shown as text. */
  readonly detail: string;
  /** Stale groups: why (the UI says it in the reader's language). */
  readonly reasons?: readonly StaleGroupReason[];
}

/** The scorecard's access review section as loaded. */
export interface AccessFigures {
  readonly asOf: string;
  readonly regions: readonly AccessRegionFigures[];
  readonly details: readonly AccessFigureDetail[];
}
