/**
 * Routing a decision to its Accountable (issue 19, part 2). The record's own scope first, then its mission, region,
 * department and the organisation; where nobody is Accountable, the Governance Leads group. Pure.
 */
import type { PersonRef } from '../models/common';
import type { GovernanceRoleAssignment, RoleScopeKind } from '../models/governanceRole';
import { GOVERNANCE_LEADS_GROUP } from '../roles';
import { activityKey, assigneeKey, assigneeOf, normaliseName, scopeOf, type Assignee } from './assignments';

/** Where the decision sits: the record and the mission, region and department it belongs to (any may be absent). */
export interface RoutingScope {
  readonly record?: { readonly list: string; readonly id: number };
  readonly mission?: string;
  readonly region?: string;
  readonly department?: string;
}

/** The order scopes are tried in, narrowest first. */
export const ROUTING_ORDER: readonly RoleScopeKind[] = ['Record', 'Mission', 'Region', 'Department', 'Organisation'];

export interface RoutingOptions {
  /** The submitter: never routed to (a decider is never the submitter); an Accountable who is them is passed over. */
  readonly exclude?: PersonRef;
  /** The group taking what resolves to nobody; default `Governance Leads`. */
  readonly fallbackGroup?: string;
}

/** Who is Accountable and who is Informed. */
export interface Routing {
  /** The one Accountable, or the fallback group. */
  readonly accountable: Assignee;
  /** The scope it was found at, or `fallback`. */
  readonly resolvedAt: RoleScopeKind | 'fallback';
  /** Everyone Informed for the activity in any scope containing the record (deduplicated, narrowest first). */
  readonly informed: readonly Assignee[];
  /** Scopes passed over because they named more than one Accountable (the matrix warns about them). */
  readonly ambiguousAt: readonly RoleScopeKind[];
}

function matches(assignment: GovernanceRoleAssignment, kind: RoleScopeKind, scope: RoutingScope): boolean {
  if (assignment.scopeKind !== kind) return false;
  const own = scopeOf(assignment);
  switch (kind) {
    case 'Organisation':
      return true;
    case 'Record':
      return scope.record !== undefined && own.id === scope.record.id && normaliseName(own.list) === normaliseName(scope.record.list);
    case 'Mission':
      return scope.mission !== undefined && normaliseName(own.value) === normaliseName(scope.mission);
    case 'Region':
      return scope.region !== undefined && normaliseName(own.value) === normaliseName(scope.region);
    case 'Department':
      return scope.department !== undefined && normaliseName(own.value) === normaliseName(scope.department);
    default:
      return false;
  }
}

/**
 * The Accountable for `activity` at `scope`: at each level in `ROUTING_ORDER`, its one Accountable (an
 * Accountable who is the excluded submitter does not count there); a level with two or more is passed over (the
 * matrix warns), a level with none too; nothing found: the fallback group.
 */
export function accountableFor(activity: string, scope: RoutingScope, assignments: readonly GovernanceRoleAssignment[], options: RoutingOptions = {}): Routing {
  const wanted = activityKey(activity);
  const mine = assignments.filter((a) => activityKey(a.activity.trim()) === wanted);
  const excluded = options.exclude;
  const ambiguousAt: RoleScopeKind[] = [];
  const informed = new Map<string, Assignee>();
  let found: { accountable: Assignee; at: RoleScopeKind } | undefined;
  for (const kind of ROUTING_ORDER) {
    const here = mine.filter((a) => matches(a, kind, scope));
    for (const a of here) {
      const assignee = a.role === 'I' ? assigneeOf(a) : undefined;
      if (assignee && !informed.has(assigneeKey(assignee))) informed.set(assigneeKey(assignee), assignee);
    }
    if (found) continue;
    const accountable = new Map<string, Assignee>();
    for (const a of here) {
      const assignee = a.role === 'A' ? assigneeOf(a) : undefined;
      if (!assignee) continue;
      if (assignee.kind === 'Person' && excluded !== undefined && assignee.person.id === excluded.id) continue;
      accountable.set(assigneeKey(assignee), assignee);
    }
    if (accountable.size === 1) found = { accountable: [...accountable.values()][0], at: kind };
    else if (accountable.size > 1) ambiguousAt.push(kind);
  }
  return {
    accountable: found?.accountable ?? { kind: 'Group', group: options.fallbackGroup ?? GOVERNANCE_LEADS_GROUP },
    resolvedAt: found?.at ?? 'fallback',
    informed: [...informed.values()],
    ambiguousAt
  };
}

/**
 * The person who decides for `routing`: the Accountable person, or, for a group, its first member (by site user
 * id, so the choice is stable) who is not the submitter. Undefined when nobody can decide.
 */
export function deciderFrom(accountable: Assignee, groupMembers: readonly PersonRef[], exclude?: PersonRef): PersonRef | undefined {
  if (accountable.kind === 'Person') return exclude !== undefined && accountable.person.id === exclude.id ? undefined : accountable.person;
  return [...groupMembers].sort((a, b) => a.id - b.id).find((member) => exclude === undefined || member.id !== exclude.id);
}
