import type { LookupRef } from './common';

export const OWNERSHIP_DECISIONS = ['Approve', 'Decline'] as const;
export type OwnershipDecisionValue = (typeof OWNERSHIP_DECISIONS)[number];

/**
 * The nominee's answer to an OwnershipRequest (list OwnershipDecisions). The decider is the item's Author, set by
 * SharePoint (see `ItemMeta.author`): it is deliberately not a field here, because a field could be forged.
 */
export interface OwnershipDecision {
  title: string;
  request: LookupRef;
  /** Denormalised from the request so an asset's decisions can be read with one indexed filter. */
  asset: LookupRef;
  decision: OwnershipDecisionValue;
  comment?: string;
}
