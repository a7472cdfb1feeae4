/**
 * The register's order: what a governance lead must look at first. Stored in the indexed ReviewPriority column so
 * SharePoint sorts lists of any size; recomputed by the suite on every classification change and verification.
 */
import type { AIActTier } from '../aiAct/types';
import type { AIVerificationState } from '../models/aiSystem';

const TIER_RANK: Readonly<Record<AIActTier, number>> = { prohibited: 0, high: 1, limited: 2, minimal: 3 };
/** Systems without a classification rank after every classified tier of the same verification group. */
const UNCLASSIFIED_RANK = 4;
/** Verified systems come after every unverified (or returned) one. */
const VERIFIED_OFFSET = 10;

/** 0 = unverified prohibited, 1 = unverified high-risk, ... 4 = unclassified, 10-14 = verified, same tier order. */
export function reviewPriority(tier: AIActTier | undefined, state: AIVerificationState | undefined): number {
  const rank = tier === undefined ? UNCLASSIFIED_RANK : TIER_RANK[tier];
  return state === 'Verified' ? VERIFIED_OFFSET + rank : rank;
}

/** Every value `reviewPriority` gives, ascending: a large register is served in this order one value at a time. */
export const REVIEW_PRIORITIES: readonly number[] = (() => {
  const ranks = [...Object.values(TIER_RANK), UNCLASSIFIED_RANK];
  return [...ranks, ...ranks.map((rank) => VERIFIED_OFFSET + rank)].sort((a, b) => a - b);
})();
