import type { LookupRef } from './common';

/** A governance lead's decision on a classification: it stands, or it goes back to the submitter. */
export const AI_VERIFICATION_DECISIONS = ['Verified', 'Returned'] as const;
export type AIVerificationDecision = (typeof AI_VERIFICATION_DECISIONS)[number];

/**
 * A lead's verification of an AI system's classification (list AIVerifications), one item per decision. The verifier
 * is the item's Author, set by SharePoint (see `ItemMeta.author`): deliberately not a field, because a field could be
 * forged. `profileHash` names the answers the lead looked at, so changed answers make the decision stale.
 */
export interface AIVerification {
  title: string;
  system: LookupRef;
  decision: AIVerificationDecision;
  /** `profileHash` of the classification answers this decision refers to. */
  profileHash: string;
  comment?: string;
}
