/**
 * The Access Reviews web part's only door to data (issue 16). The container receives an implementation as a prop:
 * PnPjs over the SharePoint lists and the Graph directory reader in production and in the workbench, an in-memory
 * fake in Jest tests. Nothing here imports SPFx or PnPjs. Every method rejects with a `GovernanceError` whose `kind`
 * tells the UI what to show (Validation with field issues, Conflict, Forbidden, Throttled...).
 */
import type { CampaignProgress, CheckedAccessFile, EvidenceLine, ImportedAccessRow, ItemReviewState, ReviewedItem, SoDViolation } from '../../../core/accessReviews';
import type {
  AccessReviewCampaign,
  AccessReviewDecision,
  AccessReviewDecisionValue,
  AccessReviewItem,
  RecommendationReason,
  SoDException,
  SoDRule
} from '../../../core/models/accessReview';
import type { PersonRef, Stored } from '../../../core/models/common';
import type { StaleGroup } from '../../../data/accessReviews/staleGroups';
import type { CampaignRoutingScope, FallbackReviewerRoute } from '../../../data/governanceRoles/routeAccessReviews';
import type { DirectoryApp, DirectoryGroup, DirectoryRole } from '../../../graph/directory/types';

export type { CampaignRoutingScope, FallbackReviewerRoute };

/** Who is looking. */
export interface AccessReviewSession {
  readonly currentUser: PersonRef;
  /** Member of the Governance Leads group: sees Campaigns and SoD management. */
  readonly isLead: boolean;
  /** Site user ids of the Governance Leads group's members (exceptions count only from them). */
  readonly leadIds: readonly number[];
  /** Removals can be applied through Graph (off by default: needs GroupMember.ReadWrite.All). */
  readonly graphRemovalEnabled: boolean;
}

/** One item the signed-in user is expected to decide (or has decided), with its campaign and derived state. */
export interface MyReviewRow {
  readonly item: Stored<AccessReviewItem>;
  readonly campaign: Stored<AccessReviewCampaign>;
  readonly state: ItemReviewState;
  readonly reasons: readonly RecommendationReason[];
}

/** Progress is reported as work advances (snapshot, bulk decide, export). */
export type Progress = (done: number, total: number) => void;

/** The outcome of one row of a bulk decision. */
export interface DecideResult {
  readonly itemId: number;
  readonly ok: boolean;
  /** Localisable reason code or message when `ok` is false. */
  readonly error?: string;
}

/** A campaign with its progress (progress only for Active and Closed campaigns). */
export interface CampaignSummary {
  readonly campaign: Stored<AccessReviewCampaign>;
  readonly progress?: CampaignProgress;
}

export interface CampaignDetail {
  readonly campaign: Stored<AccessReviewCampaign>;
  readonly reviewed: readonly ReviewedItem[];
  readonly progress: CampaignProgress;
}

/** What a lead fills in to create a campaign (state, item count and closing fields are the service's). */
export type CampaignDraft = Omit<AccessReviewCampaign, 'state' | 'itemCount' | 'closedOn' | 'previousCampaign'>;

/** One row of the stale groups report (the data layer's shape: one definition for both). */
export type StaleGroupRow = StaleGroup;

/** What closing a campaign did. */
export interface CloseResult {
  readonly campaign: Stored<AccessReviewCampaign>;
  /** The next instance, drafted when the campaign recurs. */
  readonly next?: Stored<AccessReviewCampaign>;
}

export interface IAccessReviewService {
  session(): Promise<AccessReviewSession>;

  /** The signed-in reviewer's items in active campaigns, undecided first: at most 3 HTTP round trips. */
  myReviews(): Promise<MyReviewRow[]>;
  /** Records one decision item per row, authored by the signed-in user; per-row results, nothing half-written. */
  decide(rows: readonly MyReviewRow[], decision: AccessReviewDecisionValue, justification: string | undefined, onProgress?: Progress): Promise<DecideResult[]>;

  listCampaigns(): Promise<CampaignSummary[]>;
  campaignDetail(id: number): Promise<CampaignDetail>;
  /** Creates a Draft; with `start`, snapshots it at once (see `startCampaign`). */
  createCampaign(draft: CampaignDraft, options: { readonly start: boolean; readonly importedRows?: readonly ImportedAccessRow[] }, onProgress?: Progress): Promise<Stored<AccessReviewCampaign>>;
  /**
   * Snapshots every (principal, resource, entitlement) of the scope into items in `$batch`es and marks the campaign
   * Active. More than MAX_CAMPAIGN_ITEMS items: refused (Validation) before anything is written. A failure part-way
   * deletes what was written and leaves the campaign in Draft. Imported scopes need the file's checked rows again.
   */
  startCampaign(id: number, importedRows: readonly ImportedAccessRow[] | undefined, onProgress?: Progress): Promise<Stored<AccessReviewCampaign>>;
  /** Closes with If-Match `etag`: outcomes are fixed (undecided items follow the campaign's rule); drafts the next instance of a recurring one. */
  closeCampaign(id: number, etag: string): Promise<CloseResult>;
  /** Reads an access file with the rollout kit's reader and checks it row by row (principals looked up in the directory). */
  checkAccessFile(file: Blob, fileName: string): Promise<CheckedAccessFile>;
  /** Marks removals applied in the source system (leads), with each item's If-Match. */
  markApplied(items: readonly Stored<AccessReviewItem>[], appliedOn: string): Promise<DecideResult[]>;
  /** The remediation list of a closed campaign (REMEDIATION_COLUMNS), as CSV or xlsx. */
  remediationFile(campaignId: number, format: 'csv' | 'xlsx'): Promise<Blob>;
  /** The evidence report's lines (print view) and the same as CSV. */
  evidence(campaignId: number): Promise<readonly EvidenceLine[]>;
  evidenceCsv(campaignId: number): Promise<Blob>;

  staleGroups(onProgress?: Progress): Promise<StaleGroupRow[]>;
  /** Pickers of the campaign form. */
  searchGroups(text: string): Promise<DirectoryGroup[]>;
  listApps(): Promise<DirectoryApp[]>;
  listDirectoryRoles(): Promise<DirectoryRole[]>;
  searchPeople(text: string): Promise<PersonRef[]>;
  /**
   * The fallback reviewer the governance roles propose for a campaign of `scope` (issue 19): the Accountable for
   * "decide access reviews" at its mission, region or the organisation, else a member of the Governance Leads
   * group; never the signed-in lead. One read of the matrix per call. Absent where the suite runs without routing
   * (the form then asks the lead to choose, as before).
   */
  proposeFallbackReviewer?(scope: CampaignRoutingScope): Promise<FallbackReviewerRoute>;

  sodRules(): Promise<Stored<SoDRule>[]>;
  saveSoDRule(rule: SoDRule, existing?: { readonly id: number; readonly etag: string }): Promise<Stored<SoDRule>>;
  /** Violations from the latest snapshot of every active or closed campaign, and live directory reads where consented. */
  sodViolations(): Promise<SoDViolation[]>;
  /** Records an exception authored by the signed-in lead (whether it counts is the rule's, not this call's). */
  addException(violation: SoDViolation, mitigatingControl: string, expiresOn: string): Promise<Stored<SoDException>>;
  /** Creates a Risk Register risk pre-filled from the violation; resolves its id. */
  raiseRisk(violation: SoDViolation): Promise<number>;
}

export type { AccessReviewDecision };
