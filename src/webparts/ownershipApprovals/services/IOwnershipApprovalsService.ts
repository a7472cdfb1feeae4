/**
 * The Ownership Approvals web part's only door to data. The container receives an implementation as a prop: PnPjs
 * over the SharePoint lists in production and in the workbench, an in-memory fake in tests. Nothing here imports
 * SPFx or PnPjs. Every method rejects with a `GovernanceError` whose `kind` tells the UI what to show.
 */
import type { GovernanceErrorKind } from '../../../core/errors';
import type { PersonRef, Stored } from '../../../core/models/common';
import type { OwnershipStatus } from '../../../core/models/dataAsset';
import type { OwnershipRequest } from '../../../core/models/ownershipRequest';
import type { CustodianQueue, DecisionDraft, OwnershipAnomaly, StoredStatusAnomaly } from '../../../core/ownership';

/** Who is signed in, and whether they are a governance lead (member of the leads' SharePoint group). */
export interface ApprovalsViewer {
  readonly person: PersonRef;
  readonly isLead: boolean;
}

/** The outcome of one decision: the asset's ownership status as stored after the rule was applied. */
export interface DecisionOutcome {
  readonly requestId: number;
  readonly assetId: number;
  readonly status: OwnershipStatus;
}

/** One row of a bulk approval; a failed row never stops the others. */
export type BulkDecisionRow =
  | { readonly requestId: number; readonly ok: true; readonly outcome: DecisionOutcome }
  | { readonly requestId: number; readonly ok: false; readonly kind: GovernanceErrorKind; readonly codes: readonly string[] };

/** Progress of the leads' recompute job. */
export type RecomputeProgress = (checked: number, total: number) => void;

/** What the recompute job did. */
export interface RecomputeSummary {
  readonly checked: number;
  readonly changed: number;
  readonly failed: number;
  readonly reattestationsRaised: number;
}

export interface IOwnershipApprovalsService {
  /** The signed-in user and their role. */
  viewer(): Promise<ApprovalsViewer>;
  /** What waits for `custodian`: pending nominations, re-attestations due and past decisions. */
  loadQueue(custodian: PersonRef): Promise<CustodianQueue>;
  /**
   * Records the signed-in user's decision on `request` (the decision item's Author is set by SharePoint), then
   * recomputes the asset's ownership from all its requests and decisions. Rejects with Validation (issues carry
   * core's decision codes) when the decision could not count.
   */
  decide(request: Stored<OwnershipRequest>, draft: DecisionDraft): Promise<DecisionOutcome>;
  /** Approves each request in turn; results in input order. */
  approveMany(requests: readonly Stored<OwnershipRequest>[]): Promise<BulkDecisionRow[]>;
  /** Every decision that does not count (leads only), newest first. */
  anomalies(): Promise<OwnershipAnomaly[]>;
  /**
   * Every asset whose stored OwnershipStatus disagrees with what its requests and counting decisions establish
   * (leads only), by asset id: a status written by hand, or one the recompute job has not yet brought up to date.
   */
  statusAnomalies(): Promise<StoredStatusAnomaly[]>;
  /** The address of an asset's SharePoint display form (the anomalies list links to it). */
  recordUrl(assetId: number): string;
  /** Derives and stores every asset's ownership status; raises due re-attestations as the signed-in lead. */
  recomputeAll(onProgress: RecomputeProgress, signal?: AbortSignal): Promise<RecomputeSummary>;
}
