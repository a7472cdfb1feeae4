/**
 * The requests and decisions of a set of assets, for deriving their ownership where a screen shows them (issue 23,
 * attack 4): the inventory's page, a record just saved. Both lists are read by their indexed Asset lookup with `or`
 * filters of at most `IDS_PER_QUERY` ids, requests and decisions in parallel, so a page of 50 records costs two
 * requests more than the page itself, in one round trip.
 */
import type { Stored } from '../../core/models/common';
import type { DataAsset, OwnershipStatus } from '../../core/models/dataAsset';
import { deriveFromIndex, indexOwnership, type OwnershipIndex } from '../../core/ownership';
import { OWNERSHIP_DECISIONS_LIST, OWNERSHIP_REQUESTS_LIST } from '../../core/schema';
import { filterField } from '../odata/fieldRef';
import type { Repositories } from '../repositories/createRepositories';
import { loadByLookup } from '../repositories/loadByLookup';

/** Re-exported: the leads' anomaly finder chunks its id reads the same way. */
export { IDS_PER_QUERY } from '../repositories/loadByLookup';

/**
 * The ownership index of `assetIds`: their requests and the decisions that name them. A decision that names one of
 * these assets but a request of another asset finds no request here and is flagged `requestNotFound` rather than
 * `requestMismatch`; either way it does not count, so the derived status is the same.
 */
export async function loadOwnershipIndex(repositories: Repositories, assetIds: readonly number[]): Promise<OwnershipIndex> {
  const ids = [...new Set(assetIds)];
  if (ids.length === 0) return indexOwnership([], []);
  const [requests, decisions] = await Promise.all([
    loadByLookup(repositories.ownershipRequests, filterField(OWNERSHIP_REQUESTS_LIST, 'asset'), ids),
    loadByLookup(repositories.ownershipDecisions, filterField(OWNERSHIP_DECISIONS_LIST, 'asset'), ids)
  ]);
  return indexOwnership(requests, decisions);
}

/** Each asset's ownership status as its requests and counting decisions establish it, by asset id. */
export async function derivedStatuses(repositories: Repositories, assets: readonly Stored<DataAsset>[], now: Date): Promise<Map<number, OwnershipStatus>> {
  const index = await loadOwnershipIndex(repositories, assets.map((asset) => asset.id));
  return new Map(assets.map((asset) => [asset.id, deriveFromIndex(asset, index, now).status]));
}
