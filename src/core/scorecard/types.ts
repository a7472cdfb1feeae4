/** Shapes of the Data Health Scorecard aggregates (DESIGN section 4, issue 5 item 1). */
import type { Stored } from '../models/common';
import type { DataAsset } from '../models/dataAsset';
import type { ScorecardScopeType } from '../models/scorecardSnapshot';
import type { AssetScore, ScoreBand, ScoreDimensionKey } from '../scoring/types';

/**
 * The asset fields the scorecard reads. A `Stored<DataAsset>` fits as is, so callers pass their records without
 * copying; `id` is what drill-down hands back to open the records behind a figure.
 */
export type ScorecardAssetFields = Pick<
  Stored<DataAsset>,
  'id' | 'region' | 'mission' | 'department' | 'domain' | 'ownershipStatus' | 'custodian' | 'containsPersonalData' | 'lifecycle'
>;

/**
 * An asset with its Data Health Score, computed by the caller with `scoreAsset`. Scoring stays outside because its
 * context differs per asset (Purview label rank, the custodian's approval), which only the data layer knows.
 */
export interface ScoredAssetInput {
  readonly asset: ScorecardAssetFields;
  readonly score: AssetScore;
}

/** One mission of the rollout denominator (the Missions reference list, or `MISSIONS`). */
export interface MissionScopeReference {
  readonly mission: string;
  readonly region: string;
}

/** Options of `aggregateScorecard`. */
export interface AggregateOptions {
  /** The reference list rollout coverage counts against; its missions and regions appear even without assets. */
  readonly missions: readonly MissionScopeReference[];
  /** When the aggregate is computed; recorded as `computedAt` (the scores already carry their own "today"). */
  readonly now: Date;
  /** Scope kinds to aggregate; all five by default. */
  readonly scopes?: readonly ScorecardScopeType[];
}

/** A share of the scope's assets, kept with its numerator and denominator so the UI can show "45 of 60". */
export interface CoverageRate {
  readonly numerator: number;
  readonly denominator: number;
  /** numerator / denominator, 0-1, four decimals; undefined when the denominator is 0 (no rate, not zero). */
  readonly rate?: number;
}

/** Coverage figures of DESIGN section 4 plus the personal-data share. */
export const COVERAGE_KEYS = ['confirmedCustodian', 'classified', 'underLabelled', 'reviewedInCycle', 'personalData'] as const;
export type CoverageKey = (typeof COVERAGE_KEYS)[number];

/** One dimension across a scope. */
export interface DimensionAggregate {
  readonly key: ScoreDimensionKey;
  /** Mean dimension value, 0-1, three decimals; undefined for an empty scope. */
  readonly meanValue?: number;
  /**
   * Mean points the dimension loses per asset (its scaled weight x (1 - value)), two decimals: the sort key for
   * "which dimension pulls the score down". Undefined for an empty scope.
   */
  readonly meanPointsLost?: number;
}

/** Maturity levels 1-5 (DESIGN section 4). */
export type MaturityLevel = 1 | 2 | 3 | 4 | 5;

/** Missions onboarded (at least one non-archived asset) against the reference list. */
export interface RolloutCoverage {
  readonly onboarded: number;
  /** Missions of the reference list in this scope. */
  readonly total: number;
  /** onboarded / total, four decimals; undefined when the scope has no reference missions. */
  readonly rate?: number;
  /** Reference missions without any asset yet, in reference order. */
  readonly notOnboarded: readonly string[];
  /** Mission names found on assets but absent from the reference list (sorted): data to fix, not dropped. */
  readonly unknownMissions: readonly string[];
}

/** Every figure of one scope. */
export interface ScopeAggregate {
  readonly kind: ScorecardScopeType;
  /**
   * The region / mission / department / domain name. Empty for the organisation, and for the bucket of assets
   * that leave the field blank, so each kind's counts add up to the organisation's.
   */
  readonly value: string;
  readonly count: number;
  /** Mean score, one decimal; undefined for an empty scope (no score, not zero). */
  readonly meanScore?: number;
  /** Undefined for an empty scope. */
  readonly maturity?: MaturityLevel;
  readonly bands: Readonly<Record<ScoreBand, number>>;
  /** In `SCORE_DIMENSIONS` order. */
  readonly dimensions: readonly DimensionAggregate[];
  readonly coverage: Readonly<Record<CoverageKey, CoverageRate>>;
  /** Organisation and region scopes only. */
  readonly rollout?: RolloutCoverage;
}

/** The scorecard: every requested scope, computed in one pass over the assets. */
export interface ScorecardAggregate {
  /** ISO date-time of `options.now`. */
  readonly computedAt: string;
  /** Archived assets seen and left out of every figure. */
  readonly archivedExcluded: number;
  /**
   * Scopes by kind (in `SCORECARD_SCOPE_TYPES` order), then regions and missions in reference order (unknown ones
   * after, sorted), departments and domains sorted; the blank bucket, when present, last in its kind.
   */
  readonly scopes: readonly ScopeAggregate[];
}
