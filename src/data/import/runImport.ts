/**
 * Runs an import plan against the DataAssets list in `$batch`es, with progress and cancel.
 *
 * The guarantee (README, "Bulk import"): every row is written at most once and never half-written.
 * - Each row is one SharePoint write (one item add or one MERGE), which SharePoint applies whole or not at all.
 * - 429 and 503 (the request was refused before it ran) are retried after Retry-After by `RetryUnappliedOnly`.
 * - Any other failure that leaves a row's fate unknown (network drop, lost answer, 5xx, throttling beyond the
 *   retries) is never re-sent blindly: the runner first looks the row's key up. A create whose record now exists
 *   (a record that was not there before the run) counts as created; an update whose record already holds the
 *   row's values counts as updated. Only rows proven unwritten are sent again, after a back-off.
 * - An update is only ever sent with the ETag read at planning time. A record changed by someone else since then
 *   (SharePoint's 412, or a lookup showing another ETag and other values) is reported as a conflict, never
 *   overwritten (issue 23, attack 5).
 * - A re-run of the same file plans against what exists then: rows written by an interrupted run match by key and
 *   are `unchanged` (or skipped), so nothing is duplicated and the rest is written.
 * - Cancel takes effect between batches: the batch in flight completes and is reported.
 */
import type { GovernanceError } from '../../core/errors';
import type { Stored } from '../../core/models/common';
import type { DataAsset } from '../../core/models/dataAsset';
import { changedSincePlannedIssue, indexByKey, unknownUpdateFate } from '../../core/import/plan';
import { initialReport } from '../../core/import/report';
import type { CheckedRow, PlannedRow, ReportRow } from '../../core/import/types';
import { storedHealth, type HealthSettings } from '../../core/scoring/storedHealth';
import { toGovernanceError } from '../errors/toGovernanceError';
import type { IListRepository } from '../repositories/types';
import { findByImportKeys } from './findByKeys';
import { defaultBackoff, failureIssues, PERMANENT_FAILURES, wait } from './writeRounds';

export interface ImportProgress {
  /** Rows to write (creates and updates) and how many have a final outcome. */
  readonly total: number;
  readonly done: number;
  readonly created: number;
  readonly updated: number;
  readonly failed: number;
}

export interface RunImportOptions {
  /** Rows per `$batch` (SharePoint's maximum is 100). */
  readonly batchSize?: number;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: ImportProgress) => void;
  /** Sending rounds per batch before a row that keeps failing is reported failed (default 6). */
  readonly maxRounds?: number;
  /** Wait before round `n` (n >= 2); default 1 s doubled each round, at most 30 s. */
  readonly backoffMs?: (round: number) => number;
  readonly now?: () => Date;
}

export interface ImportTarget {
  readonly assets: IListRepository<DataAsset>;
  /** Whether keys are external IDs (else mission + title). */
  readonly byExternalId: boolean;
  /** Ids of every record the plan was made against: a record found later with a row's key and another id is ours. */
  readonly existingIds: ReadonlySet<number>;
  /** The records updates apply to, by id (their full values, to recompute the stored health score). */
  readonly existingById: ReadonlyMap<number, Stored<DataAsset>>;
  /** The label mapping the stored health and drift are computed with (src/data/labels/healthSettings). */
  readonly healthSettings?: HealthSettings;
}

/** Failures after which the request certainly did not change the row: report them, never retry. */

interface WorkItem {
  readonly reportIndex: number;
  readonly row: CheckedRow;
  readonly kind: 'create' | 'update';
  id?: number;
  /** For an update: the ETag read at planning time, the only one it is ever sent with. */
  readonly etag?: string;
}




/**
 * The values a create sends: the row plus the suite's computed columns (ownership status, stored health). A new
 * record has no request and no decision yet, so its derived status is Unassigned whoever it names; it becomes
 * Pending only once its custodian's request exists (ImportService asks them after the rows are written), so a run
 * stopped in between never leaves a record Pending without a request.
 */
function createValues(row: CheckedRow, now: Date, settings: HealthSettings | undefined): DataAsset {
  const record: DataAsset = { ...row.values, ownershipStatus: 'Unassigned' };
  return { ...record, ...storedHealth(record, now, settings) };
}

/** The patch an update sends: only what the file supplies (an empty cell clears), plus the recomputed health. */
function updatePatch(row: CheckedRow, current: Stored<DataAsset> | undefined, now: Date, settings: HealthSettings | undefined): Partial<DataAsset> {
  const patch: Record<string, unknown> = {};
  const source = row.values as unknown as Record<string, unknown>;
  for (const property of row.mapped) patch[property] = source[property];
  if (row.mapped.indexOf('mission') >= 0) patch.region = row.values.region;
  const merged = { ...(current ?? row.values), ...patch } as DataAsset;
  // The record's cached label check counts: an import never resets its label alignment.
  return { ...(patch as Partial<DataAsset>), ...storedHealth(merged, now, settings) };
}

/** Writes the plan's creates and updates; returns one report row per plan row (same order). */
export async function runImport(target: ImportTarget, plan: readonly PlannedRow[], options: RunImportOptions = {}): Promise<ReportRow[]> {
  const report = initialReport(plan);
  const batchSize = Math.max(1, Math.min(100, options.batchSize ?? 100));
  const maxRounds = options.maxRounds ?? 6;
  const backoff = options.backoffMs ?? defaultBackoff;
  const now = options.now ?? (() => new Date());
  const work: WorkItem[] = [];
  plan.forEach((entry, reportIndex) => {
    if (entry.action.kind === 'create') work.push({ reportIndex, row: entry.row, kind: 'create' });
    if (entry.action.kind === 'update') work.push({ reportIndex, row: entry.row, kind: 'update', id: entry.action.id, etag: entry.action.etag });
  });
  const counts = { created: 0, updated: 0, failed: 0 };
  const settle = (item: WorkItem, outcome: ReportRow): void => {
    report[item.reportIndex] = outcome;
    if (outcome.outcome === 'created') counts.created++;
    else if (outcome.outcome === 'updated') counts.updated++;
    else counts.failed++;
  };
  const progress = (done: number): void => options.onProgress?.({ total: work.length, done, ...counts });
  progress(0);

  for (let start = 0; start < work.length; start += batchSize) {
    if (options.signal?.aborted) break;
    // `pending`: rows proven unwritten (sent next round); `unproven`: rows whose fate is unknown and could not be
    // looked up yet. An unproven row is never sent again: only a lookup that succeeds may clear it for sending.
    let pending = work.slice(start, start + batchSize);
    let unproven: WorkItem[] = [];
    let lastError = new Map<WorkItem, GovernanceError>();
    for (let round = 1; (pending.length > 0 || unproven.length > 0) && round <= maxRounds; round++) {
      if (round > 1) await wait(backoff(round), round < maxRounds ? options.signal : undefined);
      if (unproven.length > 0) {
        const checked = await stillUnwritten(target, unproven, settle);
        if (!checked.lookedUp) {
          if (options.signal?.aborted) break;
          continue;
        }
        pending = checked.pending;
        unproven = [];
      }
      if (pending.length === 0 || options.signal?.aborted) break;
      let unknown: Map<WorkItem, GovernanceError>;
      try {
        unknown = await sendOnce(target, pending, now(), settle);
      } catch (reason) {
        // Not one row's failure (e.g. the request digest could not be fetched): every unsettled row is unknown.
        const error = toGovernanceError(reason);
        unknown = new Map(pending.map((item) => [item, error]));
      }
      lastError = unknown;
      // Rows whose fate is unknown: find out what SharePoint holds before anything is sent again.
      const checked = await stillUnwritten(target, Array.from(unknown.keys()), settle);
      if (checked.lookedUp) pending = checked.pending;
      else {
        unproven = checked.pending;
        pending = [];
      }
      if (options.signal?.aborted) break;
    }
    // Cancelled: rows proven unwritten stay "not written"; otherwise they failed after every round.
    for (const item of pending) {
      if (options.signal?.aborted) continue;
      const error = lastError.get(item);
      settle(item, { rowNumber: item.row.rowNumber, outcome: 'failed', id: item.id, issues: error ? failureIssues(error) : undefined });
    }
    // Rows whose fate could not be established: failed, with the reason; a re-run plans against what is stored then.
    for (const item of unproven) {
      const error = lastError.get(item);
      settle(item, { rowNumber: item.row.rowNumber, outcome: 'failed', id: item.id, issues: error ? failureIssues(error) : undefined });
    }
    progress(Math.min(work.length, start + batchSize));
  }
  return report;
}

/** Sends one round; settles rows that succeeded or failed for good, returns the others with their error. */
async function sendOnce(target: ImportTarget, items: readonly WorkItem[], now: Date, settle: (item: WorkItem, outcome: ReportRow) => void): Promise<Map<WorkItem, GovernanceError>> {
  const unknown = new Map<WorkItem, GovernanceError>();
  const creates = items.filter((i) => i.kind === 'create');
  const updates = items.filter((i) => i.kind === 'update');
  const handle = (item: WorkItem, result: { ok: true; id: number } | { ok: false; error: GovernanceError }, outcome: 'created' | 'updated'): void => {
    if (result.ok) {
      item.id = result.id;
      settle(item, { rowNumber: item.row.rowNumber, outcome, id: result.id });
    } else if (item.kind === 'update' && result.error.kind === 'Conflict') {
      // 412: the record's ETag is no longer the one read at planning, so someone else changed it.
      settle(item, { rowNumber: item.row.rowNumber, outcome: 'failed', id: item.id, issues: [changedSincePlannedIssue()] });
    } else if (PERMANENT_FAILURES.indexOf(result.error.kind) >= 0) {
      settle(item, { rowNumber: item.row.rowNumber, outcome: 'failed', id: item.id, issues: failureIssues(result.error) });
    } else {
      unknown.set(item, result.error);
    }
  };
  if (creates.length > 0) {
    const results = await target.assets.createMany(creates.map((i) => createValues(i.row, now, target.healthSettings)), { includeComputed: true });
    results.forEach((r, n) => handle(creates[n], r.ok ? { ok: true, id: r.item.id } : { ok: false, error: r.error }, 'created'));
  }
  if (updates.length > 0) {
    const results = await target.assets.updateMany(
      updates.map((i) => ({ id: i.id!, etag: i.etag!, patch: updatePatch(i.row, target.existingById.get(i.id!), now, target.healthSettings) })),
      { includeComputed: true }
    );
    results.forEach((r, n) => handle(updates[n], r.ok ? { ok: true, id: r.item.id } : { ok: false, error: r.error }, 'updated'));
  }
  return unknown;
}

/**
 * Looks up rows whose write may or may not have happened. A create is done when a record with its key exists that
 * was not there before the run. An update is judged by `unknownUpdateFate`: done when its record holds the row's
 * values; a conflict when the record's ETag changed since planning (someone else's edit, which is never
 * overwritten); else unwritten, to be re-sent with the planning ETag. Returns the rows proven unwritten
 * (`lookedUp`), or all of them, unproven (never to be sent until a later lookup succeeds), when the lookup fails.
 */
async function stillUnwritten(
  target: ImportTarget,
  items: readonly WorkItem[],
  settle: (item: WorkItem, outcome: ReportRow) => void
): Promise<{ pending: WorkItem[]; lookedUp: boolean }> {
  if (items.length === 0) return { pending: [], lookedUp: true };
  let found: Stored<DataAsset>[];
  try {
    found = await findByImportKeys(target.assets, target.byExternalId, items.map((i) => i.row.values));
  } catch {
    return { pending: [...items], lookedUp: false };
  }
  const byKey = indexByKey(found.map((r) => ({ id: r.id, etag: r.etag, values: r })), target.byExternalId);
  const byId = new Map(found.map((r) => [r.id, r]));
  const pending: WorkItem[] = [];
  for (const item of items) {
    if (item.kind === 'create') {
      const ours = (byKey.get(item.row.key) ?? []).find((r) => !target.existingIds.has(r.id));
      if (ours) settle(item, { rowNumber: item.row.rowNumber, outcome: 'created', id: ours.id });
      else pending.push(item);
    } else {
      const current = byId.get(item.id!);
      const fate = unknownUpdateFate(current === undefined ? undefined : { id: current.id, etag: current.etag, values: current }, item.row, item.etag!);
      if (fate === 'written') settle(item, { rowNumber: item.row.rowNumber, outcome: 'updated', id: item.id });
      else if (fate === 'changedSincePlanned') settle(item, { rowNumber: item.row.rowNumber, outcome: 'failed', id: item.id, issues: [changedSincePlannedIssue()] });
      else pending.push(item);
    }
  }
  return { pending, lookedUp: true };
}
