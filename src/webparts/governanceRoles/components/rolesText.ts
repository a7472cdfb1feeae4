/** Localised text of the RACI model: activities, scopes, roles, assignees, warnings and validation issues. */
import type { FieldIssue } from '../../../core/errors';
import { assigneeName, type Assignee, type RaciWarning, type RoleScope } from '../../../core/governanceRoles';
import type { GovernanceActivityKey, RaciRole, RoleScopeKind } from '../../../core/models/governanceRole';
import { format, formatNamed } from '../../../ui/format';

const ACTIVITY_KEYS: Readonly<Record<GovernanceActivityKey, keyof IGovernanceRolesStrings>> = {
  approveOwnership: 'ActivityApproveOwnership',
  verifyAIClassification: 'ActivityVerifyAIClassification',
  acceptRisk: 'ActivityAcceptRisk',
  decideAccessReviews: 'ActivityDecideAccessReviews',
  validateDPIA: 'ActivityValidateDPIA'
};

/** The activity's name: the suite's own localised, the leads' own as they typed it. */
export function activityLabel(activity: string, strings: IGovernanceRolesStrings): string {
  const key = (ACTIVITY_KEYS as Readonly<Record<string, keyof IGovernanceRolesStrings>>)[activity];
  return key === undefined ? activity : String(strings[key]);
}

export function scopeKindLabel(kind: RoleScopeKind, strings: IGovernanceRolesStrings): string {
  switch (kind) {
    case 'Organisation':
      return strings.ScopeOrganisation;
    case 'Region':
      return strings.ScopeRegion;
    case 'Mission':
      return strings.ScopeMission;
    case 'Department':
      return strings.ScopeDepartment;
    default:
      return strings.ScopeRecord;
  }
}

/** "Mission: Kenya", "Record DataAssets #12", "Organisation". */
export function scopeLabel(scope: RoleScope, strings: IGovernanceRolesStrings): string {
  if (scope.kind === 'Organisation') return strings.ScopeOrganisation;
  if (scope.kind === 'Record') return format(strings.RecordNamed, scope.list ?? '', scope.id ?? '');
  return format(strings.ScopeNamed, scopeKindLabel(scope.kind, strings), scope.value ?? '');
}

export function roleName(role: RaciRole, strings: IGovernanceRolesStrings): string {
  return role === 'R' ? strings.RoleR : role === 'A' ? strings.RoleA : role === 'C' ? strings.RoleC : strings.RoleI;
}

/** A person's name, or a group's name marked as a group. */
export function assigneeLabel(assignee: Assignee, strings: IGovernanceRolesStrings): string {
  return assignee.kind === 'Group' ? format(strings.GroupSuffix, assignee.group) : assigneeName(assignee);
}

export function warningText(warning: RaciWarning, strings: IGovernanceRolesStrings): string {
  const activity = activityLabel(warning.activity, strings);
  const scope = scopeLabel(warning.scope, strings);
  const names = warning.assignees.map((a) => assigneeLabel(a, strings));
  switch (warning.code) {
    case 'noAccountable':
      return format(strings.WarningNoAccountable, activity, scope);
    case 'multipleAccountable':
      return format(strings.WarningMultipleAccountable, activity, scope, names.length, names.join(', '));
    default:
      return format(strings.WarningAccountableIsResponsible, activity, scope, names.join(', '));
  }
}

const ISSUE_KEYS: Readonly<Record<string, keyof IGovernanceRolesStrings>> = {
  activityRequired: 'IssueActivityRequired',
  activityTooLong: 'IssueActivityTooLong',
  scopeRequired: 'IssueScopeRequired',
  scopeValueRequired: 'IssueScopeValueRequired',
  recordRequired: 'IssueRecordRequired',
  roleRequired: 'IssueRoleRequired',
  assigneeRequired: 'IssueAssigneeRequired',
  unknownPerson: 'IssueUnknownPerson',
  unknownGroup: 'IssueUnknownGroup',
  duplicate: 'IssueDuplicate',
  noteTooLong: 'IssueNoteTooLong'
};

/** The localised message of a validation issue (its English text when the code is not one of the matrix's). */
export function roleIssueText(issue: FieldIssue, strings: IGovernanceRolesStrings): string {
  const key = ISSUE_KEYS[issue.code];
  return key === undefined ? issue.message : formatNamed(String(strings[key]), issue.params);
}

/** Starts an async handler from an event; the handlers catch and show their own errors, so nothing is lost here. */
export function runTask(task: Promise<unknown>): void {
  task.catch(() => undefined);
}
