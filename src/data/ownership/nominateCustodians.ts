/**
 * Asks the custodians named on imported records to confirm (issue 23, attack 6), so that no record is Pending
 * without a request in its custodian's queue and no request is sent twice:
 * - Records are stored with the status derived from what exists (a new record has no request: Unassigned) and
 *   become Pending only once their request is proven to exist (`storeDerivedOwnership`, after the requests).
 * - Before anything is sent, each record's requests and decisions are read (indexed Asset lookup, a few requests):
 *   only a record with no counting decision and no open request is nominated, never the requester themselves and
 *   never a custodian who declined it. So a re-run of the same file repairs a run that stopped between writing
 *   rows and nominating, and never nominates twice.
 * - Requests are created in `$batch`es through the import's write root (429/503 only are retried). A request whose
 *   answer never came (lost answer, network drop, throttled beyond the retries) is not reported failed and not
 *   re-sent blindly: the requests are looked up, one found for the asset and nominee, created since the run
 *   started and not there before, counts as sent; only requests proven absent are sent again.
 */
import { isGovernanceError, type GovernanceErrorKind } from '../../core/errors';
import type { PersonRef } from '../../core/models/common';
import type { DataAsset } from '../../core/models/dataAsset';
import type { NamedCustodian } from '../../core/import/custodians';
import type { NominationOutcome } from '../../core/import/types';
import { buildNomination, deriveFromIndex, indexOwnership, isRunNomination, namedCustodianAction, ownershipPatch, samePerson } from '../../core/ownership';
import { OWNERSHIP_DECISIONS_LIST, OWNERSHIP_REQUESTS_LIST } from '../../core/schema';
import { filterField } from '../odata/fieldRef';
import { loadHealthSettings } from '../labels/healthSettings';
import type { Repositories } from '../repositories/createRepositories';
import type { UpdateRow } from '../repositories/types';
import { applyAssetOwnership } from './applyOwnership';
import { loadWhereIds } from './loadAll';

export type { NamedCustodian };

export interface NominationRun {
  /** The importing user: the requester of every nomination. */
  readonly requester: PersonRef;
  /** When the import started: a request found later for the same asset and nominee, created since, is this run's. */
  readonly started: Date;
  readonly now: Date;
  /** Sending rounds before a request proven absent each time is reported failed (default 3). */
  readonly maxRounds?: number;
  /** Wait before round `n` (n >= 2); default 1 s per round. */
  readonly backoffMs?: (round: number) => number;
}

/** Refusals after which a request was certainly not created: reported failed, never looked up. */
export const NOMINATION_REFUSED: readonly GovernanceErrorKind[] = ['Validation', 'Forbidden', 'Unauthorized', 'NotFound', 'Conflict', 'ThresholdExceeded'];

const requestAsset = (): string => filterField(OWNERSHIP_REQUESTS_LIST, 'asset');

function wait(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}

/**
 * Nominates the custodians of `named` that need it; returns what happened per record (records whose custodian is
 * already answered for, by a counting decision or an open request, have no entry). Never rejects: when the
 * existing requests cannot be read, nothing is sent and the records are reported `failed` (a re-run repairs them).
 */
export async function nominateNamedCustodians(
  repositories: { writes: Repositories; reads: Repositories },
  named: readonly NamedCustodian[],
  run: NominationRun
): Promise<Map<number, NominationOutcome>> {
  const outcomes = new Map<number, NominationOutcome>();
  const records = Array.from(new Map(named.map((n) => [n.assetId, n])).values());
  if (records.length === 0) return outcomes;
  const ids = records.map((n) => n.assetId);
  let known: Set<number>;
  let toSend: NamedCustodian[] = [];
  try {
    const [requests, decisions] = await Promise.all([
      loadWhereIds(repositories.reads.ownershipRequests, requestAsset(), ids),
      loadWhereIds(repositories.reads.ownershipDecisions, filterField(OWNERSHIP_DECISIONS_LIST, 'asset'), ids)
    ]);
    const index = indexOwnership(requests, decisions);
    known = new Set(requests.map((r) => r.id));
    for (const n of records) {
      const action = namedCustodianAction(n.assetId, n.custodian, run.requester, index);
      if (action === 'nominate') toSend.push(n);
      else if (action !== 'settled') outcomes.set(n.assetId, action);
    }
  } catch {
    // What exists is unknown, so nothing may be sent: a nomination sent now could be the second one.
    for (const n of records) outcomes.set(n.assetId, samePerson(n.custodian, run.requester) ? 'self' : 'failed');
    return outcomes;
  }

  const maxRounds = run.maxRounds ?? 3;
  for (let round = 1; toSend.length > 0 && round <= maxRounds; round++) {
    if (round > 1) await wait(run.backoffMs?.(round) ?? 1000 * (round - 1));
    const unknown = await sendRound(repositories.writes, toSend, run, outcomes);
    if (unknown.length === 0) {
      toSend = [];
      break;
    }
    let found;
    try {
      found = await loadWhereIds(repositories.reads.ownershipRequests, requestAsset(), unknown.map((n) => n.assetId));
    } catch {
      // Cannot tell whether they were created: reported failed, never sent blindly (a re-run finds out).
      toSend = unknown;
      break;
    }
    toSend = unknown.filter((n) => {
      const delivered = found.some((request) => isRunNomination(request, n.assetId, n.custodian, known, run.started));
      if (delivered) outcomes.set(n.assetId, 'sent');
      return !delivered;
    });
  }
  for (const n of toSend) outcomes.set(n.assetId, 'failed');
  return outcomes;
}

/** One `createMany` of nominations: settles what was created or refused, returns the records whose fate is unknown. */
async function sendRound(writes: Repositories, records: readonly NamedCustodian[], run: NominationRun, outcomes: Map<number, NominationOutcome>): Promise<NamedCustodian[]> {
  let results;
  try {
    results = await writes.ownershipRequests.createMany(records.map((n) => buildNomination({ id: n.assetId, title: n.title }, { nominee: n.custodian }, run.requester, run.now)));
  } catch {
    return [...records];
  }
  const unknown: NamedCustodian[] = [];
  results.forEach((result, index) => {
    const record = records[index];
    if (result.ok) outcomes.set(record.assetId, 'sent');
    else if (NOMINATION_REFUSED.indexOf(result.error.kind) >= 0) outcomes.set(record.assetId, 'failed');
    else unknown.push(record);
  });
  return unknown;
}

/**
 * Stores each record's OwnershipStatus (and the custodian and health it implies) as derived from all its requests
 * and decisions, in `$batch`es with each record's ETag; a record saved by someone in between, or whose write's
 * answer was lost, is derived and written again on its own (`applyAssetOwnership`, which re-reads on Conflict).
 * The status is a cache of the rule: writing it again is harmless, and a record it could not be written for keeps
 * its old value until the leads' reconcile job. Returns the ids whose status could not be stored.
 */
export async function storeDerivedOwnership(repositories: Repositories, assetIds: readonly number[], now: Date): Promise<number[]> {
  const ids = Array.from(new Set(assetIds));
  if (ids.length === 0) return [];
  const wanted = new Set(ids);
  const [assets, requests, decisions, settings] = await Promise.all([
    loadWhereIds(repositories.dataAssets, 'Id', ids),
    loadWhereIds(repositories.ownershipRequests, requestAsset(), ids),
    loadWhereIds(repositories.ownershipDecisions, filterField(OWNERSHIP_DECISIONS_LIST, 'asset'), ids),
    loadHealthSettings(repositories.governanceSettings)
  ]);
  const index = indexOwnership(requests, decisions);
  const rows: UpdateRow<DataAsset>[] = [];
  for (const asset of assets) {
    if (!wanted.has(asset.id)) continue;
    const patch = ownershipPatch(asset, deriveFromIndex(asset, index, now), now, settings);
    if (patch !== undefined) rows.push({ id: asset.id, patch, etag: asset.etag });
  }
  if (rows.length === 0) return [];
  const again = await repositories.dataAssets.updateMany(rows, { includeComputed: true }).then(
    (results) => results.filter((r) => !r.ok).map((r) => rows[r.index].id),
    () => rows.map((r) => r.id)
  );
  const unstored: number[] = [];
  for (const id of again) {
    const applied = await applyAssetOwnership(repositories, id, now).then(() => true, (error: unknown) => isGovernanceError(error, 'NotFound'));
    if (!applied) unstored.push(id);
  }
  return unstored;
}
