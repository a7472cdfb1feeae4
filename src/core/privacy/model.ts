/**
 * Records of processing (GDPR Art. 30): the domain model of the `ProcessingActivities` list and the vocabularies it
 * uses. Pure data: no SPFx, PnPjs or React. Choice values are stored in English (SharePoint choices); the privacy
 * register's UI shows them through its localised strings.
 */
import type { DataSubject, PersonalDataCategory } from '../reference/vocabularies';
import type { IsoDate, JsonText, LinkValue, LookupRef, PersonRef } from '../models/common';

/** Whether the organisation decides the purposes and means (Art. 30(1)) or processes on a controller's behalf (Art. 30(2)). */
export const PROCESSING_ROLES = ['Controller', 'Processor'] as const;
export type ProcessingRole = (typeof PROCESSING_ROLES)[number];

/** Art. 6(1)(a)-(f): the lawful bases of processing. */
export const LEGAL_BASES = [
  'Art. 6(1)(a) Consent',
  'Art. 6(1)(b) Contract',
  'Art. 6(1)(c) Legal obligation',
  'Art. 6(1)(d) Vital interests',
  'Art. 6(1)(e) Public interest or official authority',
  'Art. 6(1)(f) Legitimate interests'
] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

/** Art. 9(1): the special categories of personal data. */
export const SPECIAL_CATEGORIES = [
  'Racial or ethnic origin',
  'Political opinions',
  'Religious or philosophical beliefs',
  'Trade union membership',
  'Genetic data',
  'Biometric data (identification)',
  'Health data',
  'Sex life or sexual orientation'
] as const;
export type SpecialCategory = (typeof SPECIAL_CATEGORIES)[number];

/** Art. 9(2)(a)-(j): the conditions under which special categories may be processed. */
export const ART9_CONDITIONS = [
  'Art. 9(2)(a) Explicit consent',
  'Art. 9(2)(b) Employment and social security law',
  'Art. 9(2)(c) Vital interests (subject incapable of consent)',
  'Art. 9(2)(d) Not-for-profit body, members only',
  'Art. 9(2)(e) Made manifestly public by the data subject',
  'Art. 9(2)(f) Legal claims',
  'Art. 9(2)(g) Substantial public interest',
  'Art. 9(2)(h) Health or social care',
  'Art. 9(2)(i) Public health',
  'Art. 9(2)(j) Archiving, research or statistics'
] as const;
export type Art9Condition = (typeof ART9_CONDITIONS)[number];

/** Chapter V: the safeguard a transfer to a third country or an international organisation relies on. */
export const TRANSFER_SAFEGUARDS = [
  'Art. 45 Adequacy decision',
  'Art. 46(2)(a) Legally binding instrument between public bodies',
  'Art. 46(2)(b) Binding corporate rules',
  'Art. 46(2)(c) Standard contractual clauses',
  'Art. 46(2)(e) Approved code of conduct',
  'Art. 46(2)(f) Approved certification',
  'Art. 46(3)(b) Administrative arrangement between public bodies',
  'Art. 49 Derogation for a specific situation'
] as const;
export type TransferSafeguard = (typeof TRANSFER_SAFEGUARDS)[number];

export const RETENTION_UNITS = ['Months', 'Years'] as const;
export type RetentionUnit = (typeof RETENTION_UNITS)[number];

/**
 * One processing activity (list ProcessingActivities). Free-text Art. 30 fields are Notes (a record names several
 * recipients or controllers); the categories the screening reads are choices from the inventory's vocabularies,
 * so a record started from a dataset carries the dataset's values unchanged.
 */
export interface ProcessingActivity {
  title: string;
  role: ProcessingRole;
  /** Art. 30(1)(a): name and contact details of the controller (and its representative). */
  controller?: string;
  /** Art. 30(1)(a): joint controllers, if any. */
  jointControllers?: string;
  /** Art. 30(1)(a) / 30(2)(a): the data protection officer's contact. */
  dpoContact?: string;
  /** Art. 30(2)(a): the controllers on whose behalf the organisation processes (processor records). */
  processorControllers?: string;
  /** Art. 30(2)(b): categories of processing carried out on behalf of each controller (processor records). */
  processingCategories?: string;
  /** Art. 30(1)(b). */
  purposes?: string;
  /** Art. 30(1)(c). */
  dataSubjectCategories?: DataSubject[];
  personalDataCategories?: PersonalDataCategory[];
  /** Art. 9(1) categories processed; any of them needs an Art. 9(2) condition. */
  specialCategories?: SpecialCategory[];
  /** Art. 30(1)(d): categories of recipients. */
  recipients?: string;
  /** Art. 30(1)(e) / 30(2)(c): transfers to third countries or international organisations. */
  internationalTransfers?: boolean;
  transferDestinations?: string;
  transferSafeguard?: TransferSafeguard;
  /** Art. 30(1)(f): the time limit for erasure, as a period and the event it runs from. */
  retentionPeriod?: number;
  retentionUnit?: RetentionUnit;
  retentionTrigger?: string;
  /** Art. 30(1)(g) / 30(2)(d): a general description of the technical and organisational security measures. */
  securityMeasures?: string;
  legalBasis?: LegalBasis;
  art9Condition?: Art9Condition;
  region?: string;
  mission?: string;
  owner?: PersonRef;
  linkedDataAssets?: LookupRef[];
  linkedAISystems?: LookupRef[];
  reviewDate?: IsoDate;
  /** The screening's answers (`ScreeningAnswers` as JSON). */
  screeningAnswers?: JsonText;
  /** Whether the last saved screening required a DPIA (kept by the suite so the grid can filter on it). */
  dpiaRequired?: boolean;
  /** Where the DPIA is, while DPIAs are not yet kept in the suite. */
  dpiaLink?: LinkValue;
}
