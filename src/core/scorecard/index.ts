/** Data Health Scorecard aggregation (DESIGN section 4): per-scope figures, rollout, drill-down and snapshots. */
export { aggregateScorecard, dimensionsByPointsLost, findScope } from './aggregate';
export { DEFAULT_DRILL_DOWN_LIMIT, drillDown } from './drillDown';
export type { DrillDownQuery, DrillDownResult, DrillFigure } from './drillDown';
export { MATURITY_LEVEL_NAMES, MATURITY_MIN_SCORES, maturityLevel, OPTIMISED_MIN_CONFIRMED_CUSTODIAN_SHARE } from './maturity';
export { assetIdsByScope, assetsInScope } from './scopeFilter';
export { compareScopes, TREND_FIGURES } from './trend';
export type { TrendFigure, TrendFigureKey } from './trend';
export { fromSnapshot, SCORECARD_PAYLOAD_VERSION, snapshotTitle, toSnapshot } from './snapshot';
export type { ScorecardSnapshotPayload, SnapshotParseResult } from './snapshot';
export { COVERAGE_KEYS } from './types';
export type {
  AggregateOptions,
  CoverageKey,
  CoverageRate,
  DimensionAggregate,
  MaturityLevel,
  MissionScopeReference,
  RolloutCoverage,
  ScopeAggregate,
  ScorecardAggregate,
  ScorecardAssetFields,
  ScoredAssetInput
} from './types';
