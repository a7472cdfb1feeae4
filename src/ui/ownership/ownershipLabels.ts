/** Localised text for ownership codes: decision and nomination problems, flag reasons, days. No React. */
import type { FieldIssue } from '../../core/errors';
import type { OwnershipFlagReason } from '../../core/ownership';
import { formatDate, formatNamed } from '../format';

/** The localised message of a decision or nomination issue; an unknown code falls back to core's English text. */
export function ownershipIssueText(issue: FieldIssue, strings: IOwnershipStrings): string {
  const templates: Readonly<Record<string, string>> = {
    invalidDecision: strings.IssueInvalidDecision,
    commentRequired: strings.IssueCommentRequired,
    commentTooLong: strings.IssueCommentTooLong,
    ownNomination: strings.IssueOwnNomination,
    notNominee: strings.IssueNotNominee,
    requestClosed: strings.IssueRequestClosed,
    nomineeRequired: strings.IssueNomineeRequired,
    selfNomination: strings.IssueSelfNomination,
    dueDateInvalid: strings.IssueDueDateInvalid,
    dueDatePast: strings.IssueDueDatePast,
    messageTooLong: strings.IssueMessageTooLong,
    noDecider: strings.IssueNoDecider
  };
  const template = templates[issue.code];
  return template === undefined ? issue.message : formatNamed(template, issue.params);
}

/** Why a flagged decision does not count, localised. */
export function flagReasonText(reason: OwnershipFlagReason, strings: IOwnershipStrings): string {
  switch (reason) {
    case 'requestNotFound':
      return strings.ReasonRequestNotFound;
    case 'requestMismatch':
      return strings.ReasonRequestMismatch;
    case 'missingAuthor':
      return strings.ReasonMissingAuthor;
    case 'missingCreated':
      return strings.ReasonMissingCreated;
    case 'authorNotNominee':
      return strings.ReasonAuthorNotNominee;
    default:
      return strings.ReasonSelfNomination;
  }
}

/** The calendar day (UTC) of an ISO date or date-time, in the user's locale. */
export function formatDay(iso: string | undefined, fallback: string): string {
  return formatDate(iso === undefined ? undefined : iso.slice(0, 10), fallback);
}

// The route's words are shared with every routed decision (AI verification, risk acceptance): see src/ui/routing.
export { informedText, routedDeciderText, routeReasonText } from '../routing/routeText';
