/**
 * Derives an asset's OwnershipStatus from its requests and counting decisions (DESIGN section 6). The stored
 * OwnershipStatus, Custodian and request Status columns are never read: they are outputs of this rule, and any of
 * them could have been edited by hand.
 */
import type { Stored } from '../models/common';
import type { DataAsset } from '../models/dataAsset';
import type { OwnershipDecision } from '../models/ownershipDecision';
import type { OwnershipRequest } from '../models/ownershipRequest';
import { DEFAULT_REVIEW_CYCLE_MONTHS } from '../scoring/dimensions';
import { addUtcMonths, utcDayNumber } from '../validation/isoDate';
import { compareByCreated, countingDecision, createdTime, isOpenRequest } from './counting';
import type { FlaggedDecision, OwnershipDerivation } from './types';
import { REATTESTATION_WINDOW_DAYS } from './types';

/** Requests and decisions grouped once, so deriving many assets does not rescan both lists per asset. */
export interface OwnershipIndex {
  readonly requestsById: ReadonlyMap<number, Stored<OwnershipRequest>>;
  readonly requestsByAsset: ReadonlyMap<number, readonly Stored<OwnershipRequest>[]>;
  /** Decisions by the asset they name (the denormalised Asset lookup). */
  readonly decisionsByAsset: ReadonlyMap<number, readonly Stored<OwnershipDecision>[]>;
}

function groupBy<T>(items: readonly T[], key: (item: T) => number | undefined): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k !== undefined) {
      const group = groups.get(k);
      if (group === undefined) {
        groups.set(k, [item]);
      } else {
        group.push(item);
      }
    }
  }
  return groups;
}

/** Groups requests and decisions for `deriveFromIndex`. */
export function indexOwnership(requests: readonly Stored<OwnershipRequest>[], decisions: readonly Stored<OwnershipDecision>[]): OwnershipIndex {
  return {
    requestsById: new Map(requests.map((request) => [request.id, request])),
    requestsByAsset: groupBy(requests, (request) => request.asset?.id),
    decisionsByAsset: groupBy(decisions, (decision) => decision.asset?.id)
  };
}

/** `YYYY-MM-DD` of a date's UTC calendar day. */
function utcDateText(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The asset's review cycle, or the suite default when the stored value is unusable (the schema allows 1-60). */
function reviewCycle(asset: DataAsset): number {
  const months = asset.reviewCycleMonths;
  return typeof months === 'number' && Number.isInteger(months) && months > 0 ? months : DEFAULT_REVIEW_CYCLE_MONTHS;
}

/** Same as `deriveOwnership`, over a prebuilt index. */
export function deriveFromIndex(asset: Stored<DataAsset>, index: OwnershipIndex, now: Date): OwnershipDerivation {
  const flagged: FlaggedDecision[] = [];
  const counting: { readonly decision: Stored<OwnershipDecision>; readonly time: number }[] = [];
  for (const decision of index.decisionsByAsset.get(asset.id) ?? []) {
    const request = decision.request === undefined ? undefined : index.requestsById.get(decision.request.id);
    const verdict = request === undefined ? ({ counts: false, reason: 'requestNotFound' } as const) : countingDecision(decision, request);
    const time = createdTime(decision);
    // A counting decision always has a Created date; the `time` check only narrows the type.
    if (verdict.counts && time !== undefined) {
      counting.push({ decision, time });
    } else if (!verdict.counts) {
      flagged.push({ decisionId: decision.id, requestId: decision.request?.id, reason: verdict.reason });
    }
  }
  flagged.sort((a, b) => a.decisionId - b.decisionId);

  const decided = new Set(counting.map(({ decision }) => decision.request.id));
  const open = (index.requestsByAsset.get(asset.id) ?? []).filter((request) => isOpenRequest(request, decided));
  const pendingRequest = open.length === 0 ? undefined : [...open].sort(compareByCreated)[open.length - 1];
  // Latest by Created, ties by id: the same order SharePoint's "Created desc, ID desc" view would show.
  const latestEntry = counting.length === 0 ? undefined : [...counting].sort((a, b) => a.time - b.time || a.decision.id - b.decision.id)[counting.length - 1];

  if (latestEntry === undefined || latestEntry.decision.decision === 'Decline') {
    // A decline ends that nomination; any request still open (a re-nomination) is what the asset now waits for.
    const status = pendingRequest !== undefined ? 'Pending' : latestEntry === undefined ? 'Unassigned' : 'Declined';
    return { status, reattestationDue: false, decisionId: latestEntry?.decision.id, pendingRequest, flagged };
  }
  const latest = latestEntry.decision;

  // An approval is valid through the UTC calendar day of approvedOn + cycle (like the freshness score's review
  // cycle), so "expires on 10 March" means it still counts on 10 March and is Expired from 11 March.
  const expires = addUtcMonths(new Date(latestEntry.time), reviewCycle(asset));
  const expiresDay = utcDayNumber(expires);
  const today = utcDayNumber(now);
  const expired = today > expiresDay;
  return {
    // An open newer nomination does not suspend a standing approval: the custodian stays until a decision replaces it.
    status: expired ? 'Expired' : 'Confirmed',
    custodian: latest.author,
    approvedOn: latest.created,
    expiresOn: utcDateText(expires),
    reattestationDue: expired || expiresDay - today <= REATTESTATION_WINDOW_DAYS,
    decisionId: latest.id,
    pendingRequest,
    flagged
  };
}

/**
 * Derives an asset's ownership from the latest counting decision (by Created, ties by id):
 * - Approve: Confirmed through approvedOn + reviewCycleMonths (UTC day, inclusive), then Expired. An open request
 *   (e.g. a newer nomination of someone else, or a re-attestation) keeps the status until it is decided.
 * - Decline: Declined, or Pending when another request for the asset is open (a re-nomination).
 * - No counting decision: Pending when a request is open, else Unassigned.
 * Decisions that do not count change nothing and are listed in `flagged`. `requests` may hold other assets' requests
 * (needed to tell a mismatched decision from a missing request); only `asset`'s decisions are examined.
 */
export function deriveOwnership(
  asset: Stored<DataAsset>,
  requests: readonly Stored<OwnershipRequest>[],
  decisions: readonly Stored<OwnershipDecision>[],
  now: Date
): OwnershipDerivation {
  return deriveFromIndex(asset, indexOwnership(requests, decisions), now);
}

/** Derives every asset's ownership at once (the inventory and its health score), keyed by asset id. */
export function deriveOwnershipByAsset(
  assets: readonly Stored<DataAsset>[],
  requests: readonly Stored<OwnershipRequest>[],
  decisions: readonly Stored<OwnershipDecision>[],
  now: Date
): Map<number, OwnershipDerivation> {
  const index = indexOwnership(requests, decisions);
  return new Map(assets.map((asset) => [asset.id, deriveFromIndex(asset, index, now)]));
}
