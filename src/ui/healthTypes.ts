/**
 * The UI's names for core's Data Health Score shapes (src/core/scoring): one definition, read by presentational
 * components and test fixtures alike.
 */
import type { AssetScore, ScoreBand, ScoreDimension } from '../core/scoring';
import { SCORE_BANDS } from '../core/scoring';

export type HealthBand = ScoreBand;
export type IScoreDimension = ScoreDimension;
export type IAssetScore = AssetScore;

export const HEALTH_BANDS: readonly HealthBand[] = SCORE_BANDS;

/** The localised name of a band. */
export function bandText(band: HealthBand, strings: IGovernanceSuiteStrings): string {
  switch (band) {
    case 'Healthy':
      return strings.BandHealthy;
    case 'Needs attention':
      return strings.BandNeedsAttention;
    default:
      return strings.BandAtRisk;
  }
}
