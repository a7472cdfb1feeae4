/**
 * What waits for one custodian (issue 6): nominations addressed to them, their approvals due for re-attestation,
 * and the decisions they made. The Ownership Approvals web part renders it; counts go in its header.
 */
import type { LookupRef, PersonRef, Stored } from '../models/common';
import type { DataAsset } from '../models/dataAsset';
import type { OwnershipDecision } from '../models/ownershipDecision';
import type { OwnershipRequest } from '../models/ownershipRequest';
import { parseIsoDate, utcDayNumber } from '../validation/isoDate';
import { compareByCreated, compareText, countingDecision, createdTime, isOpenRequest, samePerson } from './counting';
import { deriveFromIndex, indexOwnership } from './derive';
import type { CustodianQueue, PastDecision, PendingNomination, ReattestationDue } from './types';

/** The title a queue shows: the asset's, else the lookup's shown text, else the item's own title. */
function titleOf(asset: DataAsset | undefined, lookup: LookupRef | undefined, fallback: string): string {
  return asset?.title ?? lookup?.title ?? fallback;
}

/** UTC day number of an ISO date, or +Infinity so undated items sort last. */
function dayOrLast(value: string | undefined): number {
  const parsed = value === undefined ? undefined : parseIsoDate(value);
  return parsed === undefined ? Number.POSITIVE_INFINITY : utcDayNumber(parsed);
}

function byDueThenTitle(a: PendingNomination, b: PendingNomination): number {
  const dueA = dayOrLast(a.dueDate);
  const dueB = dayOrLast(b.dueDate);
  return dueA !== dueB ? (dueA < dueB ? -1 : 1) : compareText(a.title, b.title) || a.request.id - b.request.id;
}

function byExpiryThenTitle(a: ReattestationDue, b: ReattestationDue): number {
  const expA = dayOrLast(a.expiresOn);
  const expB = dayOrLast(b.expiresOn);
  return expA !== expB ? (expA < expB ? -1 : 1) : compareText(a.title, b.title) || a.asset.id - b.asset.id;
}

function newestFirst(a: PastDecision, b: PastDecision): number {
  const timeA = createdTime(a.decision) ?? Number.NEGATIVE_INFINITY;
  const timeB = createdTime(b.decision) ?? Number.NEGATIVE_INFINITY;
  return timeA !== timeB ? (timeA > timeB ? -1 : 1) : compareText(a.title, b.title) || a.decision.id - b.decision.id;
}

/**
 * Builds `custodian`'s queue at `now`:
 * - pending: open requests addressed to them (no counting decision yet, not withdrawn or expired, not self-nominated);
 * - reattestations: assets whose standing approval is theirs and has expired or expires within 30 days, each with
 *   the open request they can decide, if any. Such a request is listed here and not again under pending, so every
 *   asset appears once and the counts add up;
 * - past: every decision they authored, counting or not (a decision that did not count says why).
 * Only `assets` are checked for re-attestation (the review cycle lives on the asset); nominations for assets not
 * passed in are still listed, without the asset's essentials.
 */
export function custodianQueue(
  custodian: PersonRef,
  requests: readonly Stored<OwnershipRequest>[],
  decisions: readonly Stored<OwnershipDecision>[],
  assets: readonly Stored<DataAsset>[],
  now: Date
): CustodianQueue {
  const index = indexOwnership(requests, decisions);
  const assetsById = new Map(assets.map((asset) => [asset.id, asset]));
  const today = utcDayNumber(now);

  const decided = new Set<number>();
  for (const decision of decisions) {
    const request = index.requestsById.get(decision.request?.id);
    if (request !== undefined && countingDecision(decision, request).counts) {
      decided.add(request.id);
    }
  }
  const openForCustodian = requests.filter((request) => samePerson(request.nominee, custodian) && isOpenRequest(request, decided));

  const reattestations: ReattestationDue[] = [];
  for (const asset of assets) {
    const derived = deriveFromIndex(asset, index, now);
    if (derived.reattestationDue && samePerson(derived.custodian, custodian) && derived.approvedOn !== undefined && derived.expiresOn !== undefined) {
      const open = openForCustodian.filter((request) => request.asset?.id === asset.id).sort(compareByCreated);
      reattestations.push({
        asset,
        title: asset.title,
        approvedOn: derived.approvedOn,
        expiresOn: derived.expiresOn,
        expired: derived.status === 'Expired',
        request: open[open.length - 1]
      });
    }
  }
  const reattestationAssetIds = new Set(reattestations.map((item) => item.asset.id));

  const pending: PendingNomination[] = openForCustodian
    .filter((request) => !reattestationAssetIds.has(request.asset?.id))
    .map((request) => {
      const asset = assetsById.get(request.asset?.id);
      return {
        request,
        asset,
        title: titleOf(asset, request.asset, request.title),
        dueDate: request.dueDate,
        overdue: dayOrLast(request.dueDate) < today
      };
    });

  const past: PastDecision[] = decisions
    .filter((decision) => samePerson(decision.author, custodian))
    .map((decision) => {
      const request = index.requestsById.get(decision.request?.id);
      const asset = assetsById.get(decision.asset?.id);
      const verdict = request === undefined ? ({ counts: false, reason: 'requestNotFound' } as const) : countingDecision(decision, request);
      return {
        decision,
        request,
        asset,
        title: titleOf(asset, decision.asset, decision.title),
        decidedOn: decision.created,
        counts: verdict.counts,
        ...(verdict.counts ? {} : { reason: verdict.reason })
      };
    });

  pending.sort(byDueThenTitle);
  reattestations.sort(byExpiryThenTitle);
  past.sort(newestFirst);
  return {
    pending,
    reattestations,
    past,
    counts: { pending: pending.length, reattestations: reattestations.length, past: past.length }
  };
}
