/**
 * The assets of one scope, resolved exactly as the aggregation resolves them (a reference mission places an asset
 * in the list's region), so figures computed on the subset match the scope's own figures.
 */
import type { ScorecardScopeType } from '../models/scorecardSnapshot';
import { MissionIndex, ScopeValues } from './assetFacts';
import type { MissionScopeReference, ScoredAssetInput } from './types';

/** The assets of scope `kind` = `value`; every asset for the organisation. Archived ones are kept (the aggregation skips them). */
export function assetsInScope<T extends ScoredAssetInput>(
  assets: readonly T[],
  kind: ScorecardScopeType,
  value: string,
  missions: readonly MissionScopeReference[]
): T[] {
  if (kind === 'organisation') {
    return assets.slice();
  }
  const index = new MissionIndex(missions);
  const resolved = new ScopeValues();
  return assets.filter((item) => resolved.resolve(item.asset, index).of(kind) === value);
}

/**
 * The ids of the assets of each `kind` value (resolved as {@link assetsInScope} does), archived ones left out as the
 * aggregation leaves them: the groups of a figure worked out beside the scorecard, such as measured data quality.
 */
export function assetIdsByScope(
  assets: readonly ScoredAssetInput[],
  kind: ScorecardScopeType,
  missions: readonly MissionScopeReference[]
): Map<string, number[]> {
  const index = new MissionIndex(missions);
  const resolved = new ScopeValues();
  const out = new Map<string, number[]>();
  for (const item of assets) {
    if (item.asset.lifecycle === 'Archived') continue;
    const value = kind === 'organisation' ? '' : resolved.resolve(item.asset, index).of(kind);
    const ids = out.get(value);
    if (ids) ids.push(item.asset.id);
    else out.set(value, [item.asset.id]);
  }
  return out;
}
