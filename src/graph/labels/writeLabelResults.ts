import type { GovernanceError } from '../../core/errors';
import type { Stored } from '../../core/models/common';
import type { DataAsset } from '../../core/models/dataAsset';
import { labelCacheFields, sharingFound, type RankContext } from '../../core/labels';
import { storedHealth, type ScoreWeights } from '../../core/scoring';
import type { IListRepository } from '../../data/repositories/types';
import type { LabelCheckResult } from './LabelCheckService';

/** What happened to one record's cached fields. */
export type LabelWriteResult =
  | { readonly id: number; readonly written: true; readonly etag: string }
  /** Transient failure (throttled, network): the record keeps its previous check. */
  | { readonly id: number; readonly written: false; readonly skipped: true }
  | { readonly id: number; readonly written: false; readonly skipped: false; readonly error: GovernanceError };

export interface LabelWriteOptions {
  readonly now: Date;
  /** The taxonomy scores are computed against (and its mapping, for callers that re-rank cached names). */
  readonly rankContext: RankContext;
  readonly weights?: ScoreWeights;
}

/**
 * Writes each check to its record through the repository: PurviewLabelId/Name, LabelCheckedOn and the sharing found
 * (AccessFlags), plus the derived columns (health score and band, LabelDrift, Overshared) recomputed by
 * `storedHealth` from the record as it will be stored, exactly as every later save recomputes them (so the
 * scorecard counts under-labelled and overshared records without calling Graph, and a save never moves them). Each row carries the ETag it was read with: a record edited meanwhile fails with Conflict alone.
 * `records` are the stored items the check ran on (results are matched by `key` = item id).
 */
export async function writeLabelResults(repository: IListRepository<DataAsset>, records: readonly Stored<DataAsset>[], results: readonly LabelCheckResult[], options: LabelWriteOptions): Promise<LabelWriteResult[]> {
  const byId = new Map(records.map((r) => [r.id, r]));
  const rows: { id: number; patch: Partial<DataAsset>; etag: string }[] = [];
  const out: LabelWriteResult[] = [];
  for (const result of results) {
    const record = byId.get(Number(result.key));
    if (record === undefined) continue;
    const fields = labelCacheFields(result.outcome, options.now);
    if (fields === undefined) {
      out.push({ id: record.id, written: false, skipped: true });
      continue;
    }
    // Sharing unread (pages, sites, not checkable) clears what an earlier check found: it is no longer known.
    const found = { accessFlags: result.sharing !== undefined ? sharingFound(result.sharing) : [] };
    const next: DataAsset = { ...record, ...fields, ...found };
    const derived = storedHealth(next, options.now, { ...options.rankContext, weights: options.weights });
    rows.push({ id: record.id, patch: { ...fields, ...found, ...derived }, etag: record.etag });
  }
  const written = await repository.updateMany(rows, { includeComputed: true });
  written.forEach((row, index) => {
    const id = rows[index].id;
    out.push(row.ok ? { id, written: true, etag: row.item.etag } : { id, written: false, skipped: false, error: row.error });
  });
  return out;
}
