/**
 * Routing risk acceptance by the RACI (issue 19, part 2). A risk's scope is the risk item itself, then the record it
 * concerns: its inventory asset's mission, region and department, else its AI system's mission when it is used in
 * exactly one (with that mission's region, read from Missions) and its department; else the organisation, else the
 * Governance Leads group. The Accountable for "accept risk" there may accept it above the appetite besides the
 * governance leads (`AcceptanceContext.routedIds`); the risk owner never does (their own Accountable role is passed
 * over, and so are they in a group).
 */
import type { PersonRef, Stored } from '../../core/models/common';
import type { Risk } from '../../core/models/risk';
import { RISKS_LIST } from '../../core/schema/lists/risks';
import type { ISiteDirectory } from '../people/siteDirectory';
import { loadByLookup } from '../repositories/loadByLookup';
import type { Repositories } from '../repositories/createRepositories';
import { routeDecisions, type DecisionRoute, type DecisionScope } from './routeDecisions';
import { missionsById } from './routeVerification';

/** The activity key risk acceptance routes on (GOVERNANCE_ACTIVITIES). */
export const ACCEPT_RISK = 'acceptRisk';

/** The risk fields routing reads. */
export type RoutedRisk = Pick<Stored<Risk>, 'id' | 'riskOwner' | 'relatedAsset' | 'relatedAISystem'>;

/** Where one risk's acceptance goes, and who may accept it above the appetite because the RACI names them. */
export interface RiskAcceptanceRoute extends DecisionRoute {
  /** The mission, region or department the Accountable was found for (undefined at record, organisation, fallback). */
  readonly scopeName?: string;
  /** Site user ids of `deciders` (the Accountable person, or the Accountable group's members; never the owner). */
  readonly deciderIds: ReadonlySet<number>;
}

type Place = Pick<DecisionScope, 'mission' | 'region' | 'department'>;

/**
 * Where the records the risks concern sit: assets by their mission, region and department; AI systems by their
 * single mission (region from Missions) and department. One request per 50 assets, per 50 systems (sent together)
 * and per 50 single missions.
 */
async function placesOf(repositories: Pick<Repositories, 'dataAssets' | 'aiSystems' | 'missions'>, risks: readonly RoutedRisk[]): Promise<{ assets: Map<number, Place>; systems: Map<number, Place> }> {
  const assetIds = [...new Set(risks.flatMap((r) => (r.relatedAsset === undefined ? [] : [r.relatedAsset.id])))];
  const systemIds = [...new Set(risks.flatMap((r) => (r.relatedAsset === undefined && r.relatedAISystem !== undefined ? [r.relatedAISystem.id] : [])))];
  const [assetItems, systemItems] = await Promise.all([
    assetIds.length === 0 ? [] : loadByLookup(repositories.dataAssets, 'ID', assetIds, ['mission', 'region', 'department']),
    systemIds.length === 0 ? [] : loadByLookup(repositories.aiSystems, 'ID', systemIds, ['missions', 'department'])
  ]);
  const single = systemItems.flatMap((s) => (s.missions?.length === 1 ? [s.missions[0].id] : []));
  const missions = single.length === 0 ? new Map<number, { title: string; region?: string }>() : await missionsById(repositories, single);
  const assets = new Map<number, Place>(assetItems.map((a) => [a.id, { mission: a.mission, region: a.region, department: a.department }]));
  const systems = new Map<number, Place>(systemItems.map((s) => {
    const ref = s.missions?.length === 1 ? s.missions[0] : undefined;
    const mission = ref === undefined ? undefined : missions.get(ref.id);
    return [s.id, { mission: mission?.title ?? ref?.title, region: mission?.region, department: s.department }];
  }));
  return { assets, systems };
}

/**
 * Who accepts each of `risks` above the appetite, in order; each risk's owner is its submitter (passed over). One
 * read of the matrix (indexed Activity = accept risk) for all of them, the related records read in batches of 50
 * ids, plus one read of a group's members per group an Accountable names. Route only the risks above the appetite:
 * within it any of the risk's people accepts.
 */
export async function routeRiskAcceptances(
  repositories: Pick<Repositories, 'governanceRoles' | 'dataAssets' | 'aiSystems' | 'missions'>,
  directory: Pick<ISiteDirectory, 'groupMembers'>,
  risks: readonly RoutedRisk[]
): Promise<RiskAcceptanceRoute[]> {
  if (risks.length === 0) return [];
  const { assets, systems } = await placesOf(repositories, risks);
  const scopes: DecisionScope[] = risks.map((risk) => {
    const place = risk.relatedAsset !== undefined ? assets.get(risk.relatedAsset.id) : risk.relatedAISystem !== undefined ? systems.get(risk.relatedAISystem.id) : undefined;
    const submitter: PersonRef | undefined = risk.riskOwner;
    return { record: { list: RISKS_LIST.title, id: risk.id }, ...place, submitter };
  });
  const routes = await routeDecisions(repositories, directory, ACCEPT_RISK, scopes, undefined);
  return routes.map((route, i) => {
    const scope = scopes[i];
    const at = route.routing.resolvedAt;
    const scopeName = at === 'Mission' ? scope.mission : at === 'Region' ? scope.region : at === 'Department' ? scope.department : undefined;
    return { ...route, scopeName, deciderIds: new Set(route.deciders.map((p) => p.id)) };
  });
}
