/**
 * Checks of a literacy measure before it is written (issue 19, bad input): each problem has a stable code the form
 * localises, and nothing is written while any remains.
 */
import type { FieldIssue } from '../errors';
import { isSafeHttpUrl } from '../validation/url';
import { LITERACY_AUDIENCE_KINDS, LITERACY_FORMATS, type LiteracyMeasure } from './model';
import { audienceValues } from './rules';

export const LITERACY_ISSUE_CODES = [
  'titleRequired',
  'titleTooLong',
  'audienceRequired',
  'systemsRequired',
  'unknownSystem',
  'formatUnknown',
  'deliveredInvalid',
  'deliveredInFuture',
  'invalidLink',
  'refreshTooShort',
  'objectiveTooLong'
] as const;
export type LiteracyIssueCode = (typeof LITERACY_ISSUE_CODES)[number];

/** Reference English messages (the form shows the localised ones). */
export const LITERACY_ISSUE_MESSAGES: Readonly<Record<LiteracyIssueCode, string>> = {
  titleRequired: 'Give the measure a title.',
  titleTooLong: 'The title is longer than 255 characters.',
  audienceRequired: 'Say who the measure is for: at least one role, department or mission, or a named person.',
  systemsRequired: 'Choose at least one AI system the measure covers.',
  unknownSystem: 'One of the AI systems is not in the registry.',
  formatUnknown: 'Choose a format from the list.',
  deliveredInvalid: 'Enter the date delivered as a date.',
  deliveredInFuture: 'The date delivered is in the future: record the measure once it has been delivered.',
  invalidLink: 'The evidence link must be a web address starting with https:// or http://.',
  refreshTooShort: 'The refresh interval must be a whole number of months, at least 1.',
  objectiveTooLong: 'The objective is longer than 4,000 characters.'
};

/** What the checks know of the registry. */
export interface LiteracyValidationContext {
  /** Whether an AISystems item with this id exists. */
  readonly isKnownSystem: (id: number) => boolean;
  readonly now: Date;
}

function issue(field: string, code: LiteracyIssueCode): FieldIssue {
  return { field, code, message: LITERACY_ISSUE_MESSAGES[code] };
}

/** Every problem with `draft`; empty when it may be written. */
export function validateMeasure(draft: Partial<LiteracyMeasure>, context: LiteracyValidationContext): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const title = (draft.title ?? '').trim();
  if (title === '') issues.push(issue('title', 'titleRequired'));
  else if (title.length > 255) issues.push(issue('title', 'titleTooLong'));
  const kind = draft.audienceKind;
  const audienceGiven = kind !== undefined && (LITERACY_AUDIENCE_KINDS as readonly string[]).includes(kind) &&
    (kind === 'Named people' ? (draft.audiencePeople ?? []).some((p) => p && p.id > 0) : audienceValues({ ...(draft as LiteracyMeasure) }).length > 0);
  if (!audienceGiven) issues.push(issue('audience', 'audienceRequired'));
  const systems = draft.coveredSystems ?? [];
  if (systems.length === 0) issues.push(issue('coveredSystems', 'systemsRequired'));
  else if (systems.some((ref) => !Number.isInteger(ref.id) || ref.id < 1 || !context.isKnownSystem(ref.id))) issues.push(issue('coveredSystems', 'unknownSystem'));
  if (draft.format !== undefined && !(LITERACY_FORMATS as readonly string[]).includes(draft.format)) issues.push(issue('format', 'formatUnknown'));
  if (draft.deliveredOn !== undefined && draft.deliveredOn !== '') {
    const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(draft.deliveredOn);
    const time = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
    const valid = match !== null && !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === draft.deliveredOn.slice(0, 10);
    if (!valid) issues.push(issue('deliveredOn', 'deliveredInvalid'));
    else if (draft.deliveredOn.slice(0, 10) > context.now.toISOString().slice(0, 10)) issues.push(issue('deliveredOn', 'deliveredInFuture'));
  }
  const link = draft.evidenceLink?.url?.trim();
  if (link !== undefined && link !== '' && !isSafeHttpUrl(link)) issues.push(issue('evidenceLink', 'invalidLink'));
  const months = draft.refreshMonths;
  if (months !== undefined && (!Number.isInteger(months) || months < 1)) issues.push(issue('refreshMonths', 'refreshTooShort'));
  if ((draft.objective ?? '').length > 4000) issues.push(issue('objective', 'objectiveTooLong'));
  return issues;
}
