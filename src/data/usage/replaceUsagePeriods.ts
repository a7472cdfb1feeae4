/**
 * Writes checked usage rows into UsageObservations, replacing each period they cover.
 *
 * Why this order (README, "AI usage monitoring"): SharePoint has no transaction across items, so a period cannot be
 * swapped in one step. Per period the run (1) writes the new rows under a new import batch whose rows all carry the
 * batch's row count, then (2) deletes the period's older rows. Readers (`visibleRows`) show, per period, the newest
 * batch whose rows are all stored, so at every moment a period shows either its old rows or its new ones, never a
 * mix: while (1) runs the new batch is incomplete and invisible; after it, the old rows are hidden even before (2)
 * deletes them. If (1) fails or is cancelled, the run deletes what it wrote of the new batch (anything left is still
 * invisible, and the next import of the period removes it), and the old rows stay as they were.
 * Writes go through a PnPjs root that retries only 429/503 (refused before running), so no row is sent twice.
 */
import type { GovernanceError } from '../../core/errors';
import type { ReportRow } from '../../core/import/types';
import type { Stored } from '../../core/models/common';
import type { UsageObservation } from '../../core/models/usageObservation';
import { newImportBatch, periodKey } from '../../core/usage/periods';
import type { UsageMatcher } from '../../core/usage/match';
import type { CheckedUsageRow, UsagePeriod, UsageRowValues } from '../../core/usage/rows';
import { periodsOf } from '../../core/usage/rows';
import { USAGE_OBSERVATIONS_LIST } from '../../core/schema/lists/usageObservations';
import { and, eq, ge, le } from '../odata/filter';
import { filterField } from '../odata/fieldRef';
import { toGovernanceError } from '../errors/toGovernanceError';
import type { IListRepository } from '../repositories/types';
// Moving to src/data/query (issue 21); imported from where it lives today.
import { readNarrowed } from '../query/readMatching';

export interface UsageImportProgress {
  /** Rows to write and rows with a final outcome. */
  readonly total: number;
  readonly done: number;
  readonly failed: number;
}

/** What happened to one period. */
export interface PeriodOutcome {
  readonly period: UsagePeriod;
  readonly outcome: 'replaced' | 'failed' | 'cancelled' | 'notRun';
  readonly written: number;
  /** Older rows removed (the period's previous import). */
  readonly removed: number;
  /** Older rows whose deletion failed: hidden already, removed by the next import of the period. */
  readonly leftOver: number;
}

export interface UsageImportResult {
  /** One line per checked row, in the file's order. */
  readonly report: ReportRow[];
  readonly periods: PeriodOutcome[];
}

export interface UsageImportTarget {
  /** Reads (lookups of older rows) and the deletes. */
  readonly reads: IListRepository<UsageObservation>;
  /** Creates, through a root that never re-sends a write whose fate is unknown. */
  readonly writes: IListRepository<UsageObservation>;
  /** The registry as it is now, to store each row's match. */
  readonly matcher: UsageMatcher;
}

export interface UsageImportOptions {
  /** The file name, stored as each row's Source. */
  readonly source?: string;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: UsageImportProgress) => void;
  /** Rows per `$batch` (SharePoint's maximum is 100). */
  readonly batchSize?: number;
  readonly now?: () => Date;
}

const DAY = 86400000;

function observation(values: UsageRowValues, target: UsageImportTarget, batch: string, batchRows: number, source: string | undefined): UsageObservation {
  const match = target.matcher.match(values.title, values.domain);
  return {
    title: values.title,
    domain: values.domain,
    category: values.category,
    users: values.users,
    transactions: values.transactions,
    riskScore: values.riskScore,
    trafficMb: values.trafficMb,
    department: values.department,
    periodStart: values.periodStart,
    periodEnd: values.periodEnd,
    matchStatus: match ? 'Matched' : 'Unmatched',
    matchedSystem: match ? { id: match.id, title: match.title } : undefined,
    source: source?.slice(0, 255),
    appKey: values.appKey,
    importBatch: batch,
    batchRows
  };
}

function issuesOf(error: GovernanceError): NonNullable<ReportRow['issues']> {
  return error.issues.length > 0 ? error.issues : [{ field: '', code: `server${error.kind}`, message: error.message }];
}

/**
 * Every stored row of the period (any batch). Filters on the indexed PeriodStart, then compares exactly; a period
 * holding more rows than the list view threshold (two imports of 3,000 while one replaces the other) is read behind
 * ID ranges instead.
 */
export async function rowsOfPeriod(repository: IListRepository<UsageObservation>, period: UsagePeriod): Promise<Stored<UsageObservation>[]> {
  const start = new Date(`${period.start}T00:00:00Z`).getTime();
  const field = filterField(USAGE_OBSERVATIONS_LIST, 'periodStart');
  const filter = and(ge(field, new Date(start - DAY)), le(field, new Date(start + DAY)));
  const rows = await readNarrowed(repository, { filter, select: ['periodStart', 'periodEnd', 'importBatch'] });
  const key = periodKey(period.start, period.end);
  return rows.filter((r) => periodKey(r.periodStart, r.periodEnd) === key);
}

/** Every stored row of one import batch (for cleaning up a failed run); a batch may hold more than 5,000 rows. */
function rowsOfBatch(repository: IListRepository<UsageObservation>, batch: string): Promise<Stored<UsageObservation>[]> {
  return readNarrowed(repository, { filter: eq(filterField(USAGE_OBSERVATIONS_LIST, 'importBatch'), batch), select: ['importBatch'] });
}

/** Deletes rows in `$batch` calls (each with its ETag); returns how many could not be deleted. */
async function deleteAll(repository: IListRepository<UsageObservation>, rows: readonly Stored<UsageObservation>[]): Promise<number> {
  if (rows.length === 0) return 0;
  try {
    const results = await repository.deleteMany(rows.map((r) => ({ id: r.id, etag: r.etag })));
    return results.filter((r) => !r.ok).length;
  } catch {
    return rows.length;
  }
}

/** Imports the valid rows, one period after the other; see the file comment for the guarantee. */
export async function replaceUsagePeriods(target: UsageImportTarget, rows: readonly CheckedUsageRow[], options: UsageImportOptions = {}): Promise<UsageImportResult> {
  const now = options.now ?? (() => new Date());
  const batchSize = Math.max(1, Math.min(100, options.batchSize ?? 100));
  const report: ReportRow[] = rows.map((r) =>
    r.values === undefined ? { rowNumber: r.rowNumber, outcome: 'invalid', issues: r.issues } : { rowNumber: r.rowNumber, outcome: 'notRun' }
  );
  const total = rows.filter((r) => r.values !== undefined).length;
  let done = 0;
  let failed = 0;
  const progress = (): void => options.onProgress?.({ total, done, failed });
  progress();
  const outcomes: PeriodOutcome[] = [];
  let stopped = false;

  for (const period of periodsOf(rows)) {
    const key = periodKey(period.start, period.end);
    const indexes = rows.map((r, i) => (r.values !== undefined && periodKey(r.values.periodStart, r.values.periodEnd) === key ? i : -1)).filter((i) => i >= 0);
    if (stopped || options.signal?.aborted) {
      outcomes.push({ period, outcome: options.signal?.aborted ? 'cancelled' : 'notRun', written: 0, removed: 0, leftOver: 0 });
      continue;
    }
    const batch = newImportBatch(now());
    const values = indexes.map((i) => observation(rows[i].values!, target, batch, indexes.length, options.source));
    let error: GovernanceError | undefined;
    const written: number[] = [];
    for (let start = 0; start < values.length && error === undefined; start += batchSize) {
      if (options.signal?.aborted) break;
      try {
        const results = await target.writes.createMany(values.slice(start, start + batchSize), { includeComputed: true });
        results.forEach((result, n) => {
          const index = indexes[start + n];
          report[index] = result.ok
            ? { rowNumber: rows[index].rowNumber, outcome: 'created', id: result.item.id }
            : { rowNumber: rows[index].rowNumber, outcome: 'failed', issues: issuesOf(result.error) };
          if (result.ok) written.push(index);
        });
        const firstFailure = results.find((r) => !r.ok);
        if (firstFailure !== undefined && !firstFailure.ok) error = firstFailure.error;
      } catch (reason) {
        error = toGovernanceError(reason);
      }
      done = Math.min(total, done + Math.min(batchSize, values.length - start));
      progress();
    }
    const cancelled = error === undefined && options.signal?.aborted === true;
    if (error !== undefined || cancelled) {
      // The new batch is incomplete, so invisible: remove it and keep the period's old rows.
      stopped = true;
      const ours = await rowsOfBatch(target.reads, batch).catch(() => []);
      const leftOver = await deleteAll(target.reads, ours);
      for (const index of indexes) {
        if (report[index].outcome === 'failed') continue;
        report[index] = error !== undefined
          ? { rowNumber: rows[index].rowNumber, outcome: 'failed', issues: [{ field: '', code: 'periodRolledBack', message: 'Not kept: another row of this period could not be written, so the period keeps its previous data.' }] }
          : { rowNumber: rows[index].rowNumber, outcome: 'notRun' };
      }
      failed = report.filter((r) => r.outcome === 'failed').length;
      progress();
      outcomes.push({ period, outcome: cancelled ? 'cancelled' : 'failed', written: 0, removed: 0, leftOver });
      continue;
    }
    // The new batch is complete and visible: the older rows of the period are hidden now; delete them.
    const older = (await rowsOfPeriod(target.reads, period).catch(() => [])).filter((r) => r.importBatch !== batch);
    const leftOver = await deleteAll(target.reads, older);
    outcomes.push({ period, outcome: 'replaced', written: written.length, removed: older.length - leftOver, leftOver });
  }
  return { report, periods: outcomes };
}
