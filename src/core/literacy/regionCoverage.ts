/**
 * The scorecard's AI literacy figures (issue 19 part 4): per region and per mission, the AI systems used there, how
 * many have a current measure, how many have a gap, and the share of their known users covered. Pure: the scorecard's
 * source reads the systems, their missions and each system's coverage (`literacyCoverage`), this adds them up.
 *
 * Where a system counts: in every region (and mission) of the missions it lists (AISystems.Missions ->
 * Missions.Region). A system that lists no mission, or only missions missing from the reference list, is used across
 * the organisation: it counts in the "organisation-wide" row (region ''). The organisation total counts each system
 * once, so it is not the sum of the rows when a system is used in several regions.
 *
 * Users: usage monitoring counts users per department, not per mission, so a system used in two regions brings all its
 * known users to each region's row (the total counts them once). A system's users are its coverage's denominator:
 * usage users, else its measures' named people; a system with neither ("no users known") adds no users.
 */
import type { LiteracyCoverage } from './rules';

/** Where a system is used: one of its missions with that mission's region. */
export interface LiteracyPlace {
  readonly region: string;
  readonly mission: string;
}

/** One AI system as the figures need it. */
export interface LiteracyRegionSystem {
  readonly id: number;
  /** Its missions with their regions; empty when it lists none (organisation-wide). */
  readonly places: readonly LiteracyPlace[];
  readonly coverage: LiteracyCoverage;
  /** Ids of every measure covering it, current or not (to tell "no measure recorded at all"). */
  readonly measureIds: readonly number[];
}

/** One row: a region (mission absent), a mission of a region, or the organisation total (region and mission absent). */
export interface LiteracyScopeFigures {
  /** '' for systems used organisation-wide (no mission); absent on the organisation total. */
  readonly region?: string;
  readonly mission?: string;
  /** AI systems used in the scope. */
  readonly systems: number;
  /** Of them, with at least one measure that counts now. */
  readonly withCurrentMeasure: number;
  /** Of them, with a gap (no measure, lapsed, delivered before a reclassification, users or people not covered). */
  readonly withGap: number;
  /** Of them, with nobody known to use them (no usage rows, no named people). */
  readonly noUsersKnown: number;
  /** Known users of the scope's systems (usage users, or named people). */
  readonly users: number;
  /** Of them, covered by a current measure. */
  readonly coveredUsers: number;
  /** coveredUsers / users in [0, 1]; undefined when no user is known. */
  readonly coverage?: number;
}

export interface LiteracyRegionFigures {
  /** Per region by name, the organisation-wide row ('') last when any system has no mission. */
  readonly regions: readonly LiteracyScopeFigures[];
  /** Per mission (with its region), by region then mission. */
  readonly missions: readonly LiteracyScopeFigures[];
  /** Every system once. */
  readonly total: LiteracyScopeFigures;
  /** Distinct measures recorded for the systems (0: nothing recorded yet). */
  readonly measures: number;
}

interface Tally {
  systems: number;
  withCurrentMeasure: number;
  withGap: number;
  noUsersKnown: number;
  users: number;
  coveredUsers: number;
}

const empty = (): Tally => ({ systems: 0, withCurrentMeasure: 0, withGap: 0, noUsersKnown: 0, users: 0, coveredUsers: 0 });

function add(tally: Tally, coverage: LiteracyCoverage): void {
  tally.systems += 1;
  if (coverage.current.length > 0) tally.withCurrentMeasure += 1;
  if (coverage.gaps.length > 0) tally.withGap += 1;
  if (coverage.basis === 'none' || coverage.total <= 0) tally.noUsersKnown += 1;
  else {
    tally.users += coverage.total;
    tally.coveredUsers += Math.min(coverage.covered, coverage.total);
  }
}

function finish(tally: Tally, scope: { region?: string; mission?: string }): LiteracyScopeFigures {
  return { ...scope, ...tally, coverage: tally.users > 0 ? tally.coveredUsers / tally.users : undefined };
}

const byName = (a: string, b: string): number => a.localeCompare(b);

/** Adds up the systems' literacy coverage per region, per mission and for the organisation. */
export function literacyRegionCoverage(systems: readonly LiteracyRegionSystem[]): LiteracyRegionFigures {
  const regions = new Map<string, Tally>();
  const missions = new Map<string, { region: string; mission: string; tally: Tally }>();
  const total = empty();
  const measures = new Set<number>();
  for (const system of systems) {
    system.measureIds.forEach((id) => measures.add(id));
    add(total, system.coverage);
    const places = system.places.filter((p) => p.region.trim() !== '');
    // Each region and mission once per system, whatever the number of its missions there.
    const regionNames = places.length === 0 ? [''] : [...new Set(places.map((p) => p.region.trim()))];
    for (const region of regionNames) {
      const tally = regions.get(region) ?? empty();
      add(tally, system.coverage);
      regions.set(region, tally);
    }
    const seen = new Set<string>();
    for (const place of places) {
      const key = `${place.region.trim()}\u0000${place.mission.trim()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const row = missions.get(key) ?? { region: place.region.trim(), mission: place.mission.trim(), tally: empty() };
      add(row.tally, system.coverage);
      missions.set(key, row);
    }
  }
  const regionRows = [...regions.entries()]
    // The organisation-wide row ('') last.
    .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : byName(a, b)))
    .map(([region, tally]) => finish(tally, { region }));
  const missionRows = [...missions.values()]
    .sort((a, b) => byName(a.region, b.region) || byName(a.mission, b.mission))
    .map((row) => finish(row.tally, { region: row.region, mission: row.mission }));
  return { regions: regionRows, missions: missionRows, total: finish(total, {}), measures: measures.size };
}
