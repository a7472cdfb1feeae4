/**
 * The Data Health Scorecard aggregation (DESIGN section 4): every figure of every requested scope from ONE pass
 * over the scored assets. Each asset is read once and added to one accumulator per requested kind, found in a map
 * keyed by the plain scope value (one map per kind), so no "kind:value" key string is built per asset and no scope
 * re-scans or filters the assets.
 */
import type { ScorecardScopeType } from '../models/scorecardSnapshot';
import { SCORECARD_SCOPE_TYPES } from '../models/scorecardSnapshot';
import { bandOf } from '../scoring/scoreAsset';
import { BAND_INDEX, finishScope, ScopeAccumulator } from './accumulator';
import { assetFlags, DIMENSION_COUNT, MissionIndex, ScopeValues } from './assetFacts';
import { rolloutOf, RolloutTracker } from './rollout';
import type { AggregateOptions, ScopeAggregate, ScoredAssetInput, ScorecardAggregate } from './types';

/** The requested kinds in `SCORECARD_SCOPE_TYPES` order, duplicates and unknown kinds dropped; all by default. */
function requestedKinds(scopes: readonly ScorecardScopeType[] | undefined): ScorecardScopeType[] {
  return scopes === undefined ? [...SCORECARD_SCOPE_TYPES] : SCORECARD_SCOPE_TYPES.filter((kind) => scopes.indexOf(kind) >= 0);
}

/**
 * Scope values of a kind in display order: the listed ones first in their given order (reference regions and
 * missions, present even without assets), then the others sorted, then the blank bucket.
 */
function orderedValues(table: Map<string, ScopeAccumulator>, listed: readonly string[]): string[] {
  const listedSet = new Set(listed);
  const others = Array.from(table.keys())
    .filter((value) => value !== '' && !listedSet.has(value))
    .sort((a, b) => a.localeCompare(b, 'en'));
  return [...listed, ...others, ...(table.has('') && !listedSet.has('') ? [''] : [])];
}

/**
 * Aggregates scored assets per scope. Archived assets (lifecycle 'Archived') are left out of every figure,
 * including rollout (a mission with only archived assets is not onboarded), and counted in `archivedExcluded`.
 * `assets` may be any iterable (e.g. a generator that scores as it goes) and is iterated exactly once.
 * Reference regions and missions always appear, with `count` 0 and no score when they have no assets.
 */
export function aggregateScorecard(assets: Iterable<ScoredAssetInput>, options: AggregateOptions): ScorecardAggregate {
  const kinds = requestedKinds(options.scopes);
  const index = new MissionIndex(options.missions);
  const tables: Map<string, ScopeAccumulator>[] = kinds.map(() => new Map());
  const listed: Record<ScorecardScopeType, readonly string[]> = {
    organisation: [''],
    region: index.regions,
    mission: index.missions.map((row) => row.mission),
    department: [],
    domain: []
  };
  kinds.forEach((kind, k) => listed[kind].forEach((value) => tables[k].set(value, new ScopeAccumulator())));

  const rollout = new RolloutTracker(index);
  // Scratch arrays reused for every asset: the loop below allocates only when it meets a new scope value.
  const values = new Float64Array(DIMENSION_COUNT);
  const lost = new Float64Array(DIMENSION_COUNT);
  const resolved = new ScopeValues();
  const bandIndexOf = BAND_INDEX; // a local alias: read per asset
  let archivedExcluded = 0;
  // Every asset falls in exactly one region bucket (blank included), so the organisation is their sum: when both are
  // asked for, the organisation is added up from the regions after the pass rather than once per asset.
  const regionKind = kinds.indexOf('region');
  const orgFromRegions = regionKind >= 0 ? kinds.indexOf('organisation') : -1;

  for (const item of assets) {
    const asset = item.asset;
    if (asset.lifecycle === 'Archived') {
      archivedExcluded++;
      continue;
    }
    const score = item.score;
    const flags = assetFlags(asset, score, values, lost);
    const bandIndex = bandIndexOf[score.band] ?? bandIndexOf[bandOf(score.score)];
    resolved.resolve(asset, index);
    rollout.add(resolved);
    for (let k = 0; k < kinds.length; k++) {
      if (k === orgFromRegions) continue;
      const value = resolved.of(kinds[k]);
      const table = tables[k];
      let acc = table.get(value);
      if (acc === undefined) {
        acc = new ScopeAccumulator();
        table.set(value, acc);
      }
      acc.add(score.score, bandIndex, flags, values, lost);
    }
  }

  if (orgFromRegions >= 0) {
    const organisation = tables[orgFromRegions].get('') as ScopeAccumulator;
    tables[regionKind].forEach((region) => organisation.merge(region));
  }

  const scopes: ScopeAggregate[] = [];
  kinds.forEach((kind, k) => {
    const table = tables[k];
    for (const value of orderedValues(table, listed[kind])) {
      const acc = table.get(value) as ScopeAccumulator;
      const coverage = kind === 'organisation' || kind === 'region' ? rolloutOf(rollout, kind, value) : undefined;
      scopes.push(finishScope(kind, value, acc, coverage));
    }
  });
  return { computedAt: options.now.toISOString(), archivedExcluded, scopes };
}

/** The scope of `kind` and `value` ('' or omitted for the organisation), or undefined when not aggregated. */
export function findScope(aggregate: ScorecardAggregate, kind: ScorecardScopeType, value: string = ''): ScopeAggregate | undefined {
  return aggregate.scopes.find((scope) => scope.kind === kind && scope.value === value);
}

/**
 * The scope's dimensions, the one losing the most points first: "which dimension pulls the score down". Ties keep
 * the `SCORE_DIMENSIONS` order; an empty scope keeps that order too.
 */
export function dimensionsByPointsLost(scope: ScopeAggregate): ScopeAggregate['dimensions'] {
  return [...scope.dimensions].sort((a, b) => (b.meanPointsLost ?? 0) - (a.meanPointsLost ?? 0));
}
