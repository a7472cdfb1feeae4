/**
 * The five dimension scorers of the Data Health Score (DESIGN section 4). Each returns its value in [0, 1] and the
 * codes of what it is missing, so the UI can say what to fix rather than show a bare number.
 */
import type { PersonRef } from '../models/common';
import type { DataAsset } from '../models/dataAsset';
import { DEFAULT_SENSITIVITY_LEVELS } from '../models/dataAsset';
import { addUtcMonths, parseIsoDate, utcDayNumber } from '../validation/isoDate';
import { isSafeHttpUrl } from '../validation/url';
import type { ScoreContext, ScoreMissingCode } from './types';

/** A dimension's raw result before weighting. */
export interface DimensionResult {
  readonly value: number;
  readonly missing: ScoreMissingCode[];
}

/** Review cycle used when an asset's own is missing or not a positive number (the DataAssets default). */
export const DEFAULT_REVIEW_CYCLE_MONTHS = 12;

function filled(value: string | undefined): boolean {
  return typeof value === 'string' && value.trim().length > 0;
}

function personSet(person: PersonRef | undefined): boolean {
  return person !== undefined && person !== null && typeof person.id === 'number' && person.id > 0;
}

/** Owner 0.3 + custodian 0.3 + the custodian's valid, unexpired approval 0.4 (there is none without a custodian). */
export function scoreOwnership(asset: DataAsset, context: ScoreContext): DimensionResult {
  const missing: ScoreMissingCode[] = [];
  let value = 0;
  if (personSet(asset.owner)) {
    value += 0.3;
  } else {
    missing.push('owner');
  }
  const hasCustodian = personSet(asset.custodian);
  if (hasCustodian) {
    value += 0.3;
  } else {
    missing.push('custodian');
  }
  if (hasCustodian && context.custodianApprovalValid) {
    value += 0.4;
  } else {
    missing.push('custodianApproval');
  }
  return { value, missing };
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

/**
 * Declared 0.5 + personal-data consistency 0.25 + label alignment 0.25. A declared level outside the taxonomy
 * counts as not declared: it cannot be compared with anything.
 */
export function scoreSensitivity(asset: DataAsset, context: ScoreContext): DimensionResult {
  const ranks = context.sensitivityRanks ?? DEFAULT_SENSITIVITY_LEVELS;
  const missing: ScoreMissingCode[] = [];
  let value = 0;
  const declaredRank = filled(asset.declaredSensitivity) ? ranks.indexOf(asset.declaredSensitivity as string) : -1;
  if (declaredRank >= 0) {
    value += 0.5;
  } else {
    missing.push('declaredSensitivity');
  }

  if (asset.containsPersonalData !== true) {
    value += 0.25;
  } else if (declaredRank >= 0 && declaredRank >= personalDataMinimumRank(ranks, context.personalDataMinimumLevel ?? 'Confidential')) {
    value += 0.25;
  } else {
    missing.push('personalDataBelowConfidential');
  }

  const labelRank = context.labelRank;
  let labelShare = 0;
  if (typeof labelRank !== 'number' || !isFinite(labelRank)) {
    labelShare = 0.125;
    missing.push('labelNotCheckable');
  } else if (labelRank >= Math.max(declaredRank, 0)) {
    // With nothing declared there is nothing to be under; the missing declaration already costs 0.5.
    labelShare = 0.25;
  } else {
    missing.push('underLabelled');
  }
  // Oversharing voids what the label protects: the alignment share is lost whatever the label says.
  if (context.overshared === true) {
    missing.push('overshared');
  } else {
    value += labelShare;
  }
  return { value, missing };
}

/** LocationUrl set and a valid http(s) URL 0.6 + StorageSystem set 0.4. */
export function scoreLocation(asset: DataAsset): DimensionResult {
  const missing: ScoreMissingCode[] = [];
  let value = 0;
  const url = asset.locationUrl?.url;
  if (typeof url === 'string' && isSafeHttpUrl(url)) {
    value += 0.6;
  } else {
    missing.push('locationUrl');
  }
  if (filled(asset.storageSystem)) {
    value += 0.4;
  } else {
    missing.push('storageSystem');
  }
  return { value, missing };
}

/** Share of the descriptive fields filled; LegalBasis counts only for assets holding personal data. */
export function scoreDocumentation(asset: DataAsset): DimensionResult {
  const checks: [ScoreMissingCode, boolean][] = [
    ['description', filled(asset.description)],
    ['domain', filled(asset.domain)],
    ['dataSubjects', Array.isArray(asset.dataSubjects) && asset.dataSubjects.some((s) => filled(s))],
    ['retentionPeriod', filled(asset.retentionPeriod)]
  ];
  if (asset.containsPersonalData === true) {
    checks.push(['legalBasis', filled(asset.legalBasis)]);
  }
  const missing = checks.filter(([, ok]) => !ok).map(([code]) => code);
  return { value: (checks.length - missing.length) / checks.length, missing };
}

/**
 * Within the review cycle 1, within twice the cycle 0.5, older or never 0. Compared by calendar day (UTC), so a
 * review exactly one cycle ago still counts as within; a review dated in the future counts as current.
 */
export function scoreFreshness(asset: DataAsset, context: ScoreContext): DimensionResult {
  const reviewed = typeof asset.lastReviewed === 'string' ? parseIsoDate(asset.lastReviewed) : undefined;
  if (reviewed === undefined) {
    return { value: 0, missing: ['neverReviewed'] };
  }
  const cycle =
    typeof asset.reviewCycleMonths === 'number' && isFinite(asset.reviewCycleMonths) && asset.reviewCycleMonths > 0
      ? asset.reviewCycleMonths
      : DEFAULT_REVIEW_CYCLE_MONTHS;
  const today = utcDayNumber(context.now);
  if (today <= utcDayNumber(addUtcMonths(reviewed, cycle))) {
    return { value: 1, missing: [] };
  }
  if (today <= utcDayNumber(addUtcMonths(reviewed, cycle * 2))) {
    return { value: 0.5, missing: ['reviewOverdue'] };
  }
  return { value: 0, missing: ['reviewOverdue'] };
}
