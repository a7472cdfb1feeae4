/** Data Health Score (DESIGN section 4). */
export { bandOf, HEALTHY_MIN_SCORE, NEEDS_ATTENTION_MIN_SCORE, roundTo, scoreAsset } from './scoreAsset';
export { DEFAULT_REVIEW_CYCLE_MONTHS } from './dimensions';
export { DEFAULT_SCORE_WEIGHTS, SCORE_BANDS, SCORE_DIMENSIONS } from './types';
export type { AssetScore, ScoreBand, ScoreContext, ScoreDimension, ScoreDimensionKey, ScoreMissingCode, ScoreWeights } from './types';
export { recordScoreContext, storedHealth, type HealthSettings, type StoredHealthColumns } from './storedHealth';
