/**
 * Applies the ownership rule to one asset (issue 6, item 3): read the asset, ALL of its requests and decisions,
 * derive with core's rule, write the result with the asset's ETag. A save by someone else in between fails with
 * Conflict and the whole read-derive-write runs again, so the stored status always reflects every decision.
 */
import { isGovernanceError } from '../../core/errors';
import type { Stored } from '../../core/models/common';
import type { DataAsset } from '../../core/models/dataAsset';
import { deriveOwnership, ownershipPatch, type OwnershipDerivation } from '../../core/ownership';
import { OWNERSHIP_DECISIONS_LIST, OWNERSHIP_REQUESTS_LIST } from '../../core/schema';
import { eq } from '../odata/filter';
import { filterField } from '../odata/fieldRef';
import type { Repositories } from '../repositories/createRepositories';
import { loadAll } from './loadAll';
import { loadHealthSettings } from '../labels/healthSettings';

/** Read-derive-write attempts before a Conflict is passed on. */
const ATTEMPTS = 4;

export interface AppliedOwnership {
  readonly asset: Stored<DataAsset>;
  readonly derivation: OwnershipDerivation;
  /** False when the stored columns already matched. */
  readonly changed: boolean;
}

/** The derivation of one asset from its requests and decisions (each read with one indexed filter on Asset). */
export async function deriveAssetOwnership(repositories: Repositories, asset: Stored<DataAsset>, now: Date): Promise<OwnershipDerivation> {
  const [requests, decisions] = await Promise.all([
    loadAll(repositories.ownershipRequests, { filter: eq(filterField(OWNERSHIP_REQUESTS_LIST, 'asset'), asset.id) }),
    loadAll(repositories.ownershipDecisions, { filter: eq(filterField(OWNERSHIP_DECISIONS_LIST, 'asset'), asset.id) })
  ]);
  return deriveOwnership(asset, requests, decisions, now);
}

/** Recomputes and stores asset `assetId`'s OwnershipStatus (and the custodian and health it implies). */
export async function applyAssetOwnership(repositories: Repositories, assetId: number, now: Date): Promise<AppliedOwnership> {
  const settings = await loadHealthSettings(repositories.governanceSettings);
  for (let attempt = 1; ; attempt++) {
    const asset = await repositories.dataAssets.getById(assetId);
    const derivation = await deriveAssetOwnership(repositories, asset, now);
    const patch = ownershipPatch(asset, derivation, now, settings);
    if (patch === undefined) return { asset, derivation, changed: false };
    try {
      // OwnershipStatus and the health columns are computed: only the suite's own jobs write them.
      const etag = await repositories.dataAssets.update(assetId, patch, asset.etag, { includeComputed: true });
      return { asset: { ...asset, ...patch, etag }, derivation, changed: true };
    } catch (error) {
      if (!isGovernanceError(error, 'Conflict') || attempt >= ATTEMPTS) throw error;
    }
  }
}
