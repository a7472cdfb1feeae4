/**
 * The health recompute job. HealthScore / HealthBand are stored on each DataAssets item when it is saved (so the
 * inventory filters and sorts by band on indexed columns), but freshness decays with time: a record nobody saves
 * keeps yesterday's score. This job re-scores every asset and saves only those whose stored figures differ, in
 * `$batch` requests, each item with the ETag it was read with (a record saved meanwhile is reported as a
 * conflict and left alone: that save already stored a fresh score).
 */
import type { Stored } from '../../core/models/common';
import type { DataAsset } from '../../core/models/dataAsset';
import { deriveFromIndex, type OwnershipIndex } from '../../core/ownership';
import { storedHealth, type HealthSettings } from '../../core/scoring';
import { GovernanceError } from '../../core/errors';
import { MAX_BATCH_SIZE } from '../repositories/batch';
import type { IListRepository, RowResult, UpdatedItem, UpdateRow } from '../repositories/types';

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

/** Items read per request: SharePoint's largest page, so 100,000 assets take 20 reads. */
const READ_PAGE = 5000;

/**
 * Re-scores every asset and saves the stale ones. Safe to run again: a second run finds nothing stale.
 * Reads page by page in ID order (no filter, so the list view threshold never applies) with only the scoring
 * columns, and saves each page's stale rows before reading the next: memory stays one page, and a cancel or a
 * failure loses at most one page's work.
 */
export async function recomputeStaleHealth(assets: IListRepository<DataAsset>, options: RecomputeOptions): Promise<RecomputeSummary> {
  const batchSize = Math.min(MAX_BATCH_SIZE, Math.max(1, options.batchSize ?? MAX_BATCH_SIZE));
  const total = await assets.count();
  const counts = { checked: 0, stale: 0, updated: 0, conflicts: 0, failed: 0 };
  let continuation: string | undefined;
  do {
    checkAborted(options.signal);
    const page = await assets.page({ select: [...HEALTH_RECOMPUTE_SELECT], top: READ_PAGE, orderBy: [{ field: 'id' }] }, continuation);
    const stale = staleRows(page.items, options);
    counts.checked += page.items.length;
    counts.stale += stale.length;
    options.onProgress?.('reading', counts.checked, Math.max(total, counts.checked));
    for (let start = 0; start < stale.length; start += batchSize) {
      checkAborted(options.signal);
      tally(counts, await assets.updateMany(stale.slice(start, start + batchSize), { includeComputed: true }));
    }
    continuation = page.continuation;
  } while (continuation);
  options.onProgress?.('saving', counts.updated, counts.stale);
  return counts;
}

/** The rows of `items` whose stored health figures differ from today's, as patches with the ETag read. */
function staleRows(items: readonly Stored<DataAsset>[], options: RecomputeOptions): UpdateRow<DataAsset>[] {
  const stale: UpdateRow<DataAsset>[] = [];
  for (const item of items) {
    const scored = options.ownership === undefined ? item : { ...item, ownershipStatus: deriveFromIndex(item, options.ownership, options.now).status };
    const fresh = storedHealth(scored, options.now, options.settings);
    // Drift and oversharing are derived too: a new label mapping re-ranks the cached labels.
    if (fresh.healthScore !== item.healthScore || fresh.healthBand !== item.healthBand || fresh.labelDrift !== item.labelDrift || fresh.overshared !== (item.overshared === true)) {
      stale.push({ id: item.id, etag: item.etag, patch: fresh });
    }
  }
  return stale;
}

function tally(counts: { updated: number; conflicts: number; failed: number }, results: readonly RowResult<UpdatedItem>[]): void {
  for (const result of results) {
    if (result.ok) counts.updated++;
    else if (result.error.kind === 'Conflict') counts.conflicts++;
    else counts.failed++;
  }
}
