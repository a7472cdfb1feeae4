/**
 * The health recompute job. HealthScore / HealthBand are stored on each DataAssets item when it is saved (so the
 * inventory filters and sorts by band on indexed columns), but freshness decays with time: a record nobody saves
 * keeps yesterday's score. This job re-scores every asset and saves only those whose stored figures differ, in
 * `$batch` requests, each item with the ETag it was read with (a record saved meanwhile is reported as a
 * conflict and left alone: that save already stored a fresh score).
 */
import type { DataAsset } from '../../core/models/dataAsset';
import { deriveFromIndex, type OwnershipIndex } from '../../core/ownership';
import { storedHealth, type HealthSettings } from '../../core/scoring';
import { GovernanceError } from '../../core/errors';
import type { IListRepository, UpdateRow } from '../repositories/types';

/** The columns the score reads, plus the stored health figures. */
export const HEALTH_RECOMPUTE_SELECT: readonly (keyof DataAsset & string)[] = [
  'owner', 'custodian', 'ownershipStatus', 'declaredSensitivity', 'containsPersonalData', 'locationUrl', 'storageSystem',
  'description', 'domain', 'dataSubjects', 'retentionPeriod', 'legalBasis', 'lastReviewed', 'reviewCycleMonths',
  'purviewLabelId', 'purviewLabelName', 'labelCheckedOn', 'accessFlags',
  'healthScore', 'healthBand', 'labelDrift', 'overshared'
];

export interface RecomputeOptions {
  readonly now: Date;
  /** Items updated per `$batch` (SharePoint allows 100 operations per changeset). */
  readonly batchSize?: number;
  /** Called as the job goes: stage, items done, items in the stage. */
  readonly onProgress?: (stage: 'reading' | 'saving', done: number, total: number) => void;
  readonly signal?: AbortSignal;
  /** The label mapping and taxonomy (src/data/labels/healthSettings); cached labels rank by name without it. */
  readonly settings?: HealthSettings;
  /**
   * Every request and decision: when given, each asset is scored with the ownership status they establish rather
   * than its stored column, which a REST call can rewrite (issue 23), so a written Confirmed never earns points.
   */
  readonly ownership?: OwnershipIndex;
}

/** What the job did. */
export interface RecomputeSummary {
  readonly checked: number;
  /** Items whose stored score or band differed from today's. */
  readonly stale: number;
  readonly updated: number;
  /** Items saved by someone else since they were read (their save stored a fresh score). */
  readonly conflicts: number;
  readonly failed: number;
}

function checkAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) {
    throw new GovernanceError('Unknown', 'The recompute was cancelled.');
  }
}

/** Re-scores every asset and saves the stale ones. Safe to run again: a second run finds nothing stale. */
export async function recomputeStaleHealth(assets: IListRepository<DataAsset>, options: RecomputeOptions): Promise<RecomputeSummary> {
  const batchSize = Math.min(100, Math.max(1, options.batchSize ?? 100));
  const total = await assets.count();
  const stale: UpdateRow<DataAsset>[] = [];
  let checked = 0;
  let continuation: string | undefined;
  do {
    checkAborted(options.signal);
    const page = await assets.page({ select: [...HEALTH_RECOMPUTE_SELECT], top: 2000, orderBy: [{ field: 'id' }] }, continuation);
    for (const item of page.items) {
      const scored = options.ownership === undefined ? item : { ...item, ownershipStatus: deriveFromIndex(item, options.ownership, options.now).status };
      const fresh = storedHealth(scored, options.now, options.settings);
      // Drift and oversharing are derived too: a new label mapping re-ranks the cached labels.
      if (fresh.healthScore !== item.healthScore || fresh.healthBand !== item.healthBand || fresh.labelDrift !== item.labelDrift || fresh.overshared !== (item.overshared === true)) {
        stale.push({ id: item.id, etag: item.etag, patch: fresh });
      }
    }
    checked += page.items.length;
    options.onProgress?.('reading', checked, Math.max(total, checked));
    continuation = page.continuation;
  } while (continuation);

  let updated = 0;
  let conflicts = 0;
  let failed = 0;
  options.onProgress?.('saving', 0, stale.length);
  for (let start = 0; start < stale.length; start += batchSize) {
    checkAborted(options.signal);
    const results = await assets.updateMany(stale.slice(start, start + batchSize), { includeComputed: true });
    for (const result of results) {
      if (result.ok) {
        updated++;
      } else if (result.error.kind === 'Conflict') {
        conflicts++;
      } else {
        failed++;
      }
    }
    options.onProgress?.('saving', Math.min(stale.length, start + batchSize), stale.length);
  }
  return { checked, stale: stale.length, updated, conflicts, failed };
}
