/**
 * Routing AI classification verification by the RACI (issue 19, part 2). A system's scope is the record itself,
 * its department, and its mission when it has exactly one (with that mission's region, read from the Missions list
 * as the matrix's routing preview does). The Accountable for "verify AI classification" there decides, besides the
 * governance leads; the submitter of the answers never does (their own Accountable role is passed over).
 */
import type { AISystem } from '../../core/models/aiSystem';
import type { PersonRef, Stored } from '../../core/models/common';
import { AI_SYSTEMS_LIST } from '../../core/schema/lists/aiSystems';
import { eq, or } from '../odata/filter';
import type { ISiteDirectory } from '../people/siteDirectory';
import type { Repositories } from '../repositories/createRepositories';
import { routeDecisions, type DecisionRoute, type DecisionScope } from './routeDecisions';

/** The activity key AI verification routes on (GOVERNANCE_ACTIVITIES). */
export const VERIFY_AI_CLASSIFICATION = 'verifyAIClassification';

/** Mission ids per `or` filter: keeps request URLs short on a tenant. */
const IDS_PER_QUERY = 50;

/** One system's route, and the mission, region or department name its Accountable was found for. */
export interface VerificationRouteOf extends DecisionRoute {
  readonly scopeName?: string;
}

/** The system fields routing reads. */
export type RoutedSystem = Pick<Stored<AISystem>, 'id' | 'department' | 'missions'>;

/** The mission of a system used in exactly one (its title); undefined otherwise. */
function onlyMission(system: RoutedSystem): { id: number; title?: string } | undefined {
  return system.missions?.length === 1 ? system.missions[0] : undefined;
}

/** Titles and regions of the missions with these ids (one request per 50; also used by risk acceptance routing). */
export async function missionsById(repositories: Pick<Repositories, 'missions'>, ids: readonly number[]): Promise<Map<number, { title: string; region?: string }>> {
  const found = new Map<number, { title: string; region?: string }>();
  const unique = [...new Set(ids)];
  const reads: Promise<void>[] = [];
  for (let i = 0; i < unique.length; i += IDS_PER_QUERY) {
    const group = unique.slice(i, i + IDS_PER_QUERY);
    reads.push(repositories.missions.page({ filter: or(...group.map((id) => eq('ID', id))), top: group.length }).then((page) => {
      for (const mission of page.items) found.set(mission.id, { title: mission.title, region: mission.region });
    }));
  }
  await Promise.all(reads);
  return found;
}

/**
 * Who verifies each of `systems`, in order; `submitters[i]` is the submitter of system i's answers (passed over).
 * One read of the matrix for all of them, one of the Missions list per 50 single missions, one per group named.
 */
export async function routeVerifications(
  repositories: Pick<Repositories, 'governanceRoles' | 'missions'>,
  directory: Pick<ISiteDirectory, 'groupMembers'>,
  systems: readonly RoutedSystem[],
  submitters: readonly (PersonRef | undefined)[]
): Promise<VerificationRouteOf[]> {
  if (systems.length === 0) return [];
  const missionIds = systems.map(onlyMission).filter((m): m is { id: number; title?: string } => m !== undefined).map((m) => m.id);
  const missions = missionIds.length === 0 ? new Map<number, { title: string; region?: string }>() : await missionsById(repositories, missionIds);
  const scopes: DecisionScope[] = systems.map((system, index) => {
    const ref = onlyMission(system);
    const mission = ref === undefined ? undefined : missions.get(ref.id);
    return { record: { list: AI_SYSTEMS_LIST.title, id: system.id }, mission: mission?.title ?? ref?.title, region: mission?.region, department: system.department, submitter: submitters[index] };
  });
  const routes = await routeDecisions(repositories, directory, VERIFY_AI_CLASSIFICATION, scopes, undefined);
  return routes.map((route, i) => {
    const scope = scopes[i];
    const at = route.routing.resolvedAt;
    const scopeName = at === 'Mission' ? scope.mission : at === 'Region' ? scope.region : at === 'Department' ? scope.department : undefined;
    return { ...route, scopeName };
  });
}
