/**
 * Routing any of the suite's decisions by the RACI (issue 19, part 2): for each scope, the Accountable for the
 * activity (the record, its mission, region, department, the organisation; else the Governance Leads group) and
 * the person who decides (a group's first member who is not the submitter).
 */
import { isGovernanceError } from '../../core/errors';
import { accountableFor, deciderFrom, type Routing, type RoutingScope } from '../../core/governanceRoles';
import type { PersonRef } from '../../core/models/common';
import type { ISiteDirectory } from '../people/siteDirectory';
import type { Repositories } from '../repositories/createRepositories';
import { loadAssignments } from './roles';

/** A scope to route, optionally with its own submitter (records of one screen may have different submitters). */
export interface DecisionScope extends RoutingScope {
  /** This record's submitter; default: the call's `requester`. */
  readonly submitter?: PersonRef;
}

/** Where one decision goes; `decider` undefined when nobody but the submitter could decide. */
export interface DecisionRoute {
  readonly routing: Routing;
  readonly decider: PersonRef | undefined;
  /**
   * Everyone the route lets decide: the Accountable person, or every member of the Accountable group; never the
   * submitter. Counting rules read it (a routed Accountable's decision counts even when they are not a lead).
   */
  readonly deciders: readonly PersonRef[];
}

/**
 * Who decides `activity` at each of `scopes` when `requester` (or the scope's own `submitter`) submits, in order.
 * The activity's assignments are read once for all scopes, and each group an Accountable names is asked for its
 * members once, so routing 200 records of several missions costs one read of the matrix plus one per group. A group
 * the site does not have has no members.
 */
export async function routeDecisions(
  repositories: Pick<Repositories, 'governanceRoles'>,
  directory: Pick<ISiteDirectory, 'groupMembers'>,
  activity: string,
  scopes: readonly DecisionScope[],
  requester: PersonRef | undefined
): Promise<DecisionRoute[]> {
  const assignments = await loadAssignments(repositories, activity);
  const members = new Map<string, Promise<PersonRef[]>>();
  const membersOf = (group: string): Promise<PersonRef[]> => {
    const key = group.trim().toLowerCase();
    let found = members.get(key);
    if (found === undefined) {
      found = directory.groupMembers(group).catch((error: unknown) => {
        if (isGovernanceError(error, 'NotFound')) return [];
        throw error;
      });
      members.set(key, found);
    }
    return found;
  };
  return Promise.all(
    scopes.map(async (scope) => {
      const submitter = scope.submitter ?? requester;
      const routing = accountableFor(activity, scope, assignments, { exclude: submitter });
      const groupMembers = routing.accountable.kind === 'Group' ? await membersOf(routing.accountable.group) : [];
      const everyone = routing.accountable.kind === 'Person' ? [routing.accountable.person] : groupMembers;
      const deciders = everyone.filter((person) => submitter === undefined || person.id !== submitter.id);
      return { routing, decider: deciderFrom(routing.accountable, groupMembers, submitter), deciders };
    })
  );
}
