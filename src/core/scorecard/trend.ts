/** Comparing a scope's current figures with a past snapshot of the same scope (the trend's "then and now"). */
import { roundTo } from '../scoring/scoreAsset';
import type { CoverageRate, ScopeAggregate } from './types';

/** The figures compared, in display order. */
export const TREND_FIGURES = ['score', 'count', 'confirmedCustodian', 'classified', 'underLabelled', 'reviewedInCycle', 'maturity', 'rollout'] as const;
export type TrendFigureKey = (typeof TREND_FIGURES)[number];

/** One figure then and now. Percentages are 0-100 with one decimal; absent when the scope had no rate. */
export interface TrendFigure {
  readonly key: TrendFigureKey;
  readonly past?: number;
  readonly current?: number;
  /** current - past (one decimal); absent when either side is. */
  readonly change?: number;
  /** Whether a rise is good news (false for under-labelled), so the UI can say "better" or "worse". */
  readonly higherIsBetter: boolean;
}

function pct(rate: CoverageRate): number | undefined {
  return rate.rate === undefined ? undefined : roundTo(rate.rate * 100, 1);
}

function figureOf(scope: ScopeAggregate, key: TrendFigureKey): number | undefined {
  switch (key) {
    case 'score':
      return scope.meanScore;
    case 'count':
      return scope.count;
    case 'maturity':
      return scope.maturity;
    case 'rollout':
      return scope.rollout?.rate === undefined ? undefined : roundTo(scope.rollout.rate * 100, 1);
    default:
      return pct(scope.coverage[key]);
  }
}

/**
 * Every figure of `current` next to `past`. Rollout appears only when both carry it (organisation and regions).
 * The scopes should be the same kind and value; that is the caller's choice, not checked here.
 */
export function compareScopes(current: ScopeAggregate, past: ScopeAggregate): TrendFigure[] {
  return TREND_FIGURES.filter((key) => key !== 'rollout' || (current.rollout !== undefined && past.rollout !== undefined)).map((key) => {
    const now = figureOf(current, key);
    const then = figureOf(past, key);
    const figure: TrendFigure = { key, higherIsBetter: key !== 'underLabelled' };
    return {
      ...figure,
      ...(then !== undefined ? { past: then } : {}),
      ...(now !== undefined ? { current: now } : {}),
      ...(now !== undefined && then !== undefined ? { change: roundTo(now - then, 1) } : {})
    };
  });
}
