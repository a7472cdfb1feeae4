/**
 * Segregation of duties for AI classifications (DESIGN sections 5 and 6): which verification decisions count. The
 * verifier is always the decision's Author (set by SharePoint, never forgeable); a lead is a member of the
 * governance leads' SharePoint group. Nothing here trusts a field a client typed to say who verified.
 */
import type { AISystem, AIVerificationState } from '../models/aiSystem';
import type { AIVerification } from '../models/aiVerification';
import type { PersonRef, Stored } from '../models/common';
import { compareByCreated, createdTime, isKnownPerson, samePerson } from '../ownership/counting';

/** Why a verification decision does not count. */
export const VERIFICATION_IGNORED_REASONS = ['systemMismatch', 'missingAuthor', 'missingCreated', 'notALead', 'submitterVerified', 'answersChanged'] as const;
export type VerificationIgnoredReason = (typeof VERIFICATION_IGNORED_REASONS)[number];

export type VerificationVerdict = { readonly counts: true } | { readonly counts: false; readonly reason: VerificationIgnoredReason };

/**
 * Who submitted the classification: the ClassifiedBy the suite writes with every answer change, else the record's
 * creator (a record classified before ClassifiedBy existed).
 */
export function classificationSubmitter(system: Stored<AISystem>): PersonRef | undefined {
  return isKnownPerson(system.classifiedBy) ? system.classifiedBy : system.author;
}

/**
 * Whether `decision` verifies the current classification of `system`, and if not why. It counts only when it names
 * this system, has an Author and a Created date, the Author is a lead (`leadIds`: site user ids of the group's
 * members), the Author did not submit the classification, and it refers to the answers stored now.
 */
export function countingVerification(decision: Stored<AIVerification>, system: Stored<AISystem>, leadIds: ReadonlySet<number>): VerificationVerdict {
  if (decision.system?.id !== system.id) {
    return { counts: false, reason: 'systemMismatch' };
  }
  if (!isKnownPerson(decision.author)) {
    return { counts: false, reason: 'missingAuthor' };
  }
  if (createdTime(decision) === undefined) {
    return { counts: false, reason: 'missingCreated' };
  }
  if (!leadIds.has(decision.author.id)) {
    return { counts: false, reason: 'notALead' };
  }
  if (samePerson(decision.author, classificationSubmitter(system))) {
    return { counts: false, reason: 'submitterVerified' };
  }
  if (!system.profileHash || decision.profileHash !== system.profileHash) {
    return { counts: false, reason: 'answersChanged' };
  }
  return { counts: true };
}

/** The verification state of a system as its decisions establish it. */
export interface VerificationStatus {
  readonly state: AIVerificationState;
  /** The lead whose decision sets the state (for Verified and Returned). */
  readonly by?: PersonRef;
  readonly on?: string;
  readonly comment?: string;
  /** Decisions that do not count, newest first, with the reason: the UI says why. */
  readonly ignored: readonly { readonly decision: Stored<AIVerification>; readonly reason: VerificationIgnoredReason }[];
}

/**
 * Derives the state from the decisions: the newest counting decision wins (a lead may return a classification they
 * had verified, or verify one after it was corrected); without one the classification is Unverified. An unclassified
 * system is always Unverified.
 */
export function deriveVerification(system: Stored<AISystem>, decisions: readonly Stored<AIVerification>[], leadIds: ReadonlySet<number>): VerificationStatus {
  const ordered = [...decisions].sort(compareByCreated).reverse();
  const ignored: { decision: Stored<AIVerification>; reason: VerificationIgnoredReason }[] = [];
  let winner: Stored<AIVerification> | undefined;
  for (const decision of ordered) {
    const verdict = countingVerification(decision, system, leadIds);
    if (verdict.counts) {
      winner = winner ?? decision;
    } else if (verdict.reason !== 'systemMismatch') {
      ignored.push({ decision, reason: verdict.reason });
    }
  }
  if (!system.classificationProfile || !winner) {
    return { state: 'Unverified', ignored };
  }
  return { state: winner.decision, by: winner.author, on: winner.created, comment: winner.comment, ignored };
}
