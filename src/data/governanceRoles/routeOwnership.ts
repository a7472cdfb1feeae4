/**
 * Routing a new ownership request by the RACI (issue 19, part 2). The Accountable for "approve ownership" in the
 * record's scope (the record itself, its mission, region, department, the organisation; else the Governance Leads
 * group) is asked to decide. The ownership rule is unchanged: the decider is the request's nominee, and a decider is
 * never the submitter (their own Accountable role is passed over, and so are they in a group).
 */
import { GovernanceError } from '../../core/errors';
import { assigneeName, type Routing } from '../../core/governanceRoles';
import type { PersonRef, Stored } from '../../core/models/common';
import type { DataAsset } from '../../core/models/dataAsset';
import type { OwnershipRequest } from '../../core/models/ownershipRequest';
import { buildNomination, validateNomination, type NominationDraft } from '../../core/ownership';
import { DATA_ASSETS_LIST } from '../../core/schema/lists/dataAssets';
import type { ISiteDirectory } from '../people/siteDirectory';
import type { Repositories } from '../repositories/createRepositories';
import { routeDecisions, type DecisionRoute } from './routeDecisions';

/** The activity key ownership approvals route on. */
export const APPROVE_OWNERSHIP = 'approveOwnership';

/** Where a request goes and why. */
export interface OwnershipRoute {
  readonly routing: Routing;
  /** The person asked to decide (the request's nominee). */
  readonly decider: PersonRef;
}

/** Longest message a request holds (OwnershipRequests.Message). */
const MESSAGE_MAX = 2000;

/** The record fields routing reads: its id and the mission, region and department it belongs to. */
export type RoutedAsset = Pick<Stored<DataAsset>, 'id' | 'mission' | 'region' | 'department'>;

/** Where one record's request goes; `decider` undefined when nobody but the submitter could decide (noDecider). */
export type OwnershipRouteOf = DecisionRoute;

/** The Validation error for a record nobody but the submitter can decide (code `noDecider`, field `nominee`). */
export function noDeciderError(routing: Pick<Routing, 'accountable'>): GovernanceError {
  const message = `Nobody but the submitter can approve ownership here (${assigneeName(routing.accountable)}): assign another Accountable in Governance roles.`;
  return new GovernanceError('Validation', message, { issues: [{ field: 'nominee', code: 'noDecider', message }] });
}

/**
 * Who decides the ownership of each of `assets` submitted by `requester`, in order (see `routeDecisions`: one read
 * of the matrix plus one per group, whatever the number of records). Never rejects for a record nobody can decide:
 * its `decider` is undefined.
 */
export function routeOwnershipMany(
  repositories: Pick<Repositories, 'governanceRoles'>,
  directory: Pick<ISiteDirectory, 'groupMembers'>,
  assets: readonly RoutedAsset[],
  requester: PersonRef
): Promise<OwnershipRouteOf[]> {
  const scopes = assets.map((asset) => ({ record: { list: DATA_ASSETS_LIST.title, id: asset.id }, mission: asset.mission, region: asset.region, department: asset.department }));
  return routeDecisions(repositories, directory, APPROVE_OWNERSHIP, scopes, requester);
}

/** Who decides an ownership request for `asset` submitted by `requester`; rejects Validation `noDecider` when nobody can. */
export async function routeOwnership(
  repositories: Pick<Repositories, 'governanceRoles'>,
  directory: Pick<ISiteDirectory, 'groupMembers'>,
  asset: RoutedAsset,
  requester: PersonRef
): Promise<OwnershipRoute> {
  const [{ routing, decider }] = await routeOwnershipMany(repositories, directory, [asset], requester);
  if (decider === undefined) throw noDeciderError(routing);
  return { routing, decider };
}

/** The request's message: the submitter's text, then who is Informed (so the decider sees them on the request). */
export function routedMessage(message: string | undefined, routing: Pick<Routing, 'informed'>): string | undefined {
  const informed = routing.informed.map(assigneeName);
  const parts = [(message ?? '').trim(), informed.length > 0 ? `Informed: ${informed.join(', ')}` : ''].filter((part) => part !== '');
  return parts.length === 0 ? undefined : parts.join('\n\n').slice(0, MESSAGE_MAX);
}

/**
 * Creates an ownership request for `assetId` routed to its Accountable: the asset is read, the route resolved, the
 * nomination checked with the suite's usual rules (due date, message length, never self) and created as `requester`.
 * Nothing is written when any check fails.
 */
export async function createRoutedOwnershipRequest(
  repositories: Pick<Repositories, 'governanceRoles' | 'dataAssets' | 'ownershipRequests'>,
  directory: Pick<ISiteDirectory, 'groupMembers'>,
  assetId: number,
  requester: PersonRef,
  now: Date,
  draft: Omit<NominationDraft, 'nominee'> = {}
): Promise<{ readonly request: Stored<OwnershipRequest>; readonly route: OwnershipRoute }> {
  const asset = await repositories.dataAssets.getById(assetId);
  const route = await routeOwnership(repositories, directory, asset, requester);
  const full: NominationDraft & { nominee: PersonRef } = { ...draft, nominee: route.decider, message: routedMessage(draft.message, route.routing) };
  const issues = validateNomination(full, requester, now);
  if (issues.length > 0) throw new GovernanceError('Validation', issues.map((i) => i.message).join(' '), { issues });
  const request = await repositories.ownershipRequests.create(buildNomination(asset, full, requester, now));
  return { request, route };
}
