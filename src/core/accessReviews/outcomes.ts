/**
 * What a campaign produced (issue 16): its progress while open, and once closed the remediation list (the removals
 * a One Identity or PowerShell job applies) and the evidence report for auditors (who decided what and when, what
 * did not count and why, what was applied).
 */
import type { AccessReviewCampaign, AccessReviewDecision, AccessReviewItem } from '../models/accessReview';
import type { Stored } from '../models/common';
import { parseIsoDate, utcDayNumber } from '../validation/isoDate';
import { deriveItemReview, finalOutcome, type CampaignRule, type FinalOutcome, type ItemReviewState, type OutcomeSource } from './reviewState';

/** One item with its derived review and outcome. */
export interface ReviewedItem {
  readonly item: Stored<AccessReviewItem>;
  readonly state: ItemReviewState;
  readonly outcome?: FinalOutcome;
  readonly source: OutcomeSource;
}

/** Decisions grouped by the item they name (those naming none are dropped): one pass, then a lookup per item. */
export function decisionsByItem(decisions: readonly Stored<AccessReviewDecision>[]): Map<number, Stored<AccessReviewDecision>[]> {
  const byItem = new Map<number, Stored<AccessReviewDecision>[]>();
  for (const d of decisions) {
    const id = d.item?.id;
    if (typeof id !== 'number') continue;
    const list = byItem.get(id) ?? [];
    list.push(d);
    byItem.set(id, list);
  }
  return byItem;
}

/** Derives every item of a campaign at once (decisions indexed by item: one pass, not items x decisions). */
export function reviewItems(
  campaign: Stored<AccessReviewCampaign>,
  items: readonly Stored<AccessReviewItem>[],
  decisions: readonly Stored<AccessReviewDecision>[]
): ReviewedItem[] {
  const byItem = decisionsByItem(decisions);
  const rule: CampaignRule = campaign;
  return items.map((item) => {
    const state = deriveItemReview(item, rule, byItem.get(item.id) ?? []);
    const { outcome, source } = finalOutcome(item, campaign, state);
    return { item, state, outcome, source };
  });
}

export interface CampaignProgress {
  readonly total: number;
  readonly decided: number;
  /** Handed to the fallback reviewer by "don't know" (or routed there at snapshot) and not yet decided. */
  readonly withFallback: number;
  readonly toRemove: number;
  /** Decisions that do not count (forged, self, late, without a required justification). */
  readonly ignoredDecisions: number;
  /** Share decided, 0-1 (1 for an empty campaign). */
  readonly completion: number;
  /** Past the due date and still open with undecided items. */
  readonly overdue: boolean;
}

export function campaignProgress(campaign: Pick<AccessReviewCampaign, 'state' | 'dueDate'>, reviewed: readonly ReviewedItem[], today: Date): CampaignProgress {
  const decided = reviewed.filter((r) => r.state.decision !== undefined).length;
  const due = parseIsoDate(campaign.dueDate ?? '');
  const total = reviewed.length;
  return {
    total,
    decided,
    withFallback: reviewed.filter((r) => r.state.decision === undefined && r.state.delegated).length,
    toRemove: reviewed.filter((r) => (r.outcome ?? r.state.decision?.decision) === 'Remove').length,
    ignoredDecisions: reviewed.reduce((n, r) => n + r.state.ignored.length, 0),
    completion: total === 0 ? 1 : decided / total,
    overdue: campaign.state === 'Active' && decided < total && due !== undefined && utcDayNumber(today) > utcDayNumber(due)
  };
}

/** Columns of the remediation list, in the order a provisioning job reads them (stable: scripts depend on them). */
export const REMEDIATION_COLUMNS = ['Action', 'PrincipalKey', 'PrincipalName', 'PrincipalEmail', 'PrincipalType', 'ResourceKey', 'ResourceName', 'ResourceType', 'Entitlement', 'EntitlementKind', 'Decision', 'DecidedBy', 'DecidedOn', 'Justification', 'Source', 'AppliedOn', 'ItemId'] as const;

export type RemediationRow = Readonly<Record<(typeof REMEDIATION_COLUMNS)[number], string>>;

/** The removals of a closed campaign (decided Remove, or undecided items the campaign's rule removes). */
export function remediationRows(reviewed: readonly ReviewedItem[]): RemediationRow[] {
  return reviewed
    .filter((r) => r.outcome === 'Remove')
    .map(({ item, state, source }) => ({
      Action: 'Remove',
      PrincipalKey: item.principalKey,
      PrincipalName: item.principalName,
      PrincipalEmail: item.principalEmail ?? '',
      PrincipalType: item.principalType,
      ResourceKey: item.resourceKey,
      ResourceName: item.resourceName,
      ResourceType: item.resourceType,
      Entitlement: item.entitlement,
      EntitlementKind: item.entitlementKind,
      Decision: state.decision?.decision ?? 'Remove',
      DecidedBy: state.decision?.author?.email ?? state.decision?.author?.title ?? '',
      DecidedOn: state.decision?.created ?? '',
      Justification: state.decision?.justification ?? '',
      Source: source,
      AppliedOn: item.appliedOn ?? '',
      ItemId: String(item.id)
    }));
}

/** One line of the evidence report: every item, and every decision that did not count, with its reason. */
export interface EvidenceLine {
  readonly itemId: number;
  readonly principal: string;
  readonly resource: string;
  readonly entitlement: string;
  readonly reviewer: string;
  readonly outcome: string;
  readonly source: OutcomeSource;
  readonly decidedBy: string;
  readonly decidedOn: string;
  readonly justification: string;
  /** `author: decision (reason)` for each decision that did not count. */
  readonly notCounted: readonly { readonly author: string; readonly decision: string; readonly on: string; readonly reason: string }[];
  readonly appliedOn: string;
}

export function evidenceLines(reviewed: readonly ReviewedItem[]): EvidenceLine[] {
  return reviewed.map(({ item, state, outcome, source }) => ({
    itemId: item.id,
    principal: item.principalEmail ? `${item.principalName} <${item.principalEmail}>` : item.principalName,
    resource: item.resourceName,
    entitlement: item.entitlement,
    reviewer: state.expectedReviewer?.title ?? '',
    outcome: outcome ?? '',
    source,
    decidedBy: state.decision?.author?.title ?? '',
    decidedOn: state.decision?.created ?? '',
    justification: state.decision?.justification ?? '',
    notCounted: state.ignored.map(({ decision, reason }) => ({ author: decision.author?.title ?? '', decision: decision.decision, on: decision.created ?? '', reason })),
    appliedOn: item.appliedOn ?? ''
  }));
}
