/**
 * RACI assignments as values: who an assignee is, which scope an assignment holds in, and the keys that make two
 * assignments the same. Pure: no SPFx, PnPjs or React.
 */
import type { PersonRef } from '../models/common';
import { GOVERNANCE_ACTIVITIES, type GovernanceActivityKey, type GovernanceRoleAssignment, type RoleScopeKind } from '../models/governanceRole';

/** A person or a site group holding a role. */
export type Assignee = { readonly kind: 'Person'; readonly person: PersonRef } | { readonly kind: 'Group'; readonly group: string };

/** Where an assignment holds; `value` names the region, mission or department; `list`/`id` a record. */
export interface RoleScope {
  readonly kind: RoleScopeKind;
  readonly value?: string;
  readonly list?: string;
  readonly id?: number;
}

/**
 * Decision activities that need segregation: whoever is Accountable (decides) must not also be the Responsible who
 * prepares the same decision. Every suite activity is a decision of this kind; the leads' own activities are not.
 */
export const SEGREGATED_ACTIVITIES: ReadonlySet<string> = new Set<string>(GOVERNANCE_ACTIVITIES);

/** True for the suite's own activity keys. */
export function isSuiteActivity(activity: string): activity is GovernanceActivityKey {
  return (GOVERNANCE_ACTIVITIES as readonly string[]).includes(activity);
}

/** Text compared without case or surrounding spaces (SharePoint group, region and mission names are case-insensitive). */
export function normaliseName(text: string | undefined): string {
  return (text ?? '').trim().toLowerCase();
}

/** The assignee of an assignment, or undefined when it names nobody. */
export function assigneeOf(assignment: Pick<GovernanceRoleAssignment, 'assigneeKind' | 'assigneePerson' | 'assigneeGroup'>): Assignee | undefined {
  if (assignment.assigneeKind === 'Group') {
    const group = (assignment.assigneeGroup ?? '').trim();
    return group === '' ? undefined : { kind: 'Group', group };
  }
  const person = assignment.assigneePerson;
  return person !== undefined && person !== null && Number.isInteger(person.id) && person.id > 0 ? { kind: 'Person', person } : undefined;
}

/** A stable key for an assignee: `p:<site user id>` or `g:<group name, lower case>`. */
export function assigneeKey(assignee: Assignee): string {
  return assignee.kind === 'Person' ? `p:${assignee.person.id}` : `g:${normaliseName(assignee.group)}`;
}

/** The assignee's display name. */
export function assigneeName(assignee: Assignee): string {
  return assignee.kind === 'Person' ? assignee.person.title : assignee.group;
}

/** The scope of an assignment. */
export function scopeOf(assignment: Pick<GovernanceRoleAssignment, 'scopeKind' | 'scopeValue' | 'recordList' | 'recordId'>): RoleScope {
  switch (assignment.scopeKind) {
    case 'Organisation':
      return { kind: 'Organisation' };
    case 'Record':
      return { kind: 'Record', list: (assignment.recordList ?? '').trim(), id: assignment.recordId };
    default:
      return { kind: assignment.scopeKind, value: (assignment.scopeValue ?? '').trim() };
  }
}

/** A stable key for a scope, e.g. `Mission:bangladesh`, `Record:dataassets#12`, `Organisation`. */
export function scopeKey(scope: RoleScope): string {
  switch (scope.kind) {
    case 'Organisation':
      return 'Organisation';
    case 'Record':
      return `Record:${normaliseName(scope.list)}#${scope.id ?? ''}`;
    default:
      return `${scope.kind}:${normaliseName(scope.value)}`;
  }
}

/** A stable key for an activity (the suite's keys as they are; leads' activities without case or outer spaces). */
export function activityKey(activity: string): string {
  return isSuiteActivity(activity) ? activity : `custom:${normaliseName(activity)}`;
}

/** The key two assignments share when they are duplicates: same activity, scope, role and assignee. */
export function assignmentKey(assignment: GovernanceRoleAssignment): string | undefined {
  const assignee = assigneeOf(assignment);
  if (assignee === undefined) return undefined;
  return [activityKey(assignment.activity), scopeKey(scopeOf(assignment)), assignment.role, assigneeKey(assignee)].join('|');
}

/** The title stored on an item (list views read it): `A · approveOwnership · Mission Bangladesh · Jonas Weber`. */
export function assignmentTitle(assignment: GovernanceRoleAssignment): string {
  const scope = scopeOf(assignment);
  const where = scope.kind === 'Organisation' ? 'Organisation' : scope.kind === 'Record' ? `Record ${scope.list ?? ''} #${scope.id ?? ''}` : `${scope.kind} ${scope.value ?? ''}`;
  const assignee = assigneeOf(assignment);
  return [assignment.role, assignment.activity.trim(), where, assignee ? assigneeName(assignee) : ''].join(' · ').slice(0, 255);
}
