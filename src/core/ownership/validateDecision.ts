/**
 * Checks a decision the Ownership Approvals UI is about to create, so the user hears why before saving rather than
 * seeing a decision silently ignored. It mirrors `countingDecision`, which remains the rule: these checks run on the
 * client and prove nothing; the Author SharePoint records does.
 */
import type { FieldIssue } from '../errors';
import type { PersonRef, Stored } from '../models/common';
import type { OwnershipDecisionValue } from '../models/ownershipDecision';
import { OWNERSHIP_DECISIONS } from '../models/ownershipDecision';
import type { OwnershipRequest } from '../models/ownershipRequest';
import { OWNERSHIP_DECISIONS_LIST } from '../schema/lists/ownershipDecisions';
import { samePerson } from './counting';

/** Stable codes of decision problems; the UI localises by code. */
export const DECISION_ISSUE_CODES = ['invalidDecision', 'commentRequired', 'commentTooLong', 'ownNomination', 'notNominee', 'requestClosed'] as const;
/** A decision problem's code. */
export type DecisionIssueCode = (typeof DECISION_ISSUE_CODES)[number];

/** Reference English message templates; `{max}` and `{actual}` are filled from the issue's params. */
export const DECISION_ISSUE_MESSAGES: Readonly<Record<DecisionIssueCode, string>> = {
  invalidDecision: 'Choose Approve or Decline.',
  commentRequired: 'Say why you decline, so the requester can nominate someone else.',
  commentTooLong: 'The comment is {actual} characters long; the limit is {max}.',
  ownNomination: 'You made this nomination, so you cannot decide it: the nominee must.',
  notNominee: 'Only the person nominated can decide this request.',
  requestClosed: 'This request was withdrawn or has expired; it can no longer be decided.'
};

/** What the user is about to submit. */
export interface DecisionDraft {
  readonly decision: OwnershipDecisionValue;
  readonly comment?: string;
}

/** The Comment column's length limit, read from the list schema so the two cannot drift apart. */
const COMMENT_FIELD = OWNERSHIP_DECISIONS_LIST.fields.find((field) => field.property === 'comment');
const COMMENT_MAX_LENGTH = (COMMENT_FIELD?.type === 'Note' ? COMMENT_FIELD.maxLength : undefined) ?? 2000;

function issue(field: string, code: DecisionIssueCode, params?: Readonly<Record<string, number>>): FieldIssue {
  if (params === undefined) {
    return { field, code, message: DECISION_ISSUE_MESSAGES[code] };
  }
  const message = DECISION_ISSUE_MESSAGES[code].replace(/\{(\w+)\}/g, (placeholder, name: string) => String(params[name] ?? placeholder));
  return { field, code, message, params };
}

/**
 * Every problem with `draft` as `currentUser`'s answer to `request`; empty when it may be saved. Fields: `decision`,
 * `comment`, and `request` for who may decide. A requester gets `ownNomination` (the more useful message) rather
 * than `notNominee`; the request's Author counts as requester, as in `countingDecision`.
 */
export function validateDecision(draft: DecisionDraft, request: Stored<OwnershipRequest>, currentUser: PersonRef): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!(OWNERSHIP_DECISIONS as readonly string[]).includes(draft.decision)) {
    issues.push(issue('decision', 'invalidDecision'));
  }
  const comment = typeof draft.comment === 'string' ? draft.comment : '';
  // A blank or whitespace-only comment explains nothing.
  if (draft.decision === 'Decline' && comment.trim().length === 0) {
    issues.push(issue('comment', 'commentRequired'));
  }
  if (comment.length > COMMENT_MAX_LENGTH) {
    issues.push(issue('comment', 'commentTooLong', { max: COMMENT_MAX_LENGTH, actual: comment.length }));
  }
  if (samePerson(currentUser, request.requester) || samePerson(currentUser, request.author)) {
    issues.push(issue('request', 'ownNomination'));
  } else if (!samePerson(currentUser, request.nominee)) {
    issues.push(issue('request', 'notNominee'));
  }
  if (request.status === 'Withdrawn' || request.status === 'Expired') {
    issues.push(issue('request', 'requestClosed'));
  }
  return issues;
}
