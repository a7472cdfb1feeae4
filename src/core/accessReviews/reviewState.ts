/**
 * Who may decide an access review item and what it becomes (issue 16, DESIGN sections 6 and 10). A decision counts
 * only when its Author (set by SharePoint) is the item's assigned reviewer, or the campaign's fallback reviewer once
 * the item was routed to them (no reviewer resolved, a self-review at snapshot time, or a counting "don't know"); the
 * Author is never the principal whose access is reviewed; it was made before the campaign closed; and it carries a
 * justification when the campaign requires one. The newest counting Keep or Remove is the item's decision.
 */
import type { AccessReviewCampaign, AccessReviewDecision, AccessReviewItem, Recommendation } from '../models/accessReview';
import type { PersonRef, Stored } from '../models/common';
import { isPrincipal, judgeInOrder, type AuthoredDecisionReason, type IgnoredDecision } from '../decisions';
import { isKnownPerson, samePerson } from '../ownership/counting';
import { parseIsoDate } from '../validation/isoDate';

/** Access-review reasons beyond the shared ones: the decision names another item, or lacks a required justification. */
export type ReviewIgnoredReason = AuthoredDecisionReason | 'itemMismatch' | 'missingJustification';

export type FinalOutcome = 'Keep' | 'Remove';

/** An item's review as its decision items establish it. */
export interface ItemReviewState {
  /** The newest counting Keep or Remove. */
  readonly decision?: Stored<AccessReviewDecision>;
  /** A counting "don't know" handed the item to the fallback reviewer. */
  readonly delegated: boolean;
  /** Who is expected to decide now (undefined when nobody can: e.g. the fallback is the principal). */
  readonly expectedReviewer?: PersonRef;
  /** Decisions that do not count, newest first, with the reason the evidence report shows. */
  readonly ignored: readonly IgnoredDecision<Stored<AccessReviewDecision>, 'itemMismatch' | 'missingJustification'>[];
}

/** The fields of a campaign the rule reads. */
export type CampaignRule = Pick<AccessReviewCampaign, 'fallbackReviewer' | 'justificationRequired' | 'closedOn' | 'undecidedOutcome' | 'state'> & { readonly id: number };

/** True when the item goes to the fallback from the start: nobody resolved, or the resolved reviewer is the principal. */
export function startsWithFallback(item: Pick<AccessReviewItem, 'reviewer' | 'routedToFallback' | 'principalEmail'>): boolean {
  return item.routedToFallback === true || !isKnownPerson(item.reviewer) || isPrincipal(item.reviewer, item.principalEmail);
}

function endOfClose(campaign: CampaignRule): number | undefined {
  if (!campaign.closedOn) return undefined;
  return parseIsoDate(campaign.closedOn)?.getTime();
}

/**
 * Derives the item's review from every decision naming it (`decisions` may hold other items' decisions: they are
 * skipped silently). Works for open and closed campaigns: after `closedOn`, decisions do not count.
 */
export function deriveItemReview(item: Stored<AccessReviewItem>, campaign: CampaignRule, decisions: readonly Stored<AccessReviewDecision>[]): ItemReviewState {
  const mine = decisions.filter((d) => d.item?.id === item.id);
  const fallbackFirst = startsWithFallback(item);
  const judged = judgeInOrder<Stored<AccessReviewDecision>, 'itemMismatch' | 'missingJustification'>(mine, (countedSoFar) => {
    const delegated = fallbackFirst || countedSoFar.some((d) => d.decision === "Don't know");
    return {
      isSubject: (author) => isPrincipal(author, item.principalEmail),
      isEligible: (author) =>
        (!fallbackFirst && samePerson(author, item.reviewer)) || (delegated && samePerson(author, campaign.fallbackReviewer)),
      notAfter: endOfClose(campaign),
      extraCheck: (d) => {
        if (d.campaign?.id !== campaign.id) return 'itemMismatch';
        if (d.decision !== "Don't know" && campaign.justificationRequired && !(d.justification ?? '').trim()) return 'missingJustification';
        return undefined;
      }
    };
  });
  const answers = judged.counting.filter((d) => d.decision !== "Don't know");
  const decision = answers[answers.length - 1];
  const delegated = fallbackFirst || judged.counting.some((d) => d.decision === "Don't know");
  const fallbackUsable = isKnownPerson(campaign.fallbackReviewer) && !isPrincipal(campaign.fallbackReviewer, item.principalEmail);
  const expectedReviewer = delegated ? (fallbackUsable ? campaign.fallbackReviewer : undefined) : item.reviewer;
  return { decision, delegated, expectedReviewer, ignored: judged.ignored };
}

/** True when `person` may decide the item now (the UI offers the buttons; the rule above is what counts). */
export function mayDecide(person: PersonRef, state: ItemReviewState, item: Pick<AccessReviewItem, 'reviewer' | 'principalEmail'>): boolean {
  if (isPrincipal(person, item.principalEmail)) return false;
  return samePerson(person, state.expectedReviewer) || (!state.delegated && samePerson(person, item.reviewer));
}

/** Where an item's final outcome comes from. */
export type OutcomeSource = 'decided' | 'undecidedRule' | 'open';

/** The outcome of an item: its decision, else (once the campaign closed) the campaign's rule for undecided items. */
export function finalOutcome(
  item: Pick<AccessReviewItem, 'recommendation'>,
  campaign: Pick<CampaignRule, 'state' | 'undecidedOutcome'>,
  state: ItemReviewState
): { readonly outcome?: FinalOutcome; readonly source: OutcomeSource } {
  if (state.decision) return { outcome: state.decision.decision as FinalOutcome, source: 'decided' };
  if (campaign.state !== 'Closed') return { source: 'open' };
  const rule = campaign.undecidedOutcome;
  const recommended: Recommendation = item.recommendation;
  const outcome: FinalOutcome = rule === 'Take recommendation' ? (recommended === 'Remove' ? 'Remove' : 'Keep') : rule;
  return { outcome, source: 'undecidedRule' };
}
