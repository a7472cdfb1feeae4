/**
 * Data Health Score of one asset (DESIGN section 4): a weighted sum of five dimensions, rounded to one decimal,
 * always returned with its breakdown.
 */
import type { DataAsset } from '../models/dataAsset';
import { scoreDocumentation, scoreFreshness, scoreLocation, scoreOwnership, scoreSensitivity } from './dimensions';
import type { DimensionResult } from './dimensions';
import type { AssetScore, ScoreBand, ScoreContext, ScoreDimension, ScoreDimensionKey, ScoreWeights } from './types';
import { DEFAULT_SCORE_WEIGHTS, SCORE_DIMENSIONS } from './types';

/** Lowest score of the Healthy band. */
export const HEALTHY_MIN_SCORE = 80;
/** Lowest score of the Needs attention band; below it is At risk. */
export const NEEDS_ATTENTION_MIN_SCORE = 50;

/** Band of a 0-100 score: >= 80 Healthy, >= 50 Needs attention, else At risk. */
export function bandOf(score: number): ScoreBand {
  if (score >= HEALTHY_MIN_SCORE) {
    return 'Healthy';
  }
  return score >= NEEDS_ATTENTION_MIN_SCORE ? 'Needs attention' : 'At risk';
}

/**
 * Rounds half up to `decimals` places. Goes through `toFixed(9)` first so binary noise such as
 * 0.3 * 30 = 8.999999999999998 or a sum of 79.94999999999999 rounds the way a person adding the points would.
 */
export function roundTo(value: number, decimals: number): number {
  const factor = Math.pow(10, decimals);
  return Math.round(parseFloat((value * factor).toFixed(6))) / factor;
}

/** Throws a RangeError for weights that cannot make a 0-100 score (negative, not finite, or all zero). */
function checkedWeights(weights: ScoreWeights): ScoreWeights {
  let total = 0;
  for (const key of SCORE_DIMENSIONS) {
    const weight = weights[key];
    if (typeof weight !== 'number' || !isFinite(weight) || weight < 0) {
      throw new RangeError(`Score weight "${key}" must be a number of at least 0 (got ${String(weight)}).`);
    }
    total += weight;
  }
  if (total <= 0) {
    throw new RangeError('At least one score weight must be above 0.');
  }
  return weights;
}

/** Scores an asset. Pure: everything outside the record (today, labels, approvals, settings) comes in `context`. */
export function scoreAsset(asset: DataAsset, context: ScoreContext): AssetScore {
  const weights = checkedWeights(context.weights ?? DEFAULT_SCORE_WEIGHTS);
  const results: Record<ScoreDimensionKey, DimensionResult> = {
    ownership: scoreOwnership(asset, context),
    sensitivity: scoreSensitivity(asset, context),
    location: scoreLocation(asset),
    documentation: scoreDocumentation(asset),
    freshness: scoreFreshness(asset, context)
  };
  // Weights that do not sum to 100 are scaled, so custom settings never push a score outside 0-100.
  const totalWeight = SCORE_DIMENSIONS.reduce((sum, key) => sum + weights[key], 0);
  const scale = 100 / totalWeight;

  let sum = 0;
  const dimensions: ScoreDimension[] = SCORE_DIMENSIONS.map((key) => {
    const { value, missing } = results[key];
    const raw = weights[key] * value * scale;
    sum += raw;
    return { key, weight: weights[key], value, points: roundTo(raw, 2), missing };
  });
  const score = Math.min(100, Math.max(0, roundTo(sum, 1)));
  return { score, band: bandOf(score), dimensions };
}
