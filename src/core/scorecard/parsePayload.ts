/**
 * Strict reader of a snapshot payload. A payload comes back from a SharePoint Note field anyone with edit rights
 * can change, and from older versions of the suite, so every field is checked and a clean object is rebuilt
 * (unknown properties dropped) rather than trusting a cast.
 */
import { SCORECARD_SCOPE_TYPES } from '../models/scorecardSnapshot';
import type { ScoreBand } from '../scoring/types';
import { SCORE_BANDS, SCORE_DIMENSIONS } from '../scoring/types';
import type { CoverageKey, CoverageRate, DimensionAggregate, MaturityLevel, RolloutCoverage, ScopeAggregate } from './types';
import { COVERAGE_KEYS } from './types';

/** Raised inside the reader only; `fromSnapshot` turns it into an error result. */
export class PayloadError extends Error {
  public constructor(path: string, problem: string) {
    super(`${path}: ${problem}`);
    this.name = 'PayloadError';
    Object.setPrototypeOf(this, PayloadError.prototype);
  }
}

type Json = Readonly<Record<string, unknown>>;

export function object(value: unknown, path: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new PayloadError(path, 'expected an object');
  }
  return value as Json;
}

export function text(value: unknown, path: string): string {
  if (typeof value !== 'string') {
    throw new PayloadError(path, 'expected a string');
  }
  return value;
}

function num(value: unknown, path: string, min: number, max: number, integer: boolean = false): number {
  if (typeof value !== 'number' || !isFinite(value) || value < min || value > max || (integer && Math.floor(value) !== value)) {
    throw new PayloadError(path, `expected ${integer ? 'an integer' : 'a number'} from ${min} to ${max}`);
  }
  return value;
}

function count(value: unknown, path: string): number {
  return num(value, path, 0, Number.MAX_SAFE_INTEGER, true);
}

/** Reads an optional number; absent (or null, which JSON may hold for a dropped value) gives undefined. */
function optionalNum(value: unknown, path: string, min: number, max: number, integer: boolean = false): number | undefined {
  return value === undefined || value === null ? undefined : num(value, path, min, max, integer);
}

function texts(value: unknown, path: string): string[] {
  if (!Array.isArray(value)) {
    throw new PayloadError(path, 'expected an array of strings');
  }
  return value.map((item, i) => text(item, `${path}[${i}]`));
}

function coverageRate(value: unknown, path: string): CoverageRate {
  const raw = object(value, path);
  const numerator = count(raw.numerator, `${path}.numerator`);
  const denominator = count(raw.denominator, `${path}.denominator`);
  if (numerator > denominator) {
    throw new PayloadError(path, 'numerator above denominator');
  }
  const rate = optionalNum(raw.rate, `${path}.rate`, 0, 1);
  return rate === undefined ? { numerator, denominator } : { numerator, denominator, rate };
}

function dimensions(value: unknown, path: string): DimensionAggregate[] {
  if (!Array.isArray(value) || value.length !== SCORE_DIMENSIONS.length) {
    throw new PayloadError(path, `expected an array of ${SCORE_DIMENSIONS.length} dimensions`);
  }
  return SCORE_DIMENSIONS.map((key, i) => {
    const raw = object(value[i], `${path}[${i}]`);
    if (raw.key !== key) {
      throw new PayloadError(`${path}[${i}].key`, `expected "${key}"`);
    }
    const meanValue = optionalNum(raw.meanValue, `${path}[${i}].meanValue`, 0, 1);
    const meanPointsLost = optionalNum(raw.meanPointsLost, `${path}[${i}].meanPointsLost`, 0, 100);
    return { key, ...(meanValue !== undefined ? { meanValue } : {}), ...(meanPointsLost !== undefined ? { meanPointsLost } : {}) };
  });
}

function rollout(value: unknown, path: string): RolloutCoverage {
  const raw = object(value, path);
  const onboarded = count(raw.onboarded, `${path}.onboarded`);
  const total = count(raw.total, `${path}.total`);
  if (onboarded > total) {
    throw new PayloadError(path, 'more missions onboarded than in total');
  }
  const rate = optionalNum(raw.rate, `${path}.rate`, 0, 1);
  const notOnboarded = texts(raw.notOnboarded, `${path}.notOnboarded`);
  const unknownMissions = texts(raw.unknownMissions, `${path}.unknownMissions`);
  return { onboarded, total, ...(rate !== undefined ? { rate } : {}), notOnboarded, unknownMissions };
}

/** Reads and checks one scope's figures, including that the bands add up to the count and that only a non-empty scope has a score. */
export function readScope(value: unknown, path: string): ScopeAggregate {
  const raw = object(value, path);
  const kind = SCORECARD_SCOPE_TYPES.find((candidate) => candidate === raw.kind);
  if (kind === undefined) {
    throw new PayloadError(`${path}.kind`, `expected one of ${SCORECARD_SCOPE_TYPES.join(', ')}`);
  }
  const scopeValue = text(raw.value, `${path}.value`);
  const total = count(raw.count, `${path}.count`);
  const rawBands = object(raw.bands, `${path}.bands`);
  const bands = {} as Record<ScoreBand, number>;
  let bandTotal = 0;
  for (const band of SCORE_BANDS) {
    bands[band] = count(rawBands[band], `${path}.bands.${band}`);
    bandTotal += bands[band];
  }
  if (bandTotal !== total) {
    throw new PayloadError(`${path}.bands`, `band counts add up to ${bandTotal}, not the count ${total}`);
  }
  const rawCoverage = object(raw.coverage, `${path}.coverage`);
  const coverage = {} as Record<CoverageKey, CoverageRate>;
  for (const key of COVERAGE_KEYS) {
    coverage[key] = coverageRate(rawCoverage[key], `${path}.coverage.${key}`);
  }
  const meanScore = optionalNum(raw.meanScore, `${path}.meanScore`, 0, 100);
  const maturity = optionalNum(raw.maturity, `${path}.maturity`, 1, 5, true) as MaturityLevel | undefined;
  if ((meanScore === undefined) !== (total === 0) || (maturity === undefined) !== (total === 0)) {
    throw new PayloadError(path, 'a scope has a mean score and maturity exactly when it has assets');
  }
  const scope: ScopeAggregate = { kind, value: scopeValue, count: total, bands, dimensions: dimensions(raw.dimensions, `${path}.dimensions`), coverage };
  return {
    ...scope,
    ...(meanScore !== undefined ? { meanScore, maturity } : {}),
    ...(raw.rollout !== undefined && raw.rollout !== null ? { rollout: rollout(raw.rollout, `${path}.rollout`) } : {})
  };
}
