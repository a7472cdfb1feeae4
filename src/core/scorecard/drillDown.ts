/**
 * Drill-down: the records behind a scorecard figure. Lazy by design: the aggregate stores no asset ids (that
 * would put up to 100,000 ids per kind into memory and into every snapshot payload); instead the UI calls this
 * when a user opens a figure, which scans the assets once and returns a bounded, worst-first page of ids.
 * It reads each asset through the same `assetFlags` / `ScopeValues` as the aggregation, so the list always
 * matches the figure.
 */
import type { ScorecardScopeType } from '../models/scorecardSnapshot';
import type { ScoreBand, ScoreDimensionKey, ScoreMissingCode } from '../scoring/types';
import { assetFlags, COVERAGE_FLAG, DIMENSION_COUNT, DIMENSION_INDEX, MissionIndex, ScopeValues } from './assetFacts';
import type { CoverageKey, MissionScopeReference, ScoredAssetInput } from './types';

/** Which figure of the scope to list. */
export type DrillFigure =
  | { readonly type: 'all' }
  | { readonly type: 'band'; readonly band: ScoreBand }
  /** `has: false` lists the assets lacking it (e.g. without a confirmed custodian). */
  | { readonly type: 'coverage'; readonly coverage: CoverageKey; readonly has: boolean }
  /** Assets losing points on the dimension, those losing most first. */
  | { readonly type: 'dimension'; readonly dimension: ScoreDimensionKey }
  /** Assets whose score reports the code (e.g. `overshared`), lowest score first. */
  | { readonly type: 'missing'; readonly code: ScoreMissingCode };

/** What to list. */
export interface DrillDownQuery {
  readonly kind: ScorecardScopeType;
  /** '' for the organisation (and for a kind's blank bucket). */
  readonly value: string;
  readonly figure: DrillFigure;
  /** The same reference list the aggregate was computed with (regions are resolved through it). */
  readonly missions: readonly MissionScopeReference[];
  /** Most ids returned; `DEFAULT_DRILL_DOWN_LIMIT` when omitted. */
  readonly limit?: number;
}

/** A page of the records behind a figure. */
export interface DrillDownResult {
  /** Asset ids, worst first: most points lost on the dimension (dimension figures), else lowest score; then id. */
  readonly ids: readonly number[];
  /** How many assets match in all; more than `ids.length` when the list was cut at the limit. */
  readonly total: number;
}

/** Enough for a panel; the inventory, opened filtered, is the place to page through more. */
export const DEFAULT_DRILL_DOWN_LIMIT = 200;

interface Match {
  readonly id: number;
  /** Sorted descending: points lost on the dimension, or minus the score. */
  readonly weight: number;
}

function hasMissing(dimensions: readonly { readonly missing: readonly ScoreMissingCode[] }[], code: ScoreMissingCode): boolean {
  for (let i = 0; i < dimensions.length; i++) {
    if (dimensions[i].missing.indexOf(code) >= 0) return true;
  }
  return false;
}

/** Lists the non-archived assets of one scope behind one figure. Pure; never mutates `assets`. */
export function drillDown(assets: Iterable<ScoredAssetInput>, query: DrillDownQuery): DrillDownResult {
  const index = new MissionIndex(query.missions);
  const limit = Math.max(0, Math.floor(query.limit ?? DEFAULT_DRILL_DOWN_LIMIT));
  const figure = query.figure;
  const values = new Float64Array(DIMENSION_COUNT);
  const lost = new Float64Array(DIMENSION_COUNT);
  const resolved = new ScopeValues();
  const matches: Match[] = [];
  for (const { asset, score } of assets) {
    if (asset.lifecycle === 'Archived' || resolved.resolve(asset, index).of(query.kind) !== query.value) {
      continue;
    }
    const flags = assetFlags(asset, score, values, lost);
    switch (figure.type) {
      case 'all':
        matches.push({ id: asset.id, weight: -score.score });
        break;
      case 'band':
        if (score.band === figure.band) {
          matches.push({ id: asset.id, weight: -score.score });
        }
        break;
      case 'coverage':
        if (((flags & COVERAGE_FLAG[figure.coverage]) !== 0) === figure.has) {
          matches.push({ id: asset.id, weight: -score.score });
        }
        break;
      case 'dimension': {
        const pointsLost = lost[DIMENSION_INDEX[figure.dimension]];
        // A hair above 0 so floating-point dust on a full dimension does not list a perfect asset.
        if (pointsLost > 1e-9) {
          matches.push({ id: asset.id, weight: pointsLost });
        }
        break;
      }
      case 'missing':
        if (hasMissing(score.dimensions, figure.code)) {
          matches.push({ id: asset.id, weight: -score.score });
        }
        break;
    }
  }
  matches.sort((a, b) => b.weight - a.weight || a.id - b.id);
  return { ids: matches.slice(0, limit).map((match) => match.id), total: matches.length };
}
