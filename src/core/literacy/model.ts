import type { IsoDate, LinkValue, LookupRef, PersonRef } from '../models/common';

/**
 * AI literacy (EU AI Act Art. 4, issue 19 part 4): the measures the organisation delivers to the staff who use its AI
 * systems, and each person's acknowledgement that they completed one.
 */

/** Who a measure is for: the staff of some roles, departments or missions, or people named one by one. */
export const LITERACY_AUDIENCE_KINDS = ['Roles', 'Departments', 'Missions', 'Named people'] as const;
export type LiteracyAudienceKind = (typeof LITERACY_AUDIENCE_KINDS)[number];

export const LITERACY_FORMATS = ['E-learning', 'Workshop', 'Briefing', 'Guidance note', 'Other'] as const;
export type LiteracyFormat = (typeof LITERACY_FORMATS)[number];

/** A measure is refreshed after this many months unless it says otherwise. */
export const DEFAULT_REFRESH_MONTHS = 12;

/** One literacy measure (list LiteracyMeasures, written by the governance leads only). */
export interface LiteracyMeasure {
  title: string;
  audienceKind: LiteracyAudienceKind;
  /** The roles, departments or missions it targets, one per line (unused for named people). */
  audienceValues?: string;
  /** The people it targets when `audienceKind` is Named people. */
  audiencePeople?: PersonRef[];
  /** The AI systems it covers (AISystems items). */
  coveredSystems?: LookupRef[];
  objective?: string;
  format?: LiteracyFormat;
  /** Date delivered (date only); a measure not yet delivered covers nobody. */
  deliveredOn?: IsoDate;
  /** Where the material or attendance record is (http(s) only). */
  evidenceLink?: LinkValue;
  /** Months after delivery until the measure lapses (whole number, at least 1). */
  refreshMonths?: number;
}

/**
 * One acknowledgement (list LiteracyAcknowledgements, add-only): the item's Author (set by SharePoint) confirms they
 * completed `measure`. `person` names who it is for; it must be the Author, or the item counts for nobody.
 */
export interface LiteracyAcknowledgement {
  title: string;
  measure: LookupRef;
  person: PersonRef;
  comment?: string;
}
