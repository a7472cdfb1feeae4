/** Which scopes the scorecard's table and bar chart list under the shown scope (pure). */
import { assetIdsByScope } from '../../../core/scorecard';
import type { MissionScopeReference, ScopeAggregate, ScoredAssetInput } from '../../../core/scorecard';
import type { QualityGroup } from '../../../core/quality/latest';
import type { ScorecardScope } from '../../../ui/scorecard/scorecardTypes';

/** Grouping choices; 'auto' is the next level down (regions of the organisation, missions of a region). */
export const SCORECARD_GROUPINGS = ['auto', 'region', 'mission', 'department', 'domain'] as const;
export type ScorecardGrouping = (typeof SCORECARD_GROUPINGS)[number];
export type GroupKind = Exclude<ScorecardGrouping, 'auto'>;

/** The scope kind 'auto' stands for under `scope`. */
export function groupKindFor(scope: ScorecardScope, grouping: ScorecardGrouping): GroupKind {
  if (grouping !== 'auto') {
    return grouping;
  }
  return scope.kind === 'organisation' ? 'region' : scope.kind === 'region' ? 'mission' : 'department';
}

/**
 * The rows of `kind` from an aggregate computed over the shown scope's assets only. Reference regions and
 * missions appear in an aggregate even without assets: under the organisation all are kept (they show who has
 * not started), under a region only its own missions, elsewhere only those with assets.
 */
export function groupRows(
  scopedScopes: readonly ScopeAggregate[],
  scope: ScorecardScope,
  kind: GroupKind,
  missions: readonly MissionScopeReference[]
): ScopeAggregate[] {
  const rows = scopedScopes.filter((s) => s.kind === kind);
  if (scope.kind === 'organisation') {
    return rows;
  }
  if (scope.kind === 'region' && kind === 'mission') {
    const inRegion = new Set(missions.filter((m) => m.region === scope.value).map((m) => m.mission));
    return rows.filter((row) => inRegion.has(row.value) || row.count > 0);
  }
  return rows.filter((row) => row.count > 0 || row.value === scope.value);
}

/**
 * The records of each listed group (in the rows' order), for figures worked out beside the aggregation: a group with
 * no records keeps an empty list, so every row of the scorecard's table has its counterpart.
 */
export function recordsByGroup(
  scoped: readonly ScoredAssetInput[],
  kind: GroupKind,
  rows: readonly ScopeAggregate[],
  missions: readonly MissionScopeReference[]
): QualityGroup[] {
  const byValue = assetIdsByScope(scoped, kind, missions);
  return rows.map((row) => ({ value: row.value, assetIds: byValue.get(row.value) ?? [] }));
}
