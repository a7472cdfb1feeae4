/**
 * Rollout coverage: missions with at least one (non-archived) asset against the Missions reference list, for the
 * organisation and per region. Mission names absent from the list are reported, never silently dropped.
 */
import type { ScorecardScopeType } from '../models/scorecardSnapshot';
import { roundTo } from '../scoring/scoreAsset';
import type { MissionIndex, ScopeValues } from './assetFacts';
import type { RolloutCoverage } from './types';

/** Collects, during the aggregation's single pass, which missions have assets. */
export class RolloutTracker {
  public readonly index: MissionIndex;
  /** Reference mission names with at least one asset. */
  public readonly onboarded: Set<string> = new Set();
  /** Unknown mission names per region (the record's region, reference spelling when it matches; '' when blank). */
  public readonly unknownByRegion: Map<string, Set<string>> = new Map();

  public constructor(index: MissionIndex) {
    this.index = index;
  }

  /** Records one resolved asset: onboards its reference mission, or notes an unknown one under the record's region. */
  public add(values: ScopeValues): void {
    if (values.knownMission !== undefined) {
      this.onboarded.add(values.knownMission.mission);
      return;
    }
    if (values.mission === '') {
      return;
    }
    let names = this.unknownByRegion.get(values.recordRegion);
    if (names === undefined) {
      names = new Set();
      this.unknownByRegion.set(values.recordRegion, names);
    }
    names.add(values.mission);
  }
}

/** Rollout coverage of the organisation (value '') or of one region. */
export function rolloutOf(tracker: RolloutTracker, kind: Extract<ScorecardScopeType, 'organisation' | 'region'>, value: string): RolloutCoverage {
  const inScope = tracker.index.missions.filter((row) => kind === 'organisation' || row.region === value);
  const notOnboarded = inScope.filter((row) => !tracker.onboarded.has(row.mission)).map((row) => row.mission);
  const unknown = new Set<string>();
  tracker.unknownByRegion.forEach((names, region) => {
    if (kind === 'organisation' || region === value) {
      names.forEach((name) => unknown.add(name));
    }
  });
  const total = inScope.length;
  const onboarded = total - notOnboarded.length;
  return {
    onboarded,
    total,
    ...(total > 0 ? { rate: roundTo(onboarded / total, 4) } : {}),
    notOnboarded,
    unknownMissions: Array.from(unknown).sort((a, b) => a.localeCompare(b, 'en'))
  };
}
