/**
 * Data Health Score of one asset (DESIGN section 4): a weighted sum of five dimensions, rounded to one decimal,
 * always returned with its breakdown.
 */
import type { DataAsset } from '../models/dataAsset';
import { documentationKey, freshnessKey, locationKey, ownershipKey, sensitivityKey } from './dimensions';
import { resultOf, type DimensionResult } from './resultKeys';
import type { AssetScore, ScoreBand, ScoreContext, ScoreDimension, ScoreWeights } from './types';
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
 * Rounds half up to `decimals` places. Rounds to six decimals first so binary noise such as
 * 0.3 * 30 = 8.999999999999998 or a sum of 79.94999999999999 rounds the way a person adding the points would; in
 * arithmetic rather than through `toFixed` text, since the scorecard rounds a few thousand figures per aggregation.
 */
export function roundTo(value: number, decimals: number): number {
  const factor = Math.pow(10, decimals);
  return Math.round(Math.round(value * factor * 1e6) / 1e6) / factor;
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

/** Builds the breakdown of one asset from its five dimension results (no caching). */
function buildScore(weights: ScoreWeights, results: readonly DimensionResult[]): AssetScore {
  // Weights that do not sum to 100 are scaled, so custom settings never push a score outside 0-100.
  const totalWeight = SCORE_DIMENSIONS.reduce((sum, key) => sum + weights[key], 0);
  const scale = 100 / totalWeight;
  let sum = 0;
  const dimensions: ScoreDimension[] = SCORE_DIMENSIONS.map((key, index) => {
    const { value, missing } = results[index];
    const raw = weights[key] * value * scale;
    sum += raw;
    return Object.freeze({ key, weight: weights[key], value, points: roundTo(raw, 2), missing });
  });
  const score = Math.min(100, Math.max(0, roundTo(sum, 1)));
  return Object.freeze({ score, band: bandOf(score), dimensions: Object.freeze(dimensions) });
}

/**
 * Distinct result keys a dimension may take before the cache stops growing (each dimension has at most a few dozen:
 * its missing codes and value go together). 64 ids per dimension make the five-id key a small integer, which a Map
 * looks up without boxing a number per asset.
 */
const MAX_IDS = 64;
/** Distinct whole scores kept per weights; beyond it scores are built, not shared. */
const MAX_SCORES = 100000;

/**
 * The scores already built for one set of weights. Assets that lose the same points in the same places share one
 * frozen `AssetScore` (100,000 records make a few thousand distinct breakdowns), so scoring allocates nothing per
 * asset and the scorecard keeps no 100,000 copies of the same breakdown.
 */
class ScoreCache {
  /** Per dimension: result key -> small id, so five ids make one numeric key for the whole score. */
  private readonly _ids: Map<number, number>[] = SCORE_DIMENSIONS.map(() => new Map());
  private readonly _scores = new Map<number, AssetScore>();

  public constructor(public readonly weights: ScoreWeights) {}

  public score(keys: readonly number[]): AssetScore {
    let combined = 0;
    let factor = 1;
    for (let i = 0; i < keys.length; i++) {
      const ids = this._ids[i];
      let id = ids.get(keys[i]);
      if (id === undefined) {
        if (ids.size >= MAX_IDS) return this._build(keys);
        id = ids.size;
        ids.set(keys[i], id);
      }
      combined += id * factor;
      factor *= MAX_IDS;
    }
    let score = this._scores.get(combined);
    if (score === undefined) {
      score = this._build(keys);
      if (this._scores.size < MAX_SCORES) this._scores.set(combined, score);
    }
    return score;
  }

  private _build(keys: readonly number[]): AssetScore {
    return buildScore(this.weights, keys.map(resultOf));
  }
}

// The cache of the last weights object: every asset of one scoring run passes the same settings.
let lastCache: ScoreCache | undefined;
// Scratch for the five keys of the asset being scored (read synchronously, never kept).
const scratchKeys: number[] = [0, 0, 0, 0, 0];

/** Scores an asset. Pure: everything outside the record (today, labels, approvals, settings) comes in `context`. */
export function scoreAsset(asset: DataAsset, context: ScoreContext): AssetScore {
  const weights = context.weights ?? DEFAULT_SCORE_WEIGHTS;
  if (lastCache === undefined || lastCache.weights !== weights) {
    lastCache = new ScoreCache(checkedWeights(weights));
  }
  // SCORE_DIMENSIONS order.
  scratchKeys[0] = ownershipKey(asset, context);
  scratchKeys[1] = sensitivityKey(asset, context);
  scratchKeys[2] = locationKey(asset);
  scratchKeys[3] = documentationKey(asset);
  scratchKeys[4] = freshnessKey(asset, context);
  return lastCache.score(scratchKeys);
}
