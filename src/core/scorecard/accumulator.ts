/**
 * Running totals of one scope. The aggregation adds each asset to the accumulator of every scope it belongs to
 * (one per requested kind), so every figure of every scope comes out of a single pass over the assets.
 */
import type { ScorecardScopeType } from '../models/scorecardSnapshot';
import { roundTo } from '../scoring/scoreAsset';
import type { ScoreBand } from '../scoring/types';
import { SCORE_BANDS, SCORE_DIMENSIONS } from '../scoring/types';
import { COVERAGE_FLAG, DIMENSION_COUNT } from './assetFacts';
import { maturityLevel } from './maturity';
import type { CoverageKey, CoverageRate, DimensionAggregate, RolloutCoverage, ScopeAggregate } from './types';
import { COVERAGE_KEYS } from './types';

/** Position of each band in `bandCounts` (`SCORE_BANDS` order). */
export const BAND_INDEX: Readonly<Record<ScoreBand, number>> = { Healthy: 0, 'Needs attention': 1, 'At risk': 2 };

/** Bit of each coverage figure, in `COVERAGE_KEYS` order, read once rather than per asset. */
const FLAG_BITS: readonly number[] = COVERAGE_KEYS.map((key) => COVERAGE_FLAG[key]);
// Local copies: imported bindings compile to property loads on another module's `exports` in the hot loop.
const DIMENSIONS = DIMENSION_COUNT;

/** Distinct values of the coverage flags (five bits). */
const FLAG_COMBINATIONS = 32;

/** Totals of one scope; typed arrays keep the per-asset work to plain additions. */
export class ScopeAccumulator {
  public count: number = 0;
  public scoreSum: number = 0;
  public readonly bandCounts: Int32Array = new Int32Array(SCORE_BANDS.length);
  /**
   * Assets per combination of coverage flags: one increment per asset, read into per-figure counts at the end. A
   * plain array of small integers: a typed array this long would need its own buffer outside the heap per scope.
   */
  public readonly flagCounts: number[] = new Array<number>(FLAG_COMBINATIONS).fill(0);
  public readonly valueSums: Float64Array = new Float64Array(DIMENSION_COUNT);
  public readonly lostSums: Float64Array = new Float64Array(DIMENSION_COUNT);

  /** Adds one asset's figures (as read by `assetFlags`). */
  public add(score: number, bandIndex: number, flags: number, values: Float64Array, lost: Float64Array): void {
    this.count++;
    this.scoreSum += score;
    this.bandCounts[bandIndex]++;
    this.flagCounts[flags & (FLAG_COMBINATIONS - 1)]++;
    const valueSums = this.valueSums;
    const lostSums = this.lostSums;
    for (let i = 0; i < DIMENSIONS; i++) {
      valueSums[i] += values[i];
      lostSums[i] += lost[i];
    }
  }

  /** Adds every total of `other` (the organisation is the sum of its regions: one addition per region, not per asset). */
  public merge(other: ScopeAccumulator): void {
    this.count += other.count;
    this.scoreSum += other.scoreSum;
    for (let i = 0; i < this.bandCounts.length; i++) this.bandCounts[i] += other.bandCounts[i];
    for (let i = 0; i < FLAG_COMBINATIONS; i++) this.flagCounts[i] += other.flagCounts[i];
    for (let i = 0; i < DIMENSIONS; i++) {
      this.valueSums[i] += other.valueSums[i];
      this.lostSums[i] += other.lostSums[i];
    }
  }

  /** Assets carrying each coverage flag, in `COVERAGE_KEYS` order. */
  public coverageCounts(): number[] {
    return FLAG_BITS.map((bit) => {
      let total = 0;
      for (let flags = 0; flags < FLAG_COMBINATIONS; flags++) if ((flags & bit) !== 0) total += this.flagCounts[flags];
      return total;
    });
  }
}

/** A coverage rate; no rate (undefined) over an empty denominator rather than a misleading 0%. */
export function coverageRate(numerator: number, denominator: number): CoverageRate {
  return denominator > 0 ? { numerator, denominator, rate: roundTo(numerator / denominator, 4) } : { numerator, denominator };
}

/** The finished figures of one scope. */
export function finishScope(kind: ScorecardScopeType, value: string, acc: ScopeAccumulator, rollout?: RolloutCoverage): ScopeAggregate {
  const count = acc.count;
  const empty = count === 0;
  const coverage = {} as Record<CoverageKey, CoverageRate>;
  const coverageCounts = acc.coverageCounts();
  COVERAGE_KEYS.forEach((key, i) => {
    coverage[key] = coverageRate(coverageCounts[i], count);
  });
  const dimensions: DimensionAggregate[] = SCORE_DIMENSIONS.map((key, i) =>
    empty ? { key } : { key, meanValue: roundTo(acc.valueSums[i] / count, 3), meanPointsLost: roundTo(acc.lostSums[i] / count, 2) }
  );
  const bands = {} as Record<ScoreBand, number>;
  SCORE_BANDS.forEach((band, i) => {
    bands[band] = acc.bandCounts[i];
  });
  const meanScore = empty ? undefined : roundTo(acc.scoreSum / count, 1);
  const scope: ScopeAggregate = { kind, value, count, bands, dimensions, coverage };
  // Optional figures are left out rather than set to undefined, so the JSON payload and a parsed copy are equal.
  return {
    ...scope,
    ...(meanScore !== undefined ? { meanScore, maturity: maturityLevel(meanScore, coverage.confirmedCustodian) } : {}),
    ...(rollout !== undefined ? { rollout } : {})
  };
}
