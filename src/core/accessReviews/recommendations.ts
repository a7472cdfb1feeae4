/**
 * Recommendations shown beside each item, each with its reason (issue 16): strong signals (disabled account, left the
 * organisation, no sign-in for N days, a segregation-of-duties conflict) recommend removal; weaker ones (a guest, a
 * guest nobody sponsors, a resource holding Highly Confidential data) ask the reviewer to look closely and recommend
 * nothing; an item with no signal is recommended to keep.
 */
import type { PrincipalType, Recommendation, RecommendationReason } from '../models/accessReview';
import { parseIsoDate, utcDayNumber } from '../validation/isoDate';

/** Days without an interactive sign-in after which an account counts as unused. */
export const DEFAULT_STALE_SIGN_IN_DAYS = 90;

/** The facts about one (principal, resource) pair the rules read; every one is optional (files may lack them). */
export interface RecommendationFacts {
  readonly principalType: PrincipalType;
  readonly accountEnabled?: boolean;
  readonly lastSignIn?: string;
  readonly leftOrganisation?: boolean;
  /** Guests only: number of sponsors, when known. */
  readonly sponsorCount?: number;
  /** The principal also holds an entitlement an active SoD rule pairs with this one. */
  readonly sodConflict?: boolean;
  /** Highest declared sensitivity among the inventory records that point at the resource. */
  readonly resourceSensitivity?: string;
}

const REMOVE_REASONS: readonly RecommendationReason[] = ['disabled', 'leftOrganisation', 'noSignIn', 'sodConflict'];

export interface RecommendationResult {
  readonly recommendation: Recommendation;
  /** In a fixed order: removal reasons first. */
  readonly reasons: readonly RecommendationReason[];
}

/** The recommendation for one item, at `now`. */
export function recommend(facts: RecommendationFacts, now: Date, staleDays: number = DEFAULT_STALE_SIGN_IN_DAYS): RecommendationResult {
  const reasons: RecommendationReason[] = [];
  if (facts.accountEnabled === false) reasons.push('disabled');
  if (facts.leftOrganisation === true) reasons.push('leftOrganisation');
  const signIn = facts.lastSignIn ? parseIsoDate(facts.lastSignIn) : undefined;
  if (signIn && utcDayNumber(now) - utcDayNumber(signIn) > staleDays) reasons.push('noSignIn');
  if (facts.sodConflict === true) reasons.push('sodConflict');
  if (facts.principalType === 'Guest') reasons.push(facts.sponsorCount === 0 ? 'guestWithoutSponsor' : 'guest');
  if (facts.resourceSensitivity === 'Highly Confidential') reasons.push('highlyConfidential');
  const recommendation: Recommendation = reasons.some((r) => REMOVE_REASONS.includes(r)) ? 'Remove' : reasons.length > 0 ? 'None' : 'Keep';
  return { recommendation, reasons };
}

/** Reads the stored JSON list of reasons, keeping only known ones (list data is not trusted). */
export function parseReasons(json: string | undefined): RecommendationReason[] {
  if (!json) return [];
  try {
    const parsed: unknown = JSON.parse(json);
    const known: readonly string[] = ['disabled', 'leftOrganisation', 'noSignIn', 'sodConflict', 'guest', 'guestWithoutSponsor', 'highlyConfidential'];
    return Array.isArray(parsed) ? (parsed.filter((r) => typeof r === 'string' && known.includes(r)) as RecommendationReason[]) : [];
  } catch {
    return [];
  }
}
