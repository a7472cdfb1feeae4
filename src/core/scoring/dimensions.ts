/**
 * The five dimension scorers of the Data Health Score (DESIGN section 4). Each returns its value in [0, 1] and the
 * codes of what it is missing, so the UI can say what to fix rather than show a bare number.
 */
import type { PersonRef } from '../models/common';
import type { DataAsset } from '../models/dataAsset';
import { DEFAULT_SENSITIVITY_LEVELS } from '../models/dataAsset';
import { daysInMonth, parseIsoDate } from '../validation/isoDate';
import { isSafeHttpUrl } from '../validation/url';
import type { ScoreContext } from './types';
import { MISSING_BIT, resultOf, type DimensionResult } from './resultKeys';

export type { DimensionResult } from './resultKeys';

/** Review cycle used when an asset's own is missing or not a positive number (the DataAssets default). */
export const DEFAULT_REVIEW_CYCLE_MONTHS = 12;

// Each scorer below returns its result as one number (see resultKeys.ts): the value in 40ths and the missing codes
// as bits. Scoring 100,000 assets then builds no arrays or objects; `resultOf` gives the shared, frozen result.

function filled(value: string | undefined): boolean {
  if (typeof value !== 'string' || value.length === 0) return false;
  // A visible ASCII first character settles it without trimming (trim scans, and copies when it cuts).
  const first = value.charCodeAt(0);
  return (first > 0x20 && first < 0x7f) || value.trim().length > 0;
}

function personSet(person: PersonRef | undefined): boolean {
  return person !== undefined && person !== null && typeof person.id === 'number' && person.id > 0;
}

/** Result key of the ownership dimension (see `scoreOwnership`). */
export function ownershipKey(asset: DataAsset, context: ScoreContext): number {
  let missing = 0;
  let value = 0;
  if (personSet(asset.owner)) value += 12;
  else missing |= MISSING_BIT.owner;
  const hasCustodian = personSet(asset.custodian);
  if (hasCustodian) value += 12;
  else missing |= MISSING_BIT.custodian;
  if (hasCustodian && context.custodianApprovalValid) value += 16;
  else missing |= MISSING_BIT.custodianApproval;
  return missing * 64 + value;
}

/** Owner 0.3 + custodian 0.3 + the custodian's valid, unexpired approval 0.4 (there is none without a custodian). */
export function scoreOwnership(asset: DataAsset, context: ScoreContext): DimensionResult {
  return resultOf(ownershipKey(asset, context));
}

/**
 * Rank of the level personal data must reach: the named level, or else the upper half of the taxonomy (middle level
 * included for odd sizes), which for the default four levels is Confidential again.
 */
function personalDataMinimumRank(ranks: readonly string[], level: string): number {
  const wanted = level.toLowerCase();
  const index = ranks.findIndex((name) => name.toLowerCase() === wanted);
  return index >= 0 ? index : Math.floor(ranks.length / 2);
}

// The minimum rank of the last taxonomy and level asked for: the same pair comes with every asset of a load.
let lastRanks: readonly string[] | undefined;
let lastLevel: string | undefined;
let lastMinimumRank = 0;
function cachedMinimumRank(ranks: readonly string[], level: string): number {
  if (ranks !== lastRanks || level !== lastLevel) {
    lastMinimumRank = personalDataMinimumRank(ranks, level);
    lastRanks = ranks;
    lastLevel = level;
  }
  return lastMinimumRank;
}

/** Result key of the sensitivity dimension (see `scoreSensitivity`). */
export function sensitivityKey(asset: DataAsset, context: ScoreContext): number {
  const ranks = context.sensitivityRanks ?? DEFAULT_SENSITIVITY_LEVELS;
  let missing = 0;
  let value = 0;
  const declaredRank = filled(asset.declaredSensitivity) ? ranks.indexOf(asset.declaredSensitivity as string) : -1;
  if (declaredRank >= 0) value += 20;
  else missing |= MISSING_BIT.declaredSensitivity;

  if (asset.containsPersonalData !== true) {
    value += 10;
  } else if (declaredRank >= 0 && declaredRank >= cachedMinimumRank(ranks, context.personalDataMinimumLevel ?? 'Confidential')) {
    value += 10;
  } else {
    missing |= MISSING_BIT.personalDataBelowConfidential;
  }

  const labelRank = context.labelRank;
  let labelShare = 0;
  if (typeof labelRank !== 'number' || !isFinite(labelRank)) {
    labelShare = 5;
    missing |= MISSING_BIT.labelNotCheckable;
  } else if (labelRank >= Math.max(declaredRank, 0)) {
    // With nothing declared there is nothing to be under; the missing declaration already costs 0.5.
    labelShare = 10;
  } else {
    missing |= MISSING_BIT.underLabelled;
  }
  // Oversharing voids what the label protects: the alignment share is lost whatever the label says.
  if (context.overshared === true) missing |= MISSING_BIT.overshared;
  else value += labelShare;
  return missing * 64 + value;
}

/**
 * Declared 0.5 + personal-data consistency 0.25 + label alignment 0.25. A declared level outside the taxonomy
 * counts as not declared: it cannot be compared with anything.
 */
export function scoreSensitivity(asset: DataAsset, context: ScoreContext): DimensionResult {
  return resultOf(sensitivityKey(asset, context));
}

/** Result key of the location dimension (see `scoreLocation`). */
export function locationKey(asset: DataAsset): number {
  let missing = 0;
  let value = 0;
  const url = asset.locationUrl?.url;
  if (typeof url === 'string' && isSafeHttpUrl(url)) value += 24;
  else missing |= MISSING_BIT.locationUrl;
  if (filled(asset.storageSystem)) value += 16;
  else missing |= MISSING_BIT.storageSystem;
  return missing * 64 + value;
}

/** LocationUrl set and a valid http(s) URL 0.6 + StorageSystem set 0.4. */
export function scoreLocation(asset: DataAsset): DimensionResult {
  return resultOf(locationKey(asset));
}

function anyFilled(values: readonly string[] | undefined): boolean {
  if (!Array.isArray(values)) return false;
  for (const value of values) if (filled(value)) return true;
  return false;
}

/** Result key of the documentation dimension (see `scoreDocumentation`). */
export function documentationKey(asset: DataAsset): number {
  let missing = 0;
  let met = 0;
  if (filled(asset.description)) met++;
  else missing |= MISSING_BIT.description;
  if (filled(asset.domain)) met++;
  else missing |= MISSING_BIT.domain;
  if (anyFilled(asset.dataSubjects)) met++;
  else missing |= MISSING_BIT.dataSubjects;
  if (filled(asset.retentionPeriod)) met++;
  else missing |= MISSING_BIT.retentionPeriod;
  let checks = 4;
  if (asset.containsPersonalData === true) {
    checks = 5;
    if (filled(asset.legalBasis)) met++;
    else missing |= MISSING_BIT.legalBasis;
  }
  // 40ths: a quarter is 10, a fifth is 8, so the share stays exact.
  return missing * 64 + met * (40 / checks);
}

/** Share of the descriptive fields filled; LegalBasis counts only for assets holding personal data. */
export function scoreDocumentation(asset: DataAsset): DimensionResult {
  return resultOf(documentationKey(asset));
}

// Today's day number for the last `now` seen: every asset of one scoring run shares it.
let lastNow: Date | undefined;
let lastNowTime = NaN;
let lastToday = 0;
function todayOf(now: Date): number {
  const time = now.getTime();
  if (now !== lastNow || time !== lastNowTime) {
    // The UTC day number: the same as utcDayNumber, also for years 0-99, which Date.UTC would read as 1900-1999.
    lastToday = Math.floor(time / 86400000);
    lastNow = now;
    lastNowTime = time;
  }
  return lastToday;
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date (month 1-12), in integer arithmetic (Howard Hinnant's
 * days_from_civil): what `Date.UTC(...) / 86400000` gives, without a call into the Date machinery per asset, and
 * with years 0-99 read as themselves (Date.UTC would read them as 1900-1999).
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * The UTC day number of a date (year, month 0-11, day) plus `months` calendar months, clamped to the month's last
 * day (as `addUtcMonths`), computed without building a Date.
 */
function dayNumberAfterMonths(fullYear: number, month: number, date: number, months: number): number {
  const totalMonths = fullYear * 12 + month + months;
  const year = Math.floor(totalMonths / 12);
  const monthIndex = totalMonths - year * 12;
  return daysFromCivil(year, monthIndex + 1, Math.min(date, daysInMonth(year, monthIndex + 1)));
}

function digitsAt(text: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const code = text.charCodeAt(i) - 48;
    if (code < 0 || code > 9) return -1;
    value = value * 10 + code;
  }
  return value;
}

/**
 * The calendar date of the two forms SharePoint and the import store, `YYYY-MM-DD` and `YYYY-MM-DDTHH:MM:SSZ`, as
 * year * 10000 + month * 100 + day, read without a regular expression or a Date; -1 for any other text (the caller
 * then parses it in full: offsets, fractions, and invalid dates all go through `parseIsoDate`).
 */
function plainUtcDate(text: string): number {
  const length = text.length;
  if (length !== 10 && !(length === 20 && text.charCodeAt(10) === 84 /* T */ && text.charCodeAt(19) === 90 /* Z */)) return -1;
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return -1;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return -1;
  if (length === 20) {
    if (text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) return -1;
    const hour = digitsAt(text, 11, 2);
    const minute = digitsAt(text, 14, 2);
    const second = digitsAt(text, 17, 2);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return -1;
  }
  return year * 10000 + month * 100 + day;
}

/** Result key of the freshness dimension (see `scoreFreshness`). */
export function freshnessKey(asset: DataAsset, context: ScoreContext): number {
  const text = asset.lastReviewed;
  if (typeof text !== 'string') return MISSING_BIT.neverReviewed * 64;
  let year: number;
  let month: number;
  let date: number;
  const plain = plainUtcDate(text);
  if (plain >= 0) {
    year = Math.floor(plain / 10000);
    month = (Math.floor(plain / 100) % 100) - 1;
    date = plain % 100;
  } else {
    const reviewed = parseIsoDate(text);
    if (reviewed === undefined) return MISSING_BIT.neverReviewed * 64;
    year = reviewed.getUTCFullYear();
    month = reviewed.getUTCMonth();
    date = reviewed.getUTCDate();
  }
  const cycle =
    typeof asset.reviewCycleMonths === 'number' && isFinite(asset.reviewCycleMonths) && asset.reviewCycleMonths > 0
      ? asset.reviewCycleMonths
      : DEFAULT_REVIEW_CYCLE_MONTHS;
  const today = todayOf(context.now);
  if (today <= dayNumberAfterMonths(year, month, date, cycle)) return 40;
  if (today <= dayNumberAfterMonths(year, month, date, cycle * 2)) return MISSING_BIT.reviewOverdue * 64 + 20;
  return MISSING_BIT.reviewOverdue * 64;
}

/**
 * Within the review cycle 1, within twice the cycle 0.5, older or never 0. Compared by calendar day (UTC), so a
 * review exactly one cycle ago still counts as within; a review dated in the future counts as current.
 */
export function scoreFreshness(asset: DataAsset, context: ScoreContext): DimensionResult {
  return resultOf(freshnessKey(asset, context));
}
