/**
 * Data governance maturity per scope (issue 18 part 2). A mission's level in an area is its latest completed run's
 * level there; a region's or the organisation's is the mean of its missions' latest levels (one decimal), with the
 * number of missions that gave a level and the "don't know" answers of those latest runs. "Don't know" is never a
 * level, and a mission whose latest run says "don't know" is not counted with an older level: the latest run is
 * the mission's current statement.
 *
 * Trend: the scope's state **as of each date one of its missions was assessed**, each mission at its latest run on
 * or before that date. For a mission that is simply its runs in date order; for a region or the organisation it is
 * what the scorecard would have shown the day after each run. "Previous" is the state as of the date before the
 * latest one, so the change reads "since the last assessment in this scope".
 */
import type { MaturityArea, MissionMaturityRun } from './runs';
import { targetFor, type MaturityTargets } from './targets';

/** A mission of the Missions list: its item id (what runs target), name and region. */
export interface MaturityMission {
  readonly id: number;
  readonly mission: string;
  readonly region: string;
}

/** The scope shown: the organisation, a region or a mission, by name (Missions list spelling). */
export interface MaturityScope {
  readonly kind: 'organisation' | 'region' | 'mission';
  readonly value?: string;
}

/** One area of a scope at one date. */
export interface AreaState {
  /** Mean of the counted missions' levels, one decimal; undefined when none gave a level. */
  readonly level: number | undefined;
  readonly missionsCounted: number;
  readonly dontKnow: number;
}

/** One area's row: the current state, the target and gap, the previous state and the change. */
export interface MaturityAreaFigures extends AreaState {
  readonly area: string;
  readonly target: number;
  /** Target minus level, one decimal (positive: below target); undefined without a level. */
  readonly gap: number | undefined;
  readonly previous: number | undefined;
  /** Level minus previous, one decimal; undefined unless both exist. */
  readonly change: number | undefined;
}

/** The scope's state as of one date. */
export interface MaturityPoint {
  readonly date: string;
  readonly areas: Readonly<Record<string, AreaState>>;
}

/** What the scorecard section shows for a scope. */
export interface MaturityView {
  readonly areas: readonly MaturityAreaFigures[];
  /** Missions of the scope with at least one completed run. */
  readonly missionsAssessed: number;
  /** Latest and previous assessment dates of the scope (ISO), when any. */
  readonly asOf: string | undefined;
  readonly previousAsOf: string | undefined;
  /** Oldest first. */
  readonly trend: readonly MaturityPoint[];
}

const round1 = (n: number): number => Math.round(n * 10) / 10;
const same = (a: string, b: string | undefined): boolean => a.trim().toLowerCase() === (b ?? '').trim().toLowerCase();

function inScope(mission: MaturityMission, scope: MaturityScope): boolean {
  if (scope.kind === 'region') return same(mission.region, scope.value);
  if (scope.kind === 'mission') return same(mission.mission, scope.value);
  return true;
}

/** Each mission's latest run on or before `date` (ties on a date: the later item). */
function latestRuns(runs: readonly MissionMaturityRun[], date: string): MissionMaturityRun[] {
  const latest = new Map<number, MissionMaturityRun>();
  for (const run of runs) {
    if (run.date > date) continue;
    const kept = latest.get(run.missionId);
    if (!kept || run.date > kept.date || (run.date === kept.date && run.id > kept.id)) latest.set(run.missionId, run);
  }
  return [...latest.values()];
}

function stateAsOf(runs: readonly MissionMaturityRun[], areas: readonly MaturityArea[], date: string): MaturityPoint {
  const latest = latestRuns(runs, date);
  const out: Record<string, AreaState> = {};
  for (const area of areas) {
    const levels = latest.map((r) => r.levels[area.id]).filter((l): l is number => l !== undefined);
    const dontKnow = latest.reduce((n, r) => n + (r.dontKnow[area.id] ?? 0), 0);
    const level = levels.length > 0 ? round1(levels.reduce((a, b) => a + b, 0) / levels.length) : undefined;
    out[area.id] = { level, missionsCounted: levels.length, dontKnow };
  }
  return { date, areas: out };
}

/** The maturity of `scope`: runs of missions outside it, or of missions not in the Missions list, are left out. */
export function maturityView(
  runs: readonly MissionMaturityRun[], missions: readonly MaturityMission[], areas: readonly MaturityArea[], targets: MaturityTargets, scope: MaturityScope
): MaturityView {
  const ids = new Set(missions.filter((m) => inScope(m, scope)).map((m) => m.id));
  const scoped = runs.filter((r) => ids.has(r.missionId));
  const dates = [...new Set(scoped.map((r) => r.date))].sort();
  const trend = dates.map((date) => stateAsOf(scoped, areas, date));
  const current = trend[trend.length - 1];
  const previous = trend.length > 1 ? trend[trend.length - 2] : undefined;
  const rows = areas.map((area): MaturityAreaFigures => {
    const now = current?.areas[area.id] ?? { level: undefined, missionsCounted: 0, dontKnow: 0 };
    const before = previous?.areas[area.id]?.level;
    const target = targetFor(targets, area.id);
    return {
      area: area.id,
      ...now,
      target,
      gap: now.level === undefined ? undefined : round1(target - now.level),
      previous: before,
      change: now.level === undefined || before === undefined ? undefined : round1(now.level - before)
    };
  });
  return {
    areas: rows,
    missionsAssessed: new Set(scoped.map((r) => r.missionId)).size,
    asOf: current?.date,
    previousAsOf: previous?.date,
    trend
  };
}
