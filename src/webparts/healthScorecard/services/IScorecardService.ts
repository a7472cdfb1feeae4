/**
 * The Data Health Scorecard's only door to data. The container receives an implementation as a prop: PnPjs over
 * the SharePoint lists in production and in the workbench, an in-memory fake in tests. Nothing here imports SPFx or
 * PnPjs. Every method rejects with a `GovernanceError` (src/core/errors.ts) whose `kind` tells the UI what to show.
 */
import type { MissionScopeReference, ScorecardAssetFields, ScoredAssetInput } from '../../../core/scorecard';
import type { AssetScore } from '../../../core/scoring';

/** An asset's scoring fields plus what the drill-down panel lists (title). */
export type ScorecardAsset = ScorecardAssetFields & { readonly title: string };

/** A scored asset as the scorecard keeps it in memory: fits `aggregateScorecard` and `drillDown` as is. */
export interface ScorecardRecord extends ScoredAssetInput {
  readonly asset: ScorecardAsset;
  readonly score: AssetScore;
}

/** Progress callback: records loaded so far, and the list's item count (an estimate while loading). */
export type LoadProgress = (loaded: number, total: number) => void;

export interface IScorecardService {
  /**
   * Every asset with its Data Health Score. Reports progress as pages arrive; stops (rejecting) when `signal`
   * aborts.
   */
  loadAssets(onProgress: LoadProgress, signal?: AbortSignal): Promise<ScorecardRecord[]>;
  /** The Missions reference list: the rollout denominator and the region of each mission. */
  missions(): Promise<MissionScopeReference[]>;
}
