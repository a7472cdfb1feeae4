/**
 * What the scorecard reads from one scored asset, shared by the aggregation and the drill-down so a figure and the
 * records listed behind it can never disagree. Written to allocate nothing per asset: facts come back as bit flags
 * and dimension figures go into caller-owned scratch arrays, because this runs 100,000 times per aggregation.
 */
import type { ScorecardScopeType } from '../models/scorecardSnapshot';
import type { AssetScore, ScoreDimensionKey } from '../scoring/types';
import { SCORE_DIMENSIONS } from '../scoring/types';
import type { CoverageKey, MissionScopeReference, ScorecardAssetFields } from './types';

// Module-local constants for the hot path: compiled to CommonJS, a reference to an exported binding becomes a
// property load on `exports` per use, which measurably slowed the 100,000-asset loop (about 45 -> 28 ms).
const FLAG_CONFIRMED_CUSTODIAN = 1;
const FLAG_CLASSIFIED = 2;
const FLAG_UNDER_LABELLED = 4;
const FLAG_REVIEWED_IN_CYCLE = 8;
const FLAG_PERSONAL_DATA = 16; // the highest: the accumulator counts the 32 combinations of these five bits
const DIMENSIONS = SCORE_DIMENSIONS.length;

/** Bit of each coverage figure in the flags `assetFlags` returns. */
export const COVERAGE_FLAG: Readonly<Record<CoverageKey, number>> = {
  confirmedCustodian: FLAG_CONFIRMED_CUSTODIAN,
  classified: FLAG_CLASSIFIED,
  underLabelled: FLAG_UNDER_LABELLED,
  reviewedInCycle: FLAG_REVIEWED_IN_CYCLE,
  personalData: FLAG_PERSONAL_DATA
};

/** Position of each dimension in the scratch arrays (`SCORE_DIMENSIONS` order). */
export const DIMENSION_INDEX: Readonly<Record<ScoreDimensionKey, number>> = {
  ownership: 0,
  sensitivity: 1,
  location: 2,
  documentation: 3,
  freshness: 4
};

/** Number of dimensions, the length of the scratch arrays. */
export const DIMENSION_COUNT = DIMENSIONS;

/** What a score alone says, worked out once per distinct (shared, frozen) score rather than once per asset. */
interface ScoreFacts {
  readonly flags: number;
  readonly values: Float64Array;
  readonly lost: Float64Array;
}

// Scoring shares one frozen AssetScore between the assets that lose the same points (a few thousand of them for
// 100,000 assets), so the facts of each are computed once. Weak: a score no longer used goes with its facts.
const SCORE_FACTS = new WeakMap<AssetScore, ScoreFacts>();

/**
 * The score's coverage flags (classified, under-labelled, reviewed in cycle), its dimension values and its scaled
 * points lost. Classified and under-labelled come from the score's own missing codes, so the sensitivity taxonomy
 * in force when scoring decides (a declared level outside it counts as not classified, exactly as the score
 * treats it). Reviewed in cycle means freshness == 1. A dimension absent from the score counts as 0 with nothing
 * lost.
 */
function factsOf(score: AssetScore): ScoreFacts {
  const known = SCORE_FACTS.get(score);
  if (known !== undefined) return known;
  let flags = 0;
  let totalWeight = 0;
  const values = new Float64Array(DIMENSIONS);
  const lost = new Float64Array(DIMENSIONS);
  for (const dimension of score.dimensions) {
    let index: number;
    switch (dimension.key) {
      case 'ownership':
        index = 0;
        break;
      case 'sensitivity':
        index = 1;
        if (dimension.missing.indexOf('declaredSensitivity') < 0) flags |= FLAG_CLASSIFIED;
        if (dimension.missing.indexOf('underLabelled') >= 0) flags |= FLAG_UNDER_LABELLED;
        break;
      case 'location':
        index = 2;
        break;
      case 'documentation':
        index = 3;
        break;
      case 'freshness':
        index = 4;
        if (dimension.value === 1) flags |= FLAG_REVIEWED_IN_CYCLE;
        break;
      default:
        continue;
    }
    values[index] = dimension.value;
    // Unscaled here; scaled below once the total weight is known (weights that do not sum to 100 are scaled).
    lost[index] = dimension.weight * (1 - dimension.value);
    totalWeight += dimension.weight;
  }
  const scale = totalWeight > 0 ? 100 / totalWeight : 0;
  for (let i = 0; i < DIMENSIONS; i++) lost[i] *= scale;
  const facts: ScoreFacts = { flags, values, lost };
  SCORE_FACTS.set(score, facts);
  return facts;
}

/**
 * Coverage flags of one asset, and its dimension values and scaled points lost written into `values` / `lost`: the
 * score's facts (see `factsOf`) plus what only the record says (a confirmed custodian, personal data).
 */
export function assetFlags(asset: ScorecardAssetFields, score: AssetScore, values: Float64Array, lost: Float64Array): number {
  const facts = factsOf(score);
  let flags = facts.flags;
  const custodian = asset.custodian;
  // Same test as the ownership scorer's "custodian set": a SharePoint user id above 0.
  if (asset.ownershipStatus === 'Confirmed' && custodian !== undefined && custodian !== null && typeof custodian.id === 'number' && custodian.id > 0) {
    flags |= FLAG_CONFIRMED_CUSTODIAN;
  }
  if (asset.containsPersonalData === true) {
    flags |= FLAG_PERSONAL_DATA;
  }
  const factValues = facts.values;
  const factLost = facts.lost;
  for (let i = 0; i < DIMENSIONS; i++) {
    values[i] = factValues[i];
    lost[i] = factLost[i];
  }
  return flags;
}

/** Trimmed text, or '' for blank and non-string values (a blank field lands in its kind's blank bucket). */
export function cleanText(value: string | undefined): string {
  if (typeof value !== 'string' || value.length === 0) return '';
  // Visible ASCII at both ends: nothing to trim (the common case, checked without a call per asset and field).
  const first = value.charCodeAt(0);
  const last = value.charCodeAt(value.length - 1);
  return first > 0x20 && first < 0x7f && last > 0x20 && last < 0x7f ? value : value.trim();
}

/**
 * Reference missions and regions by exact name, with a case-insensitive fallback that runs only when the exact
 * lookup misses (so the common path allocates no lower-cased string).
 */
export class MissionIndex {
  /** Region names in reference order. */
  public readonly regions: readonly string[];
  /** Reference missions in reference order. */
  public readonly missions: readonly MissionScopeReference[];
  private readonly _byName: Map<string, MissionScopeReference> = new Map();
  private readonly _byLowerName: Map<string, MissionScopeReference> = new Map();
  private readonly _regionNames: Set<string> = new Set();
  private readonly _regionByLowerName: Map<string, string> = new Map();

  public constructor(missions: readonly MissionScopeReference[]) {
    const regions: string[] = [];
    const kept: MissionScopeReference[] = [];
    for (const row of missions) {
      const mission = cleanText(row.mission);
      const region = cleanText(row.region);
      // The first row wins on duplicates, so a mission is counted once in the rollout denominator.
      if (mission === '' || this._byName.has(mission)) {
        continue;
      }
      const entry: MissionScopeReference = { mission, region };
      kept.push(entry);
      this._byName.set(mission, entry);
      this._byLowerName.set(mission.toLowerCase(), entry);
      if (region !== '' && !this._regionByLowerName.has(region.toLowerCase())) {
        this._regionByLowerName.set(region.toLowerCase(), region);
        this._regionNames.add(region);
        regions.push(region);
      }
    }
    this.regions = regions;
    this.missions = kept;
  }

  /** The reference mission for a cleaned name, or undefined when it is not in the list. */
  public mission(name: string): MissionScopeReference | undefined {
    if (name === '') {
      return undefined;
    }
    return this._byName.get(name) ?? this._byLowerName.get(name.toLowerCase());
  }

  /** The reference spelling of a cleaned region name, or the name itself when the list does not hold it. */
  public region(name: string): string {
    if (name === '' || this._regionNames.has(name)) {
      return name;
    }
    return this._regionByLowerName.get(name.toLowerCase()) ?? name;
  }
}

/** An asset's scope values, resolved once per asset into an object the caller reuses (no allocation per asset). */
export class ScopeValues {
  public region: string = '';
  public mission: string = '';
  public department: string = '';
  public domain: string = '';
  /** The reference mission, when the asset's mission is in the list. */
  public knownMission: MissionScopeReference | undefined = undefined;
  /** The record's own region (reference spelling when it matches), before any mission-based correction. */
  public recordRegion: string = '';

  /**
   * Resolves `asset`. A mission of the reference list is spelled as the list spells it and places the asset in the
   * list's region, whatever the record's Region column says (the reference list is the one source of truth for
   * where a mission sits, so region figures and region rollout always agree). Otherwise the record's own values are
   * used; blank gives '' (the kind's blank bucket).
   */
  public resolve(asset: ScorecardAssetFields, index: MissionIndex): this {
    const missionName = cleanText(asset.mission);
    const known = index.mission(missionName);
    this.knownMission = known;
    this.recordRegion = index.region(cleanText(asset.region));
    this.mission = known !== undefined ? known.mission : missionName;
    this.region = known !== undefined ? known.region : this.recordRegion;
    this.department = cleanText(asset.department);
    this.domain = cleanText(asset.domain);
    return this;
  }

  /** The resolved value for one kind ('' for the organisation). */
  public of(kind: ScorecardScopeType): string {
    switch (kind) {
      case 'organisation':
        return '';
      case 'region':
        return this.region;
      case 'mission':
        return this.mission;
      case 'department':
        return this.department;
      case 'domain':
        return this.domain;
    }
  }
}
