/**
 * The governance leads' "Recompute ownership statuses" job (issue 6, item 3): approvals expire with time, so every
 * asset's stored OwnershipStatus is derived again from all requests and decisions and saved where it changed.
 * Optionally raises a re-attestation request for each approval that is due and has no open request.
 */
import { GovernanceError, isGovernanceError } from '../../core/errors';
import type { PersonRef, Stored } from '../../core/models/common';
import type { DataAsset } from '../../core/models/dataAsset';
import type { OwnershipRequest } from '../../core/models/ownershipRequest';
import { buildNomination, deriveFromIndex, indexOwnership, ownershipPatch, samePerson } from '../../core/ownership';
import type { Repositories } from '../repositories/createRepositories';
import type { UpdateRow } from '../repositories/types';
import { applyAssetOwnership } from './applyOwnership';
import { HEALTH_RECOMPUTE_SELECT } from '../jobs/recomputeHealth';
import { loadHealthSettings } from '../labels/healthSettings';
import { loadAll } from './loadAll';

/** Assets per read: SharePoint's largest page, so 100,000 assets take 20 reads (in ID order, no filter: never refused by the list view threshold). */
const ASSET_PAGE = 5000;

/** The columns reconcile reads: the score's inputs and stored figures (a changed status re-scores) and the title a re-attestation request names. */
export const RECONCILE_SELECT: readonly (keyof DataAsset & string)[] = [...HEALTH_RECOMPUTE_SELECT, 'title'];

export interface ReconcileOptions {
  /** Called after each page: assets checked so far and the list's item count. */
  readonly onProgress?: (checked: number, total: number) => void;
  readonly signal?: AbortSignal;
  /** Raise a re-attestation request, as this person, for every due approval without an open request. */
  readonly raiseReattestationsAs?: PersonRef;
}

export interface ReconcileSummary {
  readonly checked: number;
  readonly changed: number;
  readonly failed: number;
  readonly reattestationsRaised: number;
}

/** Derives and stores every asset's ownership. Rows that fail are counted, never stop the run. */
export async function reconcileOwnership(repositories: Repositories, now: Date, options: ReconcileOptions = {}): Promise<ReconcileSummary> {
  const [requests, decisions, total, settings] = await Promise.all([
    loadAll(repositories.ownershipRequests),
    loadAll(repositories.ownershipDecisions),
    repositories.dataAssets.count(),
    loadHealthSettings(repositories.governanceSettings)
  ]);
  const index = indexOwnership(requests, decisions);
  let checked = 0;
  let changed = 0;
  let failed = 0;
  const toRaise: OwnershipRequest[] = [];
  let continuation: string | undefined;
  options.onProgress?.(0, total);
  do {
    if (options.signal?.aborted) throw new GovernanceError('Unknown', 'Recomputing ownership statuses was cancelled.');
    const page = await repositories.dataAssets.page({ select: [...RECONCILE_SELECT], top: ASSET_PAGE, orderBy: [{ field: 'id', ascending: true }] }, continuation);
    continuation = page.continuation;
    const rows: UpdateRow<DataAsset>[] = [];
    for (const asset of page.items) {
      const derivation = deriveFromIndex(asset, index, now);
      const patch = ownershipPatch(asset, derivation, now, settings);
      if (patch !== undefined) rows.push({ id: asset.id, patch, etag: asset.etag });
      const requester = options.raiseReattestationsAs;
      if (requester && derivation.reattestationDue && derivation.custodian && !derivation.pendingRequest && !samePerson(derivation.custodian, requester)) {
        toRaise.push(buildNomination(asset as Stored<DataAsset>, { nominee: derivation.custodian, kind: 'Re-attestation' }, requester, now));
      }
    }
    const results = rows.length === 0 ? [] : await repositories.dataAssets.updateMany(rows, { includeComputed: true });
    for (const result of results) {
      if (result.ok) {
        changed++;
      } else if (isGovernanceError(result.error, 'Conflict')) {
        // Saved by someone in between: that one asset is read and derived again.
        const retried = await applyAssetOwnership(repositories, rows[result.index].id, now).catch(() => undefined);
        if (retried) changed += retried.changed ? 1 : 0;
        else failed++;
      } else {
        failed++;
      }
    }
    checked += page.items.length;
    options.onProgress?.(checked, Math.max(total, checked));
  } while (continuation !== undefined);

  let reattestationsRaised = 0;
  if (toRaise.length > 0) {
    const created = await repositories.ownershipRequests.createMany(toRaise);
    reattestationsRaised = created.filter((row) => row.ok).length;
    failed += created.length - reattestationsRaised;
  }
  return { checked, changed, failed, reattestationsRaised };
}
