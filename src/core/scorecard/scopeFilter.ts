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
