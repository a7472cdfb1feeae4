/**
 * Routing DPIA validation by the RACI (issue 19, part 2). The Accountable for "validate DPIA" at the DPIA's scope
 * (the DPIA item itself, its processing activity's mission, region, the organisation; else the Governance Leads
 * group) is asked to validate, and their validation counts (`DpiaDeciders.routedIds`) besides the activity's owner
 * and the leads. The submitter (the DPIA's author) is never routed to: their own Accountable role is passed over,
 * and so are they in a group.
 */
import type { PersonRef } from '../../core/models/common';
import { DPIAS_LIST } from '../../core/schema/lists/dpias';
import type { ISiteDirectory } from '../people/siteDirectory';
import type { Repositories } from '../repositories/createRepositories';
import { routeDecisions, type DecisionRoute } from './routeDecisions';

/** The activity key DPIA validations route on. */
export const VALIDATE_DPIA = 'validateDPIA';

/** What routing reads of a DPIA: its id, its author (the submitter) and its processing activity's mission and region. */
export interface RoutedDpia {
  readonly id: number;
  readonly author?: PersonRef;
  readonly mission?: string;
  readonly region?: string;
}

/** Where one DPIA's validation goes, and who may validate it because the RACI names them. */
export interface DpiaRoute extends DecisionRoute {
  /** The mission or region the Accountable was found for (undefined at record, organisation and fallback). */
  readonly scopeName?: string;
  /**
   * Site user ids whose validation counts by the route: the Accountable person, or every member of the Accountable
   * group; never the DPIA's author.
   */
  readonly deciderIds: ReadonlySet<number>;
}

/**
 * Routes the validation of each of `dpias`, in order: one read of the matrix (indexed Activity = validate DPIA) for
 * all of them, plus one read of a group's members per group an Accountable names, whatever the number of DPIAs.
 */
export async function routeDpiaValidations(
  repositories: Pick<Repositories, 'governanceRoles'>,
  directory: Pick<ISiteDirectory, 'groupMembers'>,
  dpias: readonly RoutedDpia[]
): Promise<DpiaRoute[]> {
  if (dpias.length === 0) return [];
  const scopes = dpias.map((d) => ({ record: { list: DPIAS_LIST.title, id: d.id }, mission: d.mission, region: d.region, submitter: d.author }));
  const routes = await routeDecisions(repositories, directory, VALIDATE_DPIA, scopes, undefined);
  return routes.map((route, index) => {
    const dpia = dpias[index];
    const { resolvedAt } = route.routing;
    // The route's deciders never include the DPIA's author (its submitter).
    const deciderIds = new Set(route.deciders.map((p) => p.id));
    const scopeName = resolvedAt === 'Mission' ? dpia.mission : resolvedAt === 'Region' ? dpia.region : undefined;
    return { ...route, scopeName, deciderIds };
  });
}
