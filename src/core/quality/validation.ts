/** The rules of a quality measurement, field by field; the codes are localised by the UI. */
import type { FieldIssue } from '../errors';
import type { LookupRef } from '../models/common';
import { parseIsoDate } from '../validation/isoDate';
import { fieldIssue } from '../validation/fieldRules';
import { QUALITY_DIMENSIONS, QUALITY_SCORE_MAX, QUALITY_SCORE_MIN, QUALITY_TEXT_MAX, type QualityDimension, type QualityDraft, type QualityMeasurement } from './model';

export const QUALITY_ISSUE_CODES = [
  'qualityAssetMissing', 'qualityDimensionInvalid', 'qualityScoreNotNumber', 'qualityScoreOutOfRange',
  'qualityDateMissing', 'qualityDateInvalid', 'qualityDateFuture', 'qualityTooLong'
] as const;
export type QualityIssueCode = (typeof QUALITY_ISSUE_CODES)[number];

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** A typed score as a number (a comma as decimal separator accepted, as fr/es users type it); undefined when not a number. */
export function parseQualityScore(text: string): number | undefined {
  const trimmed = text.trim().replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return isFinite(value) ? value : undefined;
}

export function isQualityDimension(value: string): value is QualityDimension {
  return (QUALITY_DIMENSIONS as readonly string[]).includes(value);
}

/**
 * Problems with a measurement, one per field at most, keyed by the draft's field names (`asset` for the record);
 * empty when it can be saved. `today` is the measuring user's day (`YYYY-MM-DD`): a later date is refused.
 */
export function validateQualityMeasurement(draft: QualityDraft, asset: LookupRef | undefined, today: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!asset || !Number.isInteger(asset.id) || asset.id <= 0) issues.push(fieldIssue('asset', 'qualityAssetMissing', 'The inventory record is required.'));
  if (!isQualityDimension(draft.dimension)) {
    issues.push(fieldIssue('dimension', 'qualityDimensionInvalid', `The dimension must be one of ${QUALITY_DIMENSIONS.join(', ')}.`));
  }
  const score = parseQualityScore(draft.score);
  if (score === undefined) issues.push(fieldIssue('score', 'qualityScoreNotNumber', 'The score must be a number.'));
  else if (score < QUALITY_SCORE_MIN || score > QUALITY_SCORE_MAX) {
    issues.push(fieldIssue('score', 'qualityScoreOutOfRange', `The score must be between ${QUALITY_SCORE_MIN} and ${QUALITY_SCORE_MAX}.`, { min: QUALITY_SCORE_MIN, max: QUALITY_SCORE_MAX }));
  }
  const date = draft.measuredOn.trim();
  if (date === '') issues.push(fieldIssue('measuredOn', 'qualityDateMissing', 'The date measured is required.'));
  else if (!DATE_ONLY.test(date) || parseIsoDate(date) === undefined) issues.push(fieldIssue('measuredOn', 'qualityDateInvalid', 'The date measured must be a date (YYYY-MM-DD).'));
  else if (date > today) issues.push(fieldIssue('measuredOn', 'qualityDateFuture', 'The date measured cannot be in the future.'));
  const tooLong = (field: 'source' | 'note', value: string | undefined): void => {
    if ((value ?? '').trim().length > QUALITY_TEXT_MAX) issues.push(fieldIssue(field, 'qualityTooLong', `The ${field} is longer than ${QUALITY_TEXT_MAX} characters.`, { max: QUALITY_TEXT_MAX }));
  };
  tooLong('source', draft.source);
  tooLong('note', draft.note);
  return issues;
}

/** The list item for a valid draft: the score rounded to one decimal, text trimmed, empty text left out. */
export function measurementFromDraft(draft: QualityDraft, asset: LookupRef): QualityMeasurement {
  const dimension = draft.dimension as QualityDimension;
  const score = Math.round((parseQualityScore(draft.score) ?? 0) * 10) / 10;
  return {
    title: dimension,
    asset: { id: asset.id },
    dimension,
    score,
    measuredOn: draft.measuredOn.trim(),
    source: draft.source.trim() || undefined,
    note: draft.note?.trim() || undefined
  };
}
