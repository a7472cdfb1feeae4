/** Shapes shared by the scorecard's presentational components (no React). */
import type { DrillFigure } from '../../core/scorecard';
import { formatPercent as formatSharePercent } from '../format';
import type { ScorecardScopeType } from '../../core/models/scorecardSnapshot';

/** Headline tiles, in display order. */
export const SCORECARD_TILE_KEYS = ['score', 'maturity', 'assets', 'confirmedCustodian', 'classified', 'underLabelled', 'rollout'] as const;
export type ScorecardTileKey = (typeof SCORECARD_TILE_KEYS)[number];

/** The scope a scorecard shows: the whole organisation, one region or one mission. */
export interface ScorecardScope {
  readonly kind: 'organisation' | 'region' | 'mission';
  /** The region or mission name (Missions list spelling); ignored for the organisation. */
  readonly value?: string;
}

/** A figure a user opened: which scope, which figure, and the heading of the panel. */
export interface DrillRequest {
  readonly kind: ScorecardScopeType;
  readonly value: string;
  readonly figure: DrillFigure;
  readonly label: string;
}

/** A share 0-1 as a percentage with at most one decimal in the UI culture ("66.7%", "66,7 %"); `fallback` when there is no rate. */
export function formatPercent(rate: number | undefined, fallback: string): string {
  return rate === undefined ? fallback : formatSharePercent(rate, 1);
}
