/**
 * Segregation of duties for AI classifications (DESIGN sections 5 and 6): which verification decisions count. Every
 * fact comes from what no contributor can forge (issue 23): the verifier is the decision's Author, the submitter is
 * the Author of the submission item naming the current answers, and the answers' fingerprint is recomputed from the
 * answers stored now. The record's ClassifiedBy, ProfileHash and VerificationState columns are caches the suite
 * writes for lists and filters; when one disagrees with what the items establish, it is reported as an anomaly.
 */
import type { AIClassificationSubmission } from '../models/aiClassificationSubmission';
import type { AISystem, AIVerificationState } from '../models/aiSystem';
import type { AIVerification } from '../models/aiVerification';
import type { PersonRef, Stored } from '../models/common';
import { compareByCreated, createdTime, isKnownPerson, samePerson } from '../ownership/counting';
import { readClassification } from './classificationRecord';

/** No routed decider: only the leads' decisions count. */
const NOBODY: ReadonlySet<number> = new Set<number>();

/** Why a verification decision does not count (`notALead`: the Author is neither a lead nor the routed Accountable). */
export const VERIFICATION_IGNORED_REASONS = ['systemMismatch', 'missingAuthor', 'missingCreated', 'notALead', 'submitterVerified', 'answersChanged', 'notSubmitted'] as const;
export type VerificationIgnoredReason = (typeof VERIFICATION_IGNORED_REASONS)[number];

export type VerificationVerdict = { readonly counts: true } | { readonly counts: false; readonly reason: VerificationIgnoredReason };

/**
 * Where a record's stored columns disagree with what its items establish:
 * - `notSubmitted`: the answers stored now were never submitted through the suite (changed by a plain edit);
 * - `storedHashMismatch`: ProfileHash is not the fingerprint of the answers stored now;
 * - `classifiedByMismatch`: ClassifiedBy names someone other than the submitter of the answers;
 * - `storedStateMismatch`: VerificationState is not the state the decisions establish.
 */
export const CLASSIFICATION_ANOMALIES = ['notSubmitted', 'storedHashMismatch', 'classifiedByMismatch', 'storedStateMismatch'] as const;
export type ClassificationAnomaly = (typeof CLASSIFICATION_ANOMALIES)[number];

/** The submission of the answers stored now: their recomputed fingerprint and the latest submission naming it. */
export interface CurrentSubmission {
  /** Fingerprint of the stored answers, recomputed; undefined when the system has no valid classification. */
  readonly hash?: string;
  readonly submission?: Stored<AIClassificationSubmission>;
}

/**
 * The latest authored submission (by Created, ties by id) of `system` whose fingerprint is that of the answers
 * stored now. Submissions without an Author or a Created date prove nothing and are skipped.
 */
export function currentSubmission(system: Stored<AISystem>, submissions: readonly Stored<AIClassificationSubmission>[]): CurrentSubmission {
  const hash = readClassification(system)?.hash;
  if (hash === undefined) return {};
  const matching = submissions.filter((s) => s.system?.id === system.id && s.profileHash === hash && isKnownPerson(s.author) && createdTime(s) !== undefined);
  const latest = matching.sort(compareByCreated)[matching.length - 1];
  return { hash, submission: latest };
}

/**
 * Whether `decision` verifies the current classification of `system`, and if not why. It counts only when it names
 * this system, has an Author and a Created date, the Author is a lead (`leadIds`: site user ids of the group's
 * members) or someone the governance roles route the system's verification to (`routedIds`: the Accountable person,
 * or the members of the Accountable group, for the system's scope; issue 19), it names the fingerprint of the
 * answers stored now, those answers were submitted through the suite, the Author is not their submitter, and it was
 * made after they were submitted (so answers changed and changed back need a new verification).
 */
export function countingVerification(
  decision: Stored<AIVerification>,
  system: Stored<AISystem>,
  leadIds: ReadonlySet<number>,
  current: CurrentSubmission,
  routedIds: ReadonlySet<number> = NOBODY
): VerificationVerdict {
  if (decision.system?.id !== system.id) return { counts: false, reason: 'systemMismatch' };
  if (!isKnownPerson(decision.author)) return { counts: false, reason: 'missingAuthor' };
  const decided = createdTime(decision);
  if (decided === undefined) return { counts: false, reason: 'missingCreated' };
  if (!leadIds.has(decision.author.id) && !routedIds.has(decision.author.id)) return { counts: false, reason: 'notALead' };
  if (current.hash === undefined || decision.profileHash !== current.hash) return { counts: false, reason: 'answersChanged' };
  if (current.submission === undefined) return { counts: false, reason: 'notSubmitted' };
  if (samePerson(decision.author, current.submission.author)) return { counts: false, reason: 'submitterVerified' };
  // Same second counts: SharePoint's Created has one-second resolution and a lead may verify at once.
  if (decided < (createdTime(current.submission) ?? Number.POSITIVE_INFINITY)) return { counts: false, reason: 'answersChanged' };
  return { counts: true };
}

/** The verification state of a system as its items establish it. */
export interface VerificationStatus {
  readonly state: AIVerificationState;
  /** The lead whose decision sets the state (for Verified and Returned). */
  readonly by?: PersonRef;
  readonly on?: string;
  readonly comment?: string;
  /** Who submitted the answers stored now (the submission item's Author) and when. */
  readonly submittedBy?: PersonRef;
  readonly submittedOn?: string;
  /** Decisions that do not count, newest first, with the reason: the UI says why. */
  readonly ignored: readonly { readonly decision: Stored<AIVerification>; readonly reason: VerificationIgnoredReason }[];
  /** Stored columns that disagree with the items: shown wherever the record shows, never trusted. */
  readonly anomalies: readonly ClassificationAnomaly[];
}

function anomaliesOf(system: Stored<AISystem>, current: CurrentSubmission, state: AIVerificationState): ClassificationAnomaly[] {
  const found: ClassificationAnomaly[] = [];
  if (current.hash !== undefined && current.submission === undefined) found.push('notSubmitted');
  if ((system.profileHash || undefined) !== current.hash) found.push('storedHashMismatch');
  if (current.submission && isKnownPerson(system.classifiedBy) && !samePerson(system.classifiedBy, current.submission.author)) found.push('classifiedByMismatch');
  if ((system.verificationState ?? 'Unverified') !== state) found.push('storedStateMismatch');
  return found;
}

/**
 * Derives the state from the items: the newest counting decision wins (a lead may return a classification they had
 * verified, or verify one after it was corrected); without one the classification is Unverified. An unclassified
 * system is always Unverified. `submissions` and `decisions` may hold other systems' items. `routedIds`: the people
 * the governance roles route this system's verification to (see `countingVerification`); none by default.
 */
export function deriveVerification(
  system: Stored<AISystem>,
  decisions: readonly Stored<AIVerification>[],
  leadIds: ReadonlySet<number>,
  submissions: readonly Stored<AIClassificationSubmission>[],
  routedIds: ReadonlySet<number> = NOBODY
): VerificationStatus {
  const current = currentSubmission(system, submissions);
  const ordered = [...decisions].sort(compareByCreated).reverse();
  const ignored: { decision: Stored<AIVerification>; reason: VerificationIgnoredReason }[] = [];
  let winner: Stored<AIVerification> | undefined;
  for (const decision of ordered) {
    const verdict = countingVerification(decision, system, leadIds, current, routedIds);
    if (verdict.counts) {
      winner = winner ?? decision;
    } else if (verdict.reason !== 'systemMismatch') {
      ignored.push({ decision, reason: verdict.reason });
    }
  }
  const submitted = { submittedBy: current.submission?.author, submittedOn: current.submission?.created };
  const state: AIVerificationState = current.hash !== undefined && winner ? winner.decision : 'Unverified';
  const anomalies = anomaliesOf(system, current, state);
  if (state === 'Unverified' || !winner) return { state, ...submitted, ignored, anomalies };
  return { state, by: winner.author, on: winner.created, comment: winner.comment, ...submitted, ignored, anomalies };
}

/**
 * Whether the classification of `system` awaits a verification by `person` (their "Awaiting my verification" queue):
 * it is classified, submitted through the suite, not verified or returned for these answers, `person` did not submit
 * it, and the governance roles route its verification to them (`routedIds`, as for `countingVerification`).
 */
export function awaitsVerificationBy(system: Stored<AISystem>, status: Pick<VerificationStatus, 'state' | 'submittedBy'>, person: PersonRef, routedIds: ReadonlySet<number>): boolean {
  if (readClassification(system) === undefined || status.state !== 'Unverified' || status.submittedBy === undefined) return false;
  return !samePerson(person, status.submittedBy) && routedIds.has(person.id);
}
