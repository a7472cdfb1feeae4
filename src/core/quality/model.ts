/**
 * Measured data quality (issue 18, part 5): scores a data-quality tool, a rule set or a person measured on a Data
 * Inventory record, one DataQualityMeasurements item each. Kept apart from the metadata health score: these are
 * measurements of the data, the health score judges the record's metadata. The list's schema maps the internal names
 * (`src/core/schema/lists/dataQualityMeasurements.ts`); this file holds the shape.
 */
import type { IsoDate, LookupRef } from '../models/common';

/** The six dimensions, in display order (stored values are these English words; the UI localises them). */
export const QUALITY_DIMENSIONS = ['Completeness', 'Uniqueness', 'Validity', 'Timeliness', 'Consistency', 'Accuracy'] as const;
export type QualityDimension = (typeof QUALITY_DIMENSIONS)[number];

/** Text limits (single-line SharePoint columns). */
export const QUALITY_TEXT_MAX = 255;
/** Scores are percentages 0-100 with at most one decimal. */
export const QUALITY_SCORE_MIN = 0;
export const QUALITY_SCORE_MAX = 100;

/**
 * An item of DataQualityMeasurements. Add-only history: a correction is a new measurement, never an edit, so the
 * latest measurement of a dimension is the record's current score.
 */
export interface QualityMeasurement {
  /** A readable title: the dimension (the item's Title). */
  title: string;
  /** The inventory record measured. */
  asset: LookupRef;
  dimension: QualityDimension;
  /** 0-100, at most one decimal. */
  score: number;
  /** The day the data was measured (date only). */
  measuredOn: IsoDate;
  /** What measured it: the tool, the rule set, the person. */
  source?: string;
  note?: string;
}

/** What the form (or an imported row) carries, as typed. */
export interface QualityDraft {
  dimension: string;
  score: string;
  measuredOn: string;
  source: string;
  note?: string;
}
