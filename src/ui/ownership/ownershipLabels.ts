/** Localised text for ownership codes: decision and nomination problems, flag reasons, days. No React. */
import type { FieldIssue } from '../../core/errors';
import type { Assignee } from '../../core/governanceRoles';
import type { OwnershipFlagReason } from '../../core/ownership';
import { format, formatDate, formatNamed } from '../format';
import type { NominationRoute } from './INominationService';

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

/** Where the RACI found the Accountable: "Kenya's Accountable", "this record's Accountable"... */
function routeLevelText(route: Pick<NominationRoute, 'resolvedAt' | 'scopeName'>, strings: IOwnershipStrings): string {
  const name = route.scopeName ?? '';
  switch (route.resolvedAt) {
    case 'Record':
      return strings.RouteLevelRecord;
    case 'Mission':
      return format(strings.RouteLevelMission, name);
    case 'Region':
      return format(strings.RouteLevelRegion, name);
    case 'Department':
      return format(strings.RouteLevelDepartment, name);
    default:
      return strings.RouteLevelOrganisation;
  }
}

/**
 * Why the routed decider is asked, in words: "Kenya's Accountable"; "member of Governance Leads, the organisation's
 * Accountable" when the Accountable is a group; "member of Governance Leads: nobody is Accountable here".
 */
export function routeReasonText(route: Pick<NominationRoute, 'resolvedAt' | 'scopeName' | 'accountable'>, strings: IOwnershipStrings): string {
  if (route.resolvedAt === 'fallback') return format(strings.RouteFallback, route.accountable.kind === 'Group' ? route.accountable.group : route.accountable.person.title);
  const level = routeLevelText(route, strings);
  return route.accountable.kind === 'Group' ? format(strings.RouteViaGroup, route.accountable.group, level) : level;
}

/** The routed decider with the reason: "Kwame Asante (Kenya's Accountable)"; undefined when nobody can decide. */
export function routedDeciderText(route: NominationRoute, strings: IOwnershipStrings): string | undefined {
  return route.decider === undefined ? undefined : format(strings.RouteDeciderNamed, route.decider.title, routeReasonText(route, strings));
}

/** The Informed, a group marked as one: "Helena Okafor, Mission Focal Points (group)". */
export function informedText(informed: readonly Assignee[], strings: IOwnershipStrings): string {
  return informed.map((a) => (a.kind === 'Group' ? format(strings.RouteGroupName, a.group) : a.person.title)).join(', ');
}
