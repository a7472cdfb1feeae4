/**
 * Risk acceptance (DESIGN section 7, issue 10): accepting a risk whose current score is above the appetite needs a
 * governance lead's decision item. The decider is the item's Author (set by SharePoint, never a field), the risk
 * owner can never accept their own risk, and every acceptance expires, after which the risk returns to review.
 * Who is a lead is an input (the members of the leads' SharePoint group), so this stays pure.
 */
import type { FieldIssue } from '../errors';
import type { IsoDate, PersonRef, Stored } from '../models/common';
import type { Risk } from '../models/risk';
import type { RiskAcceptance } from '../models/riskAcceptance';
import { compareByCreated, createdTime, isKnownPerson, samePerson } from '../ownership/counting';
import { addUtcMonths, parseIsoDate, utcDayNumber } from '../validation/isoDate';
import { exceedsAppetite } from './appetite';
import { currentRiskScore, isPastDay } from './riskMath';

/** Longest acceptance a lead may grant: a year, so every accepted risk is looked at again at least yearly. */
export const MAX_ACCEPTANCE_MONTHS = 12;

/** What the rule needs besides the risk and its decisions. */
export interface AcceptanceContext {
  /** Site user ids of the governance leads (members of the leads' group). */
  readonly leadIds: ReadonlySet<number>;
  /**
   * Per risk id, the site user ids the governance roles route its acceptance to (issue 19, part 2: the Accountable
   * for "accept risk" at the risk's scope, or the members of the Accountable group; never the risk's submitter).
   * Their acceptance above the appetite counts as a lead's does. Absent: only the leads'.
   */
  readonly routedIds?: ReadonlyMap<number, ReadonlySet<number>>;
  readonly appetite: number;
  readonly today: Date;
}

/** Why an acceptance decision does not count, in the order `countingAcceptance` checks them. */
export const ACCEPTANCE_FLAG_REASONS = ['riskMismatch', 'missingAuthor', 'missingCreated', 'ownerAcceptsOwn', 'notLead', 'scoreRaised', 'invalidExpiry', 'expiryTooFar'] as const;
export type AcceptanceFlagReason = (typeof ACCEPTANCE_FLAG_REASONS)[number];

export type AcceptanceVerdict = { readonly counts: true } | { readonly counts: false; readonly reason: AcceptanceFlagReason };

/** True when accepting the risk as it stands needs a governance lead: its current score is above the appetite. */
export function acceptanceNeedsLead(risk: Risk, appetite: number): boolean {
  return exceedsAppetite(currentRiskScore(risk), appetite);
}

/** True when `expiresOn` lies more than `MAX_ACCEPTANCE_MONTHS` after `from` (by UTC calendar day). */
function beyondMaximum(expiresOn: Date, from: Date): boolean {
  return utcDayNumber(expiresOn) > utcDayNumber(addUtcMonths(from, MAX_ACCEPTANCE_MONTHS));
}

/**
 * Whether one decision item counts for `risk`. It must name the risk, have an Author and a Created date, its
 * Author must not be the risk owner, and when the accepted score is above appetite the Author must be a lead or
 * someone the governance roles route the risk's acceptance to (`context.routedIds`). A
 * decision covers the score it was made for: if the risk's score rose since, the decision no longer counts. Its
 * expiry may lie at most 12 months after its Created date: the dialog's cap, checked again here because a decision
 * item can be written without the dialog.
 */
export function countingAcceptance(decision: Stored<RiskAcceptance>, risk: Stored<Risk>, context: AcceptanceContext): AcceptanceVerdict {
  if (decision.risk?.id !== risk.id) return { counts: false, reason: 'riskMismatch' };
  if (!isKnownPerson(decision.author)) return { counts: false, reason: 'missingAuthor' };
  if (createdTime(decision) === undefined) return { counts: false, reason: 'missingCreated' };
  if (samePerson(decision.author, risk.riskOwner)) return { counts: false, reason: 'ownerAcceptsOwn' };
  const score = currentRiskScore(risk);
  const routed = context.routedIds?.get(risk.id)?.has(decision.author.id) === true;
  if (exceedsAppetite(score, context.appetite) && !context.leadIds.has(decision.author.id) && !routed) return { counts: false, reason: 'notLead' };
  if (typeof decision.acceptedScore !== 'number' || score > decision.acceptedScore) return { counts: false, reason: 'scoreRaised' };
  const expiry = parseIsoDate(decision.expiresOn ?? '');
  if (expiry === undefined) return { counts: false, reason: 'invalidExpiry' };
  if (beyondMaximum(expiry, new Date(createdTime(decision) ?? 0))) return { counts: false, reason: 'expiryTooFar' };
  return { counts: true };
}

/** The acceptance state of a risk derived from its decision items. */
export type AcceptanceState =
  /** Not marked accepted and no standing acceptance. */
  | 'none'
  /** A counting Accept decision holds today. */
  | 'accepted'
  /** The latest counting Accept decision has expired: the risk returns to review. */
  | 'expired'
  /** Marked Accepted (or Treatment Accept) but no counting decision supports it and it needs one. */
  | 'unsupported';

/**
 * Why a risk marked Accepted does not stand accepted: above the appetite with no counting lead decision, or (within
 * the appetite) an AcceptedUntil more than 12 months away, which no acceptance made up to today can have.
 */
export type UnsupportedReason = 'leadDecisionMissing' | 'expiryTooFar';

export interface AcceptanceDerivation {
  readonly state: AcceptanceState;
  /** Set when `state` is 'unsupported'. */
  readonly unsupportedReason?: UnsupportedReason;
  /** The current score is above the appetite: only a lead's decision can accept it. */
  readonly needsLead: boolean;
  /** The latest counting decision (Accept or Decline), if any. */
  readonly decision?: Stored<RiskAcceptance>;
  readonly expiresOn?: IsoDate;
  /** The risk's decisions that were ignored, and why: shown to leads as anomalies. */
  readonly flagged: readonly { readonly decisionId: number; readonly reason: AcceptanceFlagReason }[];
  /** The risk should be reviewed: its acceptance expired or is unsupported. */
  readonly reviewDue: boolean;
}

/**
 * Derives whether a risk stands accepted. The latest counting decision wins; an Accept holds until its expiry day
 * inclusive. A risk within the appetite may be accepted by its people without a decision item (Status Accepted),
 * but an AcceptedUntil date still ends it. Status is an editable field, so it is never trusted above the appetite.
 */
export function deriveAcceptance(risk: Stored<Risk>, decisions: readonly Stored<RiskAcceptance>[], context: AcceptanceContext): AcceptanceDerivation {
  const needsLead = acceptanceNeedsLead(risk, context.appetite);
  const flagged: { decisionId: number; reason: AcceptanceFlagReason }[] = [];
  const counting: Stored<RiskAcceptance>[] = [];
  for (const decision of decisions) {
    if (decision.risk?.id !== risk.id) continue;
    const verdict = countingAcceptance(decision, risk, context);
    if (verdict.counts) counting.push(decision);
    else flagged.push({ decisionId: decision.id, reason: verdict.reason });
  }
  const latest = counting.sort(compareByCreated)[counting.length - 1];
  const markedAccepted = risk.status === 'Accepted';
  if (latest?.decision === 'Accept') {
    const expired = isPastDay(latest.expiresOn, context.today);
    return { state: expired ? 'expired' : 'accepted', needsLead, decision: latest, expiresOn: latest.expiresOn, flagged, reviewDue: expired };
  }
  if (markedAccepted && needsLead) {
    return { state: 'unsupported', unsupportedReason: 'leadDecisionMissing', needsLead, decision: latest, flagged, reviewDue: true };
  }
  const until = parseIsoDate(risk.acceptedUntil ?? '');
  if (markedAccepted && until !== undefined && beyondMaximum(until, context.today)) {
    // Any acceptance made by today ends within 12 months of today; a later date was typed past the dialog's cap.
    return { state: 'unsupported', unsupportedReason: 'expiryTooFar', needsLead, decision: latest, expiresOn: risk.acceptedUntil, flagged, reviewDue: true };
  }
  if (markedAccepted) {
    const expired = isPastDay(risk.acceptedUntil, context.today);
    return { state: expired ? 'expired' : 'accepted', needsLead, decision: latest, expiresOn: risk.acceptedUntil, flagged, reviewDue: expired };
  }
  return { state: 'none', needsLead, decision: latest, flagged, reviewDue: false };
}

/** Stable codes of problems with an acceptance about to be made; the UI localises by code. */
export const ACCEPTANCE_ISSUE_CODES = ['ownerAcceptsOwn', 'leadRequired', 'expiryRequired', 'expiryInPast', 'expiryTooFar', 'riskClosed'] as const;
export type AcceptanceIssueCode = (typeof ACCEPTANCE_ISSUE_CODES)[number];

/** Reference English messages; `{appetite}`, `{score}` and `{months}` come from the issue's params. */
export const ACCEPTANCE_ISSUE_MESSAGES: Readonly<Record<AcceptanceIssueCode, string>> = {
  ownerAcceptsOwn: 'You own this risk, so you cannot accept it: someone else must decide.',
  leadRequired: 'This risk scores {score}, above the appetite of {appetite}: only a governance lead can accept it.',
  expiryRequired: 'Enter the date until which the acceptance holds.',
  expiryInPast: 'The expiry date must be today or later.',
  expiryTooFar: 'An acceptance can last at most {months} months: choose an earlier expiry date.',
  riskClosed: 'This risk is closed; reopen it before accepting it.'
};

/**
 * Checks an acceptance the UI is about to create, so the decider hears why before saving instead of seeing the
 * decision ignored. `countingAcceptance` remains the rule: these checks run in the browser and prove nothing.
 */
export function validateAcceptance(risk: Stored<Risk>, decider: PersonRef, expiresOn: IsoDate | undefined, context: AcceptanceContext): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add = (field: string, code: AcceptanceIssueCode, params?: Record<string, number>): void => {
    let message = ACCEPTANCE_ISSUE_MESSAGES[code];
    for (const [name, value] of Object.entries(params ?? {})) message = message.replace(`{${name}}`, String(value));
    issues.push({ field, code, message, params });
  };
  if (risk.status === 'Closed') add('risk', 'riskClosed');
  if (samePerson(decider, risk.riskOwner)) add('decider', 'ownerAcceptsOwn');
  const score = currentRiskScore(risk);
  const routed = isKnownPerson(decider) && context.routedIds?.get(risk.id)?.has(decider.id) === true;
  if (exceedsAppetite(score, context.appetite) && !(isKnownPerson(decider) && context.leadIds.has(decider.id)) && !routed) {
    add('decider', 'leadRequired', { score, appetite: context.appetite });
  }
  const expiry = expiresOn ? parseIsoDate(expiresOn) : undefined;
  if (expiry === undefined) add('expiresOn', 'expiryRequired');
  else if (utcDayNumber(expiry) < utcDayNumber(context.today)) add('expiresOn', 'expiryInPast');
  else if (utcDayNumber(expiry) > utcDayNumber(addUtcMonths(context.today, MAX_ACCEPTANCE_MONTHS))) add('expiresOn', 'expiryTooFar', { months: MAX_ACCEPTANCE_MONTHS });
  return issues;
}

/**
 * Why `decider` may not accept `risk` at all, whatever expiry they would choose: the blocking reasons of
 * `validateAcceptance` (closed risk, own risk, lead required), so the register can withhold the action up front.
 */
export function acceptanceRefusals(risk: Stored<Risk>, decider: PersonRef, context: AcceptanceContext): FieldIssue[] {
  return validateAcceptance(risk, decider, undefined, context).filter((issue) => issue.field !== 'expiresOn');
}
