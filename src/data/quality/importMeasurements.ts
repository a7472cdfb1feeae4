/**
 * Writes the checked rows of a quality measurements file to DataQualityMeasurements in `$batch`es, with progress
 * and cancel between batches.
 *
 * The guarantee (README, issue 18 part 5): each row is written at most once and never half-written.
 * - Each row is one item add, which SharePoint applies whole or not at all; the list is add-only.
 * - Writes go through a PnPjs root whose only retry re-sends 429/503 (refused before running: RetryUnappliedOnly).
 * - A row whose fate is unknown (lost answer, network drop, a failed batch part, throttling beyond the retries) is
 *   never re-sent blindly: the measurements of its record are read again and the row counts as written when its
 *   dedupe key is now stored (rows whose key was stored before the run were never sent). Only rows proven unwritten
 *   are sent again, after a back-off.
 * - Rows already recorded before the run are not sent, so a re-run of the same file writes nothing twice.
 */
import type { GovernanceError } from '../../core/errors';
import type { QualityReportRow } from '../../core/quality/importReport';
import { initialQualityReport } from '../../core/quality/importReport';
import type { CheckedQualityRow } from '../../core/quality/importRows';
import type { QualityMeasurement } from '../../core/quality/model';
import { toGovernanceError } from '../errors/toGovernanceError';
import { defaultBackoff, failureIssues, PERMANENT_FAILURES, wait } from '../import/writeRounds';
import type { IListRepository } from '../repositories/types';
import { storedKeys } from './importLookups';

export interface QualityImportProgress {
  /** Rows to write, rows with a final outcome, and how many of those were written or failed. */
  readonly total: number;
  readonly done: number;
  readonly written: number;
  readonly failed: number;
}

export interface QualityImportTarget {
  /** Reads (the lookups of rows whose fate is unknown). */
  readonly reads: IListRepository<QualityMeasurement>;
  /** Adds, through a root that never re-sends a write whose fate is unknown. */
  readonly writes: IListRepository<QualityMeasurement>;
}

export interface QualityImportOptions {
  /** Rows per `$batch` (SharePoint's maximum is 100). */
  readonly batchSize?: number;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: QualityImportProgress) => void;
  /** Sending rounds per batch before a row that keeps failing is reported failed (default 6). */
  readonly maxRounds?: number;
  /** Wait before round `n` (n >= 2); default 1 s doubled each round, at most 30 s. */
  readonly backoffMs?: (round: number) => number;
}

/** Failures after which the add certainly did not happen: reported, never retried. */

interface WorkItem {
  readonly index: number;
  readonly row: CheckedQualityRow & { readonly measurement: QualityMeasurement; readonly key: string };
}




/** Writes the rows to write (valid, not already recorded); returns one report row per checked row, same order. */
export async function importMeasurements(target: QualityImportTarget, rows: readonly CheckedQualityRow[], options: QualityImportOptions = {}): Promise<QualityReportRow[]> {
  const report = initialQualityReport(rows);
  const batchSize = Math.max(1, Math.min(100, options.batchSize ?? 100));
  const maxRounds = options.maxRounds ?? 6;
  const backoff = options.backoffMs ?? defaultBackoff;
  const work: WorkItem[] = [];
  rows.forEach((row, index) => {
    if (row.measurement !== undefined && row.key !== undefined && row.alreadyRecorded !== true) work.push({ index, row: row as WorkItem['row'] });
  });
  const counts = { written: 0, failed: 0 };
  const settle = (item: WorkItem, outcome: QualityReportRow): void => {
    report[item.index] = outcome;
    if (outcome.outcome === 'written') counts.written++;
    else counts.failed++;
  };
  const progress = (done: number): void => options.onProgress?.({ total: work.length, done, ...counts });
  progress(0);

  for (let start = 0; start < work.length; start += batchSize) {
    if (options.signal?.aborted) break;
    // `toSend`: rows proven unwritten; `unverified`: rows whose fate is unknown and not yet looked up.
    let toSend = work.slice(start, start + batchSize);
    let unverified = new Map<WorkItem, GovernanceError>();
    let lastError = new Map<WorkItem, GovernanceError>();
    for (let round = 1; (toSend.length > 0 || unverified.size > 0) && round <= maxRounds; round++) {
      if (round > 1) await wait(backoff(round), round < maxRounds ? options.signal : undefined);
      if (unverified.size > 0) {
        // A lookup that failed before: nothing is sent until the fate of these rows is known.
        const checked = await stillUnwritten(target, Array.from(unverified.keys()), settle);
        if (!checked.lookedUp) continue;
        toSend = checked.pending;
        unverified = new Map();
      }
      if (toSend.length === 0 || options.signal?.aborted) break;
      try {
        unverified = await sendOnce(target, toSend, settle);
      } catch (reason) {
        // Not one row's failure (e.g. the request digest could not be fetched): every unsettled row is unknown.
        const error = toGovernanceError(reason);
        unverified = new Map(toSend.map((item) => [item, error]));
      }
      lastError = unverified;
      toSend = [];
      // Find out what SharePoint holds before anything is sent again.
      const checked = await stillUnwritten(target, Array.from(unverified.keys()), settle);
      if (checked.lookedUp) {
        toSend = checked.pending;
        unverified = new Map();
      }
      if (options.signal?.aborted) break;
    }
    // Cancelled: rows proven unwritten stay "not written"; otherwise they failed after every round.
    for (const item of toSend) {
      if (options.signal?.aborted) continue;
      const error = lastError.get(item);
      settle(item, { rowNumber: item.row.rowNumber, outcome: 'failed', issues: error ? failureIssues(error) : undefined });
    }
    // Rows whose fate could not be established: reported failed, with the reason; a re-run finds them if stored.
    for (const [item, error] of unverified) settle(item, { rowNumber: item.row.rowNumber, outcome: 'failed', issues: failureIssues(error) });
    progress(Math.min(work.length, start + batchSize));
  }
  return report;
}

/** Sends one round; settles rows added or refused for good, returns the others with their error. */
async function sendOnce(target: QualityImportTarget, items: readonly WorkItem[], settle: (item: WorkItem, outcome: QualityReportRow) => void): Promise<Map<WorkItem, GovernanceError>> {
  const unknown = new Map<WorkItem, GovernanceError>();
  const results = await target.writes.createMany(items.map((i) => i.row.measurement));
  results.forEach((result, n) => {
    const item = items[n];
    if (result.ok) settle(item, { rowNumber: item.row.rowNumber, outcome: 'written', id: result.item.id });
    else if (PERMANENT_FAILURES.indexOf(result.error.kind) >= 0) settle(item, { rowNumber: item.row.rowNumber, outcome: 'failed', issues: failureIssues(result.error) });
    else unknown.set(item, result.error);
  });
  return unknown;
}

/**
 * Looks up rows whose add may or may not have happened: written when their key is stored now (it was not when the
 * run was planned). Returns the rows proven unwritten, or `lookedUp: false` when the lookup itself failed.
 */
async function stillUnwritten(
  target: QualityImportTarget,
  items: readonly WorkItem[],
  settle: (item: WorkItem, outcome: QualityReportRow) => void
): Promise<{ pending: WorkItem[]; lookedUp: boolean }> {
  if (items.length === 0) return { pending: [], lookedUp: true };
  let stored: Map<string, number>;
  try {
    stored = await storedKeys(target.reads, items.map((i) => i.row.measurement.asset.id));
  } catch {
    return { pending: [...items], lookedUp: false };
  }
  const pending: WorkItem[] = [];
  for (const item of items) {
    const id = stored.get(item.row.key);
    if (id !== undefined) settle(item, { rowNumber: item.row.rowNumber, outcome: 'written', id });
    else pending.push(item);
  }
  return { pending, lookedUp: true };
}
