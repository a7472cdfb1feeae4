/**
 * The one decision mechanism (DESIGN section 10): a decision is a list item authored by the decider (SharePoint's
 * Author, which no client can forge). It counts only when it has an Author and a Created date, the Author is eligible,
 * the Author is not the subject of the decision (their own access, their own submission), and it was made inside the
 * window the decision belongs to. Each module says who is eligible and who the subject is; this file says how the
 * newest counting decision wins and why the others do not count.
 */
import type { ItemMeta, PersonRef } from '../models/common';
import { compareByCreated, createdTime, isKnownPerson } from '../ownership/counting';

/** Why an authored decision does not count (modules add their own reasons through `extraCheck`). */
export const AUTHORED_DECISION_REASONS = ['missingAuthor', 'missingCreated', 'notEligible', 'selfDecision', 'tooEarly', 'tooLate'] as const;
export type AuthoredDecisionReason = (typeof AUTHORED_DECISION_REASONS)[number];

export type AuthoredVerdict<R extends string = never> = { readonly counts: true } | { readonly counts: false; readonly reason: AuthoredDecisionReason | R };

/** Who may decide and when, for one subject. */
export interface AuthoredDecisionRule<D, R extends string = never> {
  /** True when the author may make this decision (assigned reviewer, member of the leads group...). */
  readonly isEligible: (author: PersonRef, decision: D) => boolean;
  /** True when the author is the subject: the person whose access, request or submission is decided. */
  readonly isSubject: (author: PersonRef) => boolean;
  /** Decisions made before this time (ms) do not count (e.g. before the answers they verify were submitted). */
  readonly notBefore?: number;
  /** Decisions made after this time (ms) do not count (e.g. after the campaign closed). */
  readonly notAfter?: number;
  /** A module's own condition, checked last (e.g. a justification the campaign requires). */
  readonly extraCheck?: (decision: D) => R | undefined;
}

/** Whether one decision counts under `rule`, and if not why. */
export function judgeAuthoredDecision<D extends ItemMeta, R extends string = never>(decision: D, rule: AuthoredDecisionRule<D, R>): AuthoredVerdict<R> {
  const author = decision.author;
  if (!isKnownPerson(author)) return { counts: false, reason: 'missingAuthor' };
  const created = createdTime(decision);
  if (created === undefined) return { counts: false, reason: 'missingCreated' };
  if (rule.isSubject(author)) return { counts: false, reason: 'selfDecision' };
  if (!rule.isEligible(author, decision)) return { counts: false, reason: 'notEligible' };
  if (rule.notBefore !== undefined && created < rule.notBefore) return { counts: false, reason: 'tooEarly' };
  if (rule.notAfter !== undefined && created > rule.notAfter) return { counts: false, reason: 'tooLate' };
  const extra = rule.extraCheck?.(decision);
  return extra === undefined ? { counts: true } : { counts: false, reason: extra };
}

/** A decision that does not count, with the reason the UI shows. */
export interface IgnoredDecision<D, R extends string = never> {
  readonly decision: D;
  readonly reason: AuthoredDecisionReason | R;
}

/** The decisions judged in Created order (oldest first): the newest counting one wins. */
export interface JudgedDecisions<D, R extends string = never> {
  readonly winner?: D;
  /** Every counting decision, oldest first (a module may need the history, e.g. a delegation before the answer). */
  readonly counting: readonly D[];
  /** Newest first. */
  readonly ignored: readonly IgnoredDecision<D, R>[];
}

/**
 * Judges `decisions` oldest first with `ruleAt`, which may depend on what counted before (e.g. a "don't know" makes
 * the fallback eligible), and returns the newest counting one.
 */
export function judgeInOrder<D extends ItemMeta, R extends string = never>(
  decisions: readonly D[],
  ruleAt: (countedSoFar: readonly D[]) => AuthoredDecisionRule<D, R>
): JudgedDecisions<D, R> {
  const counting: D[] = [];
  const ignored: IgnoredDecision<D, R>[] = [];
  for (const decision of [...decisions].sort(compareByCreated)) {
    const verdict = judgeAuthoredDecision(decision, ruleAt(counting));
    if (verdict.counts) counting.push(decision);
    else ignored.unshift({ decision, reason: verdict.reason });
  }
  return { winner: counting[counting.length - 1], counting, ignored };
}

/**
 * True when a SharePoint user (the Author) is the directory principal with this e-mail. SharePoint and the directory
 * share the e-mail (and the login name carries it in its claim), while their ids differ, so e-mail is the join.
 */
export function isPrincipal(person: PersonRef, principalEmail: string | undefined): boolean {
  const email = principalEmail?.trim().toLowerCase();
  if (!email) return false;
  if (person.email?.trim().toLowerCase() === email) return true;
  const claim = person.loginName?.toLowerCase() ?? '';
  return claim === email || claim.endsWith(`|${email}`);
}
