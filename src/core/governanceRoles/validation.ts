/**
 * Checks of one RACI assignment before it is written (issue 19, bad input): every problem has a stable code the UI
 * localises. Nothing is written while any problem remains, so a rejected assignment leaves no half-saved item.
 */
import type { FieldIssue } from '../errors';
import { RACI_ROLES, ROLE_SCOPE_KINDS, type GovernanceRoleAssignment } from '../models/governanceRole';
import { assigneeOf, assignmentKey, normaliseName } from './assignments';

export const ROLE_ISSUE_CODES = [
  'activityRequired',
  'activityTooLong',
  'scopeRequired',
  'scopeValueRequired',
  'recordRequired',
  'roleRequired',
  'assigneeRequired',
  'unknownPerson',
  'unknownGroup',
  'duplicate',
  'noteTooLong'
] as const;
export type RoleIssueCode = (typeof ROLE_ISSUE_CODES)[number];

/** Reference English messages; `{max}` is filled from the issue's params. */
export const ROLE_ISSUE_MESSAGES: Readonly<Record<RoleIssueCode, string>> = {
  activityRequired: 'Choose the activity.',
  activityTooLong: 'The activity is longer than {max} characters.',
  scopeRequired: 'Choose where the role holds: organisation, region, mission, department or a single record.',
  scopeValueRequired: 'Name the region, mission or department the role holds in.',
  recordRequired: 'Name the record: its list and its item id.',
  roleRequired: 'Choose R, A, C or I.',
  assigneeRequired: 'Choose a person or a SharePoint group.',
  unknownPerson: 'This person is not a user of the site: choose them from the people picker.',
  unknownGroup: 'There is no SharePoint group of this name on the site.',
  duplicate: 'This person or group already holds this role for this activity and scope.',
  noteTooLong: 'The note is longer than {max} characters.'
};

export const ACTIVITY_MAX_LENGTH = 120;
export const NOTE_MAX_LENGTH = 1000;

/** What the checks know of the site: its groups and whether a person is one of its users. */
export interface RoleValidationContext {
  /** Names of the site's groups. */
  readonly groups: readonly string[];
  /** The assignments already stored (a duplicate of one is refused). */
  readonly existing: readonly GovernanceRoleAssignment[];
  /** Whether this site user id exists; default: any positive id (the people picker only offers site users). */
  readonly isKnownUser?: (id: number) => boolean;
}

function issue(field: string, code: RoleIssueCode, params?: Readonly<Record<string, number>>): FieldIssue {
  const message = ROLE_ISSUE_MESSAGES[code].replace(/\{(\w+)\}/g, (placeholder, name: string) => String(params?.[name] ?? placeholder));
  return params === undefined ? { field, code, message } : { field, code, message, params };
}

/** Every problem with `draft` (a partial assignment as the form holds it); empty when it may be written. */
export function validateAssignment(draft: Partial<GovernanceRoleAssignment>, context: RoleValidationContext): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const activity = (draft.activity ?? '').trim();
  if (activity === '') issues.push(issue('activity', 'activityRequired'));
  else if (activity.length > ACTIVITY_MAX_LENGTH) issues.push(issue('activity', 'activityTooLong', { max: ACTIVITY_MAX_LENGTH }));

  if (draft.scopeKind === undefined || !(ROLE_SCOPE_KINDS as readonly string[]).includes(draft.scopeKind)) {
    issues.push(issue('scopeKind', 'scopeRequired'));
  } else if (draft.scopeKind === 'Record') {
    const id = draft.recordId;
    if ((draft.recordList ?? '').trim() === '' || id === undefined || !Number.isInteger(id) || id < 1) issues.push(issue('recordId', 'recordRequired'));
  } else if (draft.scopeKind !== 'Organisation' && (draft.scopeValue ?? '').trim() === '') {
    issues.push(issue('scopeValue', 'scopeValueRequired'));
  }

  if (draft.role === undefined || !(RACI_ROLES as readonly string[]).includes(draft.role)) issues.push(issue('role', 'roleRequired'));

  const assignee = assigneeOf({ assigneeKind: draft.assigneeKind ?? 'Person', assigneePerson: draft.assigneePerson, assigneeGroup: draft.assigneeGroup });
  if (assignee === undefined) {
    issues.push(issue('assignee', 'assigneeRequired'));
  } else if (assignee.kind === 'Group') {
    if (!context.groups.some((group) => normaliseName(group) === normaliseName(assignee.group))) issues.push(issue('assignee', 'unknownGroup'));
  } else if (context.isKnownUser !== undefined && !context.isKnownUser(assignee.person.id)) {
    issues.push(issue('assignee', 'unknownPerson'));
  }

  if ((draft.note ?? '').length > NOTE_MAX_LENGTH) issues.push(issue('note', 'noteTooLong', { max: NOTE_MAX_LENGTH }));

  if (issues.length === 0) {
    const key = assignmentKey(draft as GovernanceRoleAssignment);
    if (key !== undefined && context.existing.some((other) => assignmentKey(other) === key)) issues.push(issue('assignee', 'duplicate'));
  }
  return issues;
}
