/**
 * Shapes of the ownership attestation rule (DESIGN section 6): why a decision does not count, what the derivation
 * of an asset's ownership returns, and what waits in a custodian's queue.
 */
import type { IsoDate, PersonRef, Stored } from '../models/common';
import type { DataAsset, OwnershipStatus } from '../models/dataAsset';
import type { OwnershipDecision } from '../models/ownershipDecision';
import type { OwnershipRequest } from '../models/ownershipRequest';

/** An approval becomes due for re-attestation this many days before it expires (issue 6). */
export const REATTESTATION_WINDOW_DAYS = 30;

/** Why a decision item does not count, in the order `countingDecision` checks them. */
export const OWNERSHIP_FLAG_REASONS = [
  'requestNotFound',
  'requestMismatch',
  'missingAuthor',
  'missingCreated',
  'authorNotNominee',
  'selfNomination'
] as const;
/** Why a decision item does not count; governance leads see it on the anomalies list. */
export type OwnershipFlagReason = (typeof OWNERSHIP_FLAG_REASONS)[number];

/** Reference English explanation of each flag reason; the UI localises by code. */
export const OWNERSHIP_FLAG_MESSAGES: Readonly<Record<OwnershipFlagReason, string>> = {
  requestNotFound: 'The decision refers to an ownership request that does not exist (or was deleted), so its nominee cannot be checked.',
  requestMismatch: 'The decision names a different asset or request than the ownership request it refers to.',
  missingAuthor: 'The decision has no author, so nobody can be shown to have made it.',
  missingCreated: 'The decision has no creation date, so it cannot be ordered or dated.',
  authorNotNominee: 'The decision was created by someone other than the nominee.',
  selfNomination: 'The nominee also made the nomination; a person cannot approve their own nomination.'
};

/** Whether one decision counts; when it does not, the reason it is flagged. */
export type DecisionVerdict = { readonly counts: true } | { readonly counts: false; readonly reason: OwnershipFlagReason };

/** A decision that was ignored, for the governance leads' anomalies list. */
export interface FlaggedDecision {
  readonly decisionId: number;
  /** The request the decision names (it may not exist: see `requestNotFound`). */
  readonly requestId?: number;
  readonly reason: OwnershipFlagReason;
}

/** An asset's ownership as derived from its requests and counting decisions. */
export interface OwnershipDerivation {
  readonly status: OwnershipStatus;
  /** The person whose approval stands (Confirmed) or has lapsed (Expired); undefined otherwise. */
  readonly custodian?: PersonRef;
  /** Created date of the approving decision, as SharePoint returned it (Confirmed and Expired). */
  readonly approvedOn?: IsoDate;
  /** Last UTC day (`YYYY-MM-DD`) on which the approval is valid: approvedOn + reviewCycleMonths. Expired the day after. */
  readonly expiresOn?: IsoDate;
  /** The approval has expired or expires within `REATTESTATION_WINDOW_DAYS` days. */
  readonly reattestationDue: boolean;
  /** Id of the latest counting decision, the one the status comes from. */
  readonly decisionId?: number;
  /** The newest open request for the asset (undecided, not withdrawn or expired, not a self-nomination). */
  readonly pendingRequest?: Stored<OwnershipRequest>;
  /** The asset's decisions that were ignored, by decision id. */
  readonly flagged: readonly FlaggedDecision[];
}

/** A nomination (or re-attestation request) waiting for the custodian's decision. */
export interface PendingNomination {
  readonly request: Stored<OwnershipRequest>;
  /** Undefined when the asset was not among the assets passed in. */
  readonly asset?: Stored<DataAsset>;
  /** The asset's title, else the request's lookup text, else the request's title. */
  readonly title: string;
  readonly dueDate?: IsoDate;
  /** The due date is a past UTC day. */
  readonly overdue: boolean;
}

/** An approval of the custodian that has expired or expires soon. */
export interface ReattestationDue {
  readonly asset: Stored<DataAsset>;
  readonly title: string;
  readonly approvedOn: IsoDate;
  readonly expiresOn: IsoDate;
  readonly expired: boolean;
  /** An open request addressed to the custodian for this asset, which they can decide at once; else one must be raised. */
  readonly request?: Stored<OwnershipRequest>;
}

/** A decision the custodian made, counting or not. */
export interface PastDecision {
  readonly decision: Stored<OwnershipDecision>;
  readonly request?: Stored<OwnershipRequest>;
  readonly asset?: Stored<DataAsset>;
  readonly title: string;
  readonly decidedOn?: IsoDate;
  readonly counts: boolean;
  /** Why it does not count (only when `counts` is false). */
  readonly reason?: OwnershipFlagReason;
}

/** Everything that waits for one custodian, each section in a deterministic order, with its count. */
export interface CustodianQueue {
  /** Due date (none last), then title, then request id. */
  readonly pending: readonly PendingNomination[];
  /** Expiry date, then title, then asset id. */
  readonly reattestations: readonly ReattestationDue[];
  /** Newest decision first, then title, then decision id. */
  readonly past: readonly PastDecision[];
  readonly counts: { readonly pending: number; readonly reattestations: number; readonly past: number };
}
