/**
 * Which reviewer an item is assigned when the campaign starts (issue 16). Candidates come from the campaign's rule
 * (resource owners, the inventory custodian of a linked record, the principal's manager, or named people), already
 * resolved to site users; the first candidate who is not the principal reviews. Nobody left, or only the principal:
 * the fallback reviewer takes the item, and the item says it was routed there.
 */
import type { PersonRef } from '../models/common';
import { isPrincipal } from '../decisions';
import { isKnownPerson } from '../ownership/counting';

export interface RoutedReviewer {
  readonly reviewer: PersonRef;
  readonly routedToFallback: boolean;
  /** The rule named the principal themselves (a self-review), so the fallback reviews instead. */
  readonly selfReviewAvoided: boolean;
}

export function routeReviewer(candidates: readonly (PersonRef | undefined)[], principalEmail: string | undefined, fallback: PersonRef): RoutedReviewer {
  const known = candidates.filter(isKnownPerson);
  const eligible = known.find((c) => !isPrincipal(c, principalEmail));
  if (eligible) return { reviewer: eligible, routedToFallback: false, selfReviewAvoided: false };
  return { reviewer: fallback, routedToFallback: true, selfReviewAvoided: known.length > 0 };
}
