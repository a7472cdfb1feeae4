/** The scorecard's rows: which DataAssets columns it reads, how a read item becomes a cached row, and scoring. */
import type { Stored } from '../../../core/models/common';
import type { DataAsset } from '../../../core/models/dataAsset';
import { deriveFromIndex, type OwnershipIndex } from '../../../core/ownership';
import { recordScoreContext, scoreAsset, type HealthSettings } from '../../../core/scoring';
import type { ScorecardAsset, ScorecardRecord } from './IScorecardService';

/** Every DataAssets property the score and the scopes read, plus the title the drill-down lists. */
export const SCORING_SELECT: readonly (keyof DataAsset & string)[] = [
  'title', 'region', 'mission', 'department', 'domain', 'lifecycle', 'ownershipStatus', 'owner', 'custodian',
  'declaredSensitivity', 'containsPersonalData', 'locationUrl', 'storageSystem', 'description', 'dataSubjects',
  'retentionPeriod', 'legalBasis', 'lastReviewed', 'reviewCycleMonths',
  // The cached label check: under-labelled and overshared records lose points here as in the stored score.
  'purviewLabelId', 'purviewLabelName', 'labelCheckedOn', 'accessFlags'
];

/** A read item as a cached row: the selected properties only (no ETag or dates, which the cache does not need). */
export function toScorecardAsset(item: Stored<DataAsset>): ScorecardAsset {
  const row: Record<string, unknown> = { id: item.id };
  for (const key of SCORING_SELECT) {
    if (item[key] !== undefined) {
      row[key] = item[key];
    }
  }
  return row as unknown as ScorecardAsset;
}

/**
 * Scores rows as of `now`. Scores are never cached: freshness depends on the day. A row holds every field the
 * score reads (`SCORING_SELECT`), so it is scored as a DataAsset with the same context as `storedHealth` (the
 * cached label ranked through `settings`' mapping, the custodian's approval while the status is Confirmed).
 */
export function scoreRecords(rows: readonly ScorecardAsset[], now: Date, settings?: HealthSettings): ScorecardRecord[] {
  return rows.map((asset) => scoreRecord(asset, now, settings));
}

/** One row scored as of `now` (see `scoreRecords`). */
export function scoreRecord(asset: ScorecardAsset, now: Date, settings?: HealthSettings): ScorecardRecord {
  const record = asset as unknown as DataAsset;
  return { asset, score: scoreAsset(record, recordScoreContext(record, now, settings)) };
}

/**
 * The rows with `ownershipStatus` replaced by what each asset's requests and counting decisions establish (issue 23,
 * attack 4): the stored column is a cache anyone with edit rights can rewrite by REST, and both the ownership
 * dimension ("custodian's approval valid") and "% confirmed custodians" read this field. Rows are cached with the
 * derived status, so the cached preview shown before a refresh never trusts a stored value either.
 */
export function withDerivedOwnership(rows: readonly ScorecardAsset[], index: OwnershipIndex, now: Date): ScorecardAsset[] {
  // A row whose status stands stays the same object (the cache's repack reuses its codes); others are copied.
  return rows.map((row) => {
    const status = deriveFromIndex(row as unknown as Stored<DataAsset>, index, now).status;
    return row.ownershipStatus === status ? row : { ...row, ownershipStatus: status };
  });
}

/**
 * A read item as a cached row with its derived ownership status, built in one go: the same row as
 * `withDerivedOwnership([toScorecardAsset(item)], …)[0]` without copying it when the status differs (on a full load
 * of 100,000 items most such copies were garbage at once).
 */
export function toDerivedRow(item: Stored<DataAsset>, index: OwnershipIndex, now: Date): ScorecardAsset {
  const row = toScorecardAsset(item);
  const status = deriveFromIndex(row as unknown as Stored<DataAsset>, index, now).status;
  if (row.ownershipStatus !== status) (row as { ownershipStatus: typeof status }).ownershipStatus = status;
  return row;
}
