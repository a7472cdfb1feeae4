/** Shapes of the Data Health Score (DESIGN section 4). */

/** The five dimensions, in the order the UI shows them. */
export const SCORE_DIMENSIONS = ['ownership', 'sensitivity', 'location', 'documentation', 'freshness'] as const;
export type ScoreDimensionKey = (typeof SCORE_DIMENSIONS)[number];

/** Weight of each dimension. Defaults sum to 100; other weights are scaled so the score stays on 0-100. */
export type ScoreWeights = Readonly<Record<ScoreDimensionKey, number>>;

/** DESIGN section 4 defaults: ownership 30, sensitivity 25, location 15, documentation 15, freshness 15. */
export const DEFAULT_SCORE_WEIGHTS: ScoreWeights = {
  ownership: 30,
  sensitivity: 25,
  location: 15,
  documentation: 15,
  freshness: 15
};

export const SCORE_BANDS = ['Healthy', 'Needs attention', 'At risk'] as const;
export type ScoreBand = (typeof SCORE_BANDS)[number];

/**
 * Why a dimension lost points, as stable codes the UI localises ("Add a custodian", "Review overdue"...).
 * Partial credit also reports its code (e.g. `labelNotCheckable` earns half the label-alignment share).
 */
export type ScoreMissingCode =
  | 'owner'
  | 'custodian'
  | 'custodianApproval'
  | 'declaredSensitivity'
  | 'personalDataBelowConfidential'
  | 'underLabelled'
  | 'labelNotCheckable'
  /** Shared by an anyone-link, an organisation-wide link or with guests while declared Confidential or above. */
  | 'overshared'
  | 'locationUrl'
  | 'storageSystem'
  | 'description'
  | 'domain'
  | 'dataSubjects'
  | 'retentionPeriod'
  | 'legalBasis'
  | 'neverReviewed'
  | 'reviewOverdue';

/** One dimension of an asset's score: the breakdown the UI always shows beside the number. */
export interface ScoreDimension {
  readonly key: ScoreDimensionKey;
  /** The weight as configured. */
  readonly weight: number;
  /** Share of the dimension achieved, 0-1. */
  readonly value: number;
  /** Contribution to the 0-100 score (weight x value, scaled when weights do not sum to 100), two decimals. */
  readonly points: number;
  readonly missing: readonly ScoreMissingCode[];
}

/** An asset's Data Health Score with its breakdown. */
export interface AssetScore {
  /** 0-100, one decimal. */
  readonly score: number;
  readonly band: ScoreBand;
  readonly dimensions: readonly ScoreDimension[];
}

/** Inputs the asset record alone does not hold. */
export interface ScoreContext {
  /** "Today" for freshness; injected so scores are reproducible. */
  readonly now: Date;
  readonly weights?: ScoreWeights;
  /** Sensitivity taxonomy, lowest first; defaults to DEFAULT_SENSITIVITY_LEVELS. */
  readonly sensitivityRanks?: readonly string[];
  /**
   * The asset's Purview label mapped to a rank of the taxonomy; `'notCheckable'` (e.g. encrypted file, 423) or
   * undefined (never checked) earn half the label-alignment share.
   */
  readonly labelRank?: number | 'notCheckable';
  /**
   * Whether the last check found the location shared beyond its declared level (anyone-link, organisation link or
   * guests on a record declared Confidential or above): the label then protects nothing, so the label-alignment
   * share is lost whatever the label's rank.
   */
  readonly overshared?: boolean;
  /** Whether the custodian's approval counts and has not expired (derived from OwnershipDecisions). */
  readonly custodianApprovalValid: boolean;
  /**
   * The lowest level personal data may be declared at; defaults to 'Confidential' (DESIGN section 4). When the
   * taxonomy has no level of that name, the upper half of the taxonomy counts (from index floor(n / 2)).
   */
  readonly personalDataMinimumLevel?: string;
}
