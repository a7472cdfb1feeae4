import type { PersonRef } from './common';

/**
 * The suite's own decision activities (issue 19). Stored by key in `GovernanceRoles.Activity`; any other text there
 * is an activity the governance leads named themselves (e.g. "Publish the data catalogue").
 */
export const GOVERNANCE_ACTIVITIES = ['approveOwnership', 'verifyAIClassification', 'acceptRisk', 'decideAccessReviews', 'validateDPIA'] as const;
export type GovernanceActivityKey = (typeof GOVERNANCE_ACTIVITIES)[number];

/** Where an assignment holds, widest last in the routing order (record, mission, region, department, organisation). */
export const ROLE_SCOPE_KINDS = ['Organisation', 'Region', 'Mission', 'Department', 'Record'] as const;
export type RoleScopeKind = (typeof ROLE_SCOPE_KINDS)[number];

/** RACI letters: Responsible, Accountable, Consulted, Informed. */
export const RACI_ROLES = ['R', 'A', 'C', 'I'] as const;
export type RaciRole = (typeof RACI_ROLES)[number];

/** Who holds the role: a site user, or a SharePoint site group (by its name, as SharePoint identifies groups). */
export const ASSIGNEE_KINDS = ['Person', 'Group'] as const;
export type AssigneeKind = (typeof ASSIGNEE_KINDS)[number];

/**
 * One RACI assignment (list GovernanceRoles): for `activity` in one scope, `assignee` holds `role`.
 * Scope: Organisation (no value), Region / Mission / Department (`scopeValue` names it), Record (`recordList` is the
 * list's title, `recordId` the item id).
 */
export interface GovernanceRoleAssignment {
  title: string;
  /** A key of `GOVERNANCE_ACTIVITIES`, or the leads' own activity as free text. */
  activity: string;
  scopeKind: RoleScopeKind;
  scopeValue?: string;
  recordList?: string;
  recordId?: number;
  role: RaciRole;
  assigneeKind: AssigneeKind;
  /** Set when `assigneeKind` is Person. */
  assigneePerson?: PersonRef;
  /** Set when `assigneeKind` is Group: the site group's name. */
  assigneeGroup?: string;
  note?: string;
}
