/**
 * Ownership attestation (DESIGN section 6): which decisions count (segregation of duties), the derived
 * OwnershipStatus of an asset, a custodian's queue, and the checks on a decision before it is created.
 */
export { compareByCreated, countingDecision, isKnownPerson, isSelfNomination, samePerson } from './counting';
export { deriveFromIndex, deriveOwnership, deriveOwnershipByAsset, indexOwnership } from './derive';
export type { OwnershipIndex } from './derive';
export { custodianQueue } from './queue';
export { listAnomalies, ownershipPatch } from './apply';
export { REMINDER_INTERVAL_DAYS, parseReminderSettings, reminderCandidates, remindersDue } from './reminders';
export type { OwnershipReminderSettings, ReminderCandidate, SentReminder } from './reminders';
export type { OwnershipAnomaly, OwnershipColumns } from './apply';
export {
  BULK_NOMINATION_LIMIT,
  DEFAULT_NOMINATION_DAYS,
  NOMINATION_ISSUE_CODES,
  RUN_CLOCK_SKEW_MS,
  NOMINATION_ISSUE_MESSAGES,
  buildNomination,
  defaultDueDate,
  isRunNomination,
  namedCustodianAction,
  validateNomination
} from './nomination';
export type { NamedCustodianAction, NominationDraft, NominationIssueCode } from './nomination';
export { DECISION_ISSUE_CODES, DECISION_ISSUE_MESSAGES, validateDecision } from './validateDecision';
export type { DecisionDraft, DecisionIssueCode } from './validateDecision';
export { OWNERSHIP_FLAG_MESSAGES, OWNERSHIP_FLAG_REASONS, REATTESTATION_WINDOW_DAYS } from './types';
export type {
  CustodianQueue,
  DecisionVerdict,
  FlaggedDecision,
  OwnershipDerivation,
  OwnershipFlagReason,
  PastDecision,
  PendingNomination,
  ReattestationDue
} from './types';
export { compareOwnershipStatus, listStatusAnomalies } from './storedStatus';
export type { OwnershipStatusCheck, StoredStatusAnomaly } from './storedStatus';
