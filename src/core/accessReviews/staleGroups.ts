/** Stale groups (issue 16): groups nobody is accountable for, or whose guests nobody vouches for. */

export const STALE_GROUP_REASONS = ['noOwner', 'singleOwner', 'guestsWithoutSponsor', 'noInventoryRecord'] as const;
export type StaleGroupReason = (typeof STALE_GROUP_REASONS)[number];

/** What the report needs to know about one group. */
export interface GroupFacts {
  readonly ownerCount: number;
  readonly guestCount: number;
  readonly guestsWithoutSponsor: number;
  /** Inventory records whose location is on the group's site. */
  readonly linkedRecords: number;
}

/** Why a group is stale, in a fixed order; empty when it is not. */
export function staleReasons(group: GroupFacts): StaleGroupReason[] {
  const reasons: StaleGroupReason[] = [];
  if (group.ownerCount === 0) reasons.push('noOwner');
  else if (group.ownerCount === 1) reasons.push('singleOwner');
  if (group.guestsWithoutSponsor > 0) reasons.push('guestsWithoutSponsor');
  if (group.linkedRecords === 0) reasons.push('noInventoryRecord');
  return reasons;
}
