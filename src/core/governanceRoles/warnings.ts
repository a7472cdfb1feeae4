/**
 * The RACI checks (issue 19): per activity and scope, exactly one Accountable, and no Accountable who is also the
 * Responsible of a decision that needs segregation. Pure; the matrix shows them beside the cells.
 */
import type { GovernanceRoleAssignment } from '../models/governanceRole';
import { GOVERNANCE_ACTIVITIES } from '../models/governanceRole';
import { activityKey, assigneeKey, assigneeOf, scopeKey, scopeOf, SEGREGATED_ACTIVITIES, type Assignee, type RoleScope } from './assignments';

export const RACI_WARNING_CODES = ['noAccountable', 'multipleAccountable', 'accountableIsResponsible'] as const;
export type RaciWarningCode = (typeof RACI_WARNING_CODES)[number];

/** One warning about one activity in one scope. */
export interface RaciWarning {
  readonly code: RaciWarningCode;
  /** The activity as stored (a suite key or the leads' text). */
  readonly activity: string;
  readonly scope: RoleScope;
  /** `multipleAccountable`: every Accountable; `accountableIsResponsible`: the one holding both. */
  readonly assignees: readonly Assignee[];
}

interface Cell {
  activity: string;
  scope: RoleScope;
  accountable: Map<string, Assignee>;
  responsible: Map<string, Assignee>;
}

/**
 * Every warning over `assignments`. A scope is checked for an activity once any assignment names that pair; the
 * organisation scope is always checked for the suite's own activities (each needs someone Accountable somewhere,
 * or routing falls back to the Governance Leads group).
 */
export function raciWarnings(assignments: readonly GovernanceRoleAssignment[]): RaciWarning[] {
  const cells = new Map<string, Cell>();
  const cellOf = (activity: string, scope: RoleScope): Cell => {
    const key = `${activityKey(activity)}|${scopeKey(scope)}`;
    let cell = cells.get(key);
    if (!cell) {
      cell = { activity, scope, accountable: new Map(), responsible: new Map() };
      cells.set(key, cell);
    }
    return cell;
  };
  for (const activity of GOVERNANCE_ACTIVITIES) cellOf(activity, { kind: 'Organisation' });
  for (const assignment of assignments) {
    const cell = cellOf(assignment.activity.trim(), scopeOf(assignment));
    const assignee = assigneeOf(assignment);
    if (assignee === undefined) continue;
    if (assignment.role === 'A') cell.accountable.set(assigneeKey(assignee), assignee);
    if (assignment.role === 'R') cell.responsible.set(assigneeKey(assignee), assignee);
  }
  const warnings: RaciWarning[] = [];
  for (const cell of cells.values()) {
    if (cell.accountable.size === 0) warnings.push({ code: 'noAccountable', activity: cell.activity, scope: cell.scope, assignees: [] });
    if (cell.accountable.size > 1) warnings.push({ code: 'multipleAccountable', activity: cell.activity, scope: cell.scope, assignees: [...cell.accountable.values()] });
    if (SEGREGATED_ACTIVITIES.has(cell.activity)) {
      for (const [key, assignee] of cell.accountable) {
        if (cell.responsible.has(key)) warnings.push({ code: 'accountableIsResponsible', activity: cell.activity, scope: cell.scope, assignees: [assignee] });
      }
    }
  }
  return warnings;
}
