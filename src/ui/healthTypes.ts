/**
 * The shapes the UI reads from the core scoring (`scoreAsset` in src/core/scoring). Declared structurally here so
 * components stay presentational: any object of this shape (a core result, a test fixture) can be shown.
 */

export type HealthBand = 'Healthy' | 'Needs attention' | 'At risk';

export const HEALTH_BANDS: readonly HealthBand[] = ['Healthy', 'Needs attention', 'At risk'];

/** One weighted dimension of the Data Health Score. */
export interface IScoreDimension {
  readonly key: string;
  readonly weight: number;
  /** Dimension value in [0, 1]. */
  readonly value: number;
  /** weight x value. */
  readonly points: number;
  /** Stable codes of what is missing (localised through `MissingHints`). */
  readonly missing: readonly string[];
}

/** A record's Data Health Score with its band and breakdown. */
export interface IAssetScore {
  readonly score: number;
  readonly band: HealthBand;
  readonly dimensions: readonly IScoreDimension[];
}

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
