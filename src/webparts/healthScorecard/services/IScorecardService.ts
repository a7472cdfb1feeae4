/**
 * The Data Health Scorecard's only door to data. The container receives an implementation as a prop: PnPjs over
 * the SharePoint lists in production and in the workbench, an in-memory fake in tests. Nothing here imports SPFx or
 * PnPjs. Every method rejects with a `GovernanceError` (src/core/errors.ts) whose `kind` tells the UI what to show.
 */
import type { ScorecardScopeType } from '../../../core/models/scorecardSnapshot';
import type { MissionScopeReference, ScopeAggregate, ScorecardAggregate, ScorecardAssetFields, ScoredAssetInput } from '../../../core/scorecard';
import type { AssetScore } from '../../../core/scoring';
import type { DataAsset } from '../../../core/models/dataAsset';
import type { Stored } from '../../../core/models/common';
import type { GovernanceSetting } from '../../../core/models/governanceSetting';
import type { MaturityData, MaturityTargets } from '../../../core/maturity';

/** The DataAssets fields a score reads (besides the scope fields of `ScorecardAssetFields`). */
export type ScoringFields = Pick<
  DataAsset,
  | 'owner' | 'declaredSensitivity' | 'locationUrl' | 'storageSystem' | 'description' | 'dataSubjects' | 'retentionPeriod'
  | 'legalBasis' | 'lastReviewed' | 'reviewCycleMonths' | 'purviewLabelId' | 'purviewLabelName' | 'labelCheckedOn' | 'accessFlags'
>;

/** An asset's scoring fields plus what the drill-down panel lists (title). Cached as is in the browser. */
export type ScorecardAsset = ScorecardAssetFields & Partial<ScoringFields> & { readonly title: string };

/** A scored asset as the scorecard keeps it in memory: fits `aggregateScorecard` and `drillDown` as is. */
export interface ScorecardRecord extends ScoredAssetInput {
  readonly asset: ScorecardAsset;
  readonly score: AssetScore;
}

/** Progress callback: records loaded so far, and the list's item count (an estimate while loading). */
export type LoadProgress = (loaded: number, total: number) => void;

/** The outcome of a load. */
export interface ScorecardLoad {
  readonly records: ScorecardRecord[];
  /** When the figures were read (ISO date-time): shown as "as of". */
  readonly asOf: string;
  /** 'cache': rows from the browser cache, before refreshing; 'delta': the cache plus items changed since; 'full'. */
  readonly mode: 'cache' | 'delta' | 'full';
  /** Items read again because they changed (delta), or every item (full). */
  readonly changed: number;
  /** Cached items dropped because they were deleted. */
  readonly removed: number;
}

/** One past snapshot of a scope, for the trend. */
export interface ScorecardSnapshotPoint {
  readonly id: number;
  /** ISO date the snapshot stands for. */
  readonly takenOn: string;
  readonly scope: ScopeAggregate;
}

/** Progress of the recompute job: stage, items done, items in the stage. */
export type RecomputeProgress = (stage: 'reading' | 'saving', done: number, total: number) => void;

/** What the recompute job did. */
export interface RecomputeResult {
  readonly checked: number;
  readonly stale: number;
  readonly updated: number;
  readonly conflicts: number;
  readonly failed: number;
}

export interface IScorecardService {
  /**
   * Every asset with its Data Health Score. With a browser cache, calls `onCached` first with the cached rows
   * (mode 'cache') and then fetches only what changed; else loads in full. Reports progress as pages arrive;
   * stops (rejecting) when `signal` aborts.
   */
  loadAssets(onProgress: LoadProgress, signal?: AbortSignal, onCached?: (cached: ScorecardLoad) => void): Promise<ScorecardLoad>;
  /** The Missions reference list: the rollout denominator and the region of each mission. */
  missions(): Promise<MissionScopeReference[]>;
  /** Whether the signed-in user is a governance lead (may take snapshots and recompute scores). */
  isGovernanceLead(): Promise<boolean>;
  /** Past snapshots of one scope ('' value for the organisation), oldest first; unreadable payloads skipped. */
  snapshots(kind: ScorecardScopeType, value: string): Promise<ScorecardSnapshotPoint[]>;
  /** Saves every scope of `aggregate` as a snapshot dated `takenOn` (ISO date); returns the items written. */
  takeSnapshot(aggregate: ScorecardAggregate, takenOn: string): Promise<number>;
  /** Re-scores every asset and saves the stale stored scores (governance leads). */
  recomputeHealth(onProgress: RecomputeProgress, signal?: AbortSignal): Promise<RecomputeResult>;
  /**
   * The data governance maturity data (issue 18 part 2): the `dmbok-maturity` areas and completed runs, the missions
   * with their regions, and the leads' targets per area (ignored unless a lead last wrote them).
   */
  maturity(): Promise<MaturityData>;
  /**
   * Saves the targets per area (governance leads; SharePoint refuses anyone else), with If-Match on `existing`'s
   * ETag (Conflict when someone saved since); a new setting when there is none. Resolves to the setting as stored.
   */
  saveMaturityTargets(targets: MaturityTargets, areaIds: readonly string[], existing: { readonly id: number; readonly etag: string } | undefined): Promise<Stored<GovernanceSetting>>;
}
