import * as React from 'react';
import { aggregateScorecard, assetsInScope, findScope } from '../../../core/scorecard';
import type { MissionScopeReference, ScopeAggregate, ScorecardAggregate } from '../../../core/scorecard';
import type { ScorecardScope } from '../../../ui/scorecard/scorecardTypes';
import type { ScorecardRecord } from '../services/IScorecardService';
import type { GroupKind, ScorecardGrouping } from './grouping';
import { groupKindFor, groupRows } from './grouping';

/** Everything the scorecard shows, computed from the loaded records. */
export interface ScorecardFigures {
  /** Every scope of every kind over all records: what a snapshot stores. */
  readonly all: ScorecardAggregate;
  /** The shown scope, or undefined when its name matches nothing. */
  readonly shown: ScopeAggregate | undefined;
  /** The records of the shown scope (drill-downs list from these). */
  readonly scoped: readonly ScorecardRecord[];
  readonly groupKind: GroupKind;
  /** The shown scope's rows of the chosen grouping. */
  readonly rows: readonly ScopeAggregate[];
  /** Regions for rollout (organisation only). */
  readonly regions: readonly ScopeAggregate[];
}

/**
 * One aggregation over all records (every scope, in one pass) and, below the organisation, one over the shown
 * scope's records for its grouping (so "a region by department" counts that region's departments only).
 */
export function useScorecardFigures(
  records: readonly ScorecardRecord[],
  missions: readonly MissionScopeReference[],
  scope: ScorecardScope,
  grouping: ScorecardGrouping,
  now: Date
): ScorecardFigures {
  const value = scope.kind === 'organisation' ? '' : scope.value ?? '';
  const all = React.useMemo(() => aggregateScorecard(records, { missions, now }), [records, missions, now]);
  const scoped = React.useMemo(() => assetsInScope(records, scope.kind, value, missions), [records, scope.kind, value, missions]);
  const groupKind = groupKindFor(scope, grouping);
  const scopedAggregate = React.useMemo(
    () => (scope.kind === 'organisation' ? all : aggregateScorecard(scoped, { missions, now, scopes: [groupKind] })),
    [all, scoped, scope.kind, groupKind, missions, now]
  );
  return {
    all,
    shown: findScope(all, scope.kind, value),
    scoped,
    groupKind,
    rows: groupRows(scopedAggregate.scopes, scope, groupKind, missions),
    regions: scope.kind === 'organisation' ? all.scopes.filter((s) => s.kind === 'region') : []
  };
}
