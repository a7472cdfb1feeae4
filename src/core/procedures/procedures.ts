/**
 * The procedures library's rules (issue 19, part 3): when a review is overdue, which activities a procedure governs,
 * and the checks of a procedure before it is written. Pure: no SPFx, PnPjs or React.
 */
import type { FieldIssue } from '../errors';
import type { IsoDate } from '../models/common';
import { PROCEDURE_TYPES, type Procedure } from '../models/procedure';

/** The UTC calendar day of `now` as `YYYY-MM-DD` (dates of the library and the action log are date-only). */
export function isoDay(now: Date): IsoDate {
  return now.toISOString().slice(0, 10);
}

/** The date part of a stored date or date-time, or undefined when blank. */
export function dayOf(value: IsoDate | undefined): IsoDate | undefined {
  const day = (value ?? '').trim().slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : undefined;
}

/** An active procedure whose review date has passed (a retired one is never overdue; no date is not overdue but invalid). */
export function isReviewOverdue(procedure: Pick<Procedure, 'status' | 'reviewDate'>, now: Date): boolean {
  const due = dayOf(procedure.reviewDate);
  return procedure.status !== 'Retired' && due !== undefined && due < isoDay(now);
}

/** Splits a one-per-line (or `;`-separated) column into trimmed, distinct entries in their order. */
export function splitLines(text: string | undefined): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of (text ?? '').split(/[\n;]/)) {
    const value = part.trim();
    if (value !== '' && !seen.has(value.toLowerCase())) {
      seen.add(value.toLowerCase());
      out.push(value);
    }
  }
  return out;
}

/** The column value of a list of entries: one per line. */
export function joinLines(values: readonly string[]): string | undefined {
  const joined = splitLines(values.join('\n')).join('\n');
  return joined === '' ? undefined : joined;
}

/** Activity names compared without case or outer spaces (the suite's keys and the leads' own activities alike). */
function sameActivity(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** Whether the procedure governs `activity` (a suite key such as `approveOwnership`, or a lead's activity name). */
export function governsActivity(procedure: Pick<Procedure, 'relatedActivities'>, activity: string): boolean {
  return splitLines(procedure.relatedActivities).some((a) => sameActivity(a, activity));
}

/** The procedures (retired ones left out unless asked) that govern `activity`, in the order given. */
export function proceduresFor<T extends Pick<Procedure, 'relatedActivities' | 'status'>>(procedures: readonly T[], activity: string, options: { includeRetired?: boolean } = {}): T[] {
  return procedures.filter((p) => (options.includeRetired === true || p.status !== 'Retired') && governsActivity(p, activity));
}

export const PROCEDURE_ISSUE_CODES = [
  'titleRequired',
  'titleTooLong',
  'typeRequired',
  'ownerRequired',
  'unknownPerson',
  'versionInvalid',
  'reviewDateRequired',
  'reviewDateInvalid',
  'linkInvalid',
  'activitiesTooLong',
  'frameworksTooLong',
  'descriptionTooLong'
] as const;
export type ProcedureIssueCode = (typeof PROCEDURE_ISSUE_CODES)[number];

/** Reference English messages; `{max}` is filled from the issue's params. */
export const PROCEDURE_ISSUE_MESSAGES: Readonly<Record<ProcedureIssueCode, string>> = {
  titleRequired: 'Give the procedure a title.',
  titleTooLong: 'The title is longer than {max} characters.',
  typeRequired: 'Choose the type: procedure, standard, template, guideline or process map.',
  ownerRequired: 'Choose the owner.',
  unknownPerson: 'This person is not a user of the site: choose them from the people picker.',
  versionInvalid: 'Write the version as a number like 1 or 1.2.',
  reviewDateRequired: 'Set the review date.',
  reviewDateInvalid: 'The review date is not a date.',
  linkInvalid: 'The document link must be a web address starting with http:// or https://.',
  activitiesTooLong: 'The related activities are longer than {max} characters.',
  frameworksTooLong: 'The related frameworks are longer than {max} characters.',
  descriptionTooLong: 'The description is longer than {max} characters.'
};

export const PROCEDURE_TITLE_MAX = 255;
export const PROCEDURE_TEXT_MAX = 2000;

/** A field issue with its English message (placeholders filled from `params`). */
export function fieldIssue<C extends string>(messages: Readonly<Record<C, string>>, field: string, code: C, params?: Readonly<Record<string, number>>): FieldIssue {
  const message = messages[code].replace(/\{(\w+)\}/g, (placeholder, name: string) => String(params?.[name] ?? placeholder));
  return params === undefined ? { field, code, message } : { field, code, message, params };
}

/** True for an absolute http(s) address (never javascript:, data: or a relative link). */
export function isHttpUrl(value: string | undefined): boolean {
  if (value === undefined) return false;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Whether a person id is a site user (the people picker only offers site users; a stale id is not one). */
export type KnownUserCheck = (id: number) => boolean;

/** Every problem with a procedure as the form holds it; empty when it may be written. */
export function validateProcedure(draft: Partial<Procedure>, isKnownUser?: KnownUserCheck): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const m = PROCEDURE_ISSUE_MESSAGES;
  const title = (draft.title ?? '').trim();
  if (title === '') issues.push(fieldIssue(m, 'title', 'titleRequired'));
  else if (title.length > PROCEDURE_TITLE_MAX) issues.push(fieldIssue(m, 'title', 'titleTooLong', { max: PROCEDURE_TITLE_MAX }));
  if (draft.procedureType === undefined || !(PROCEDURE_TYPES as readonly string[]).includes(draft.procedureType)) issues.push(fieldIssue(m, 'procedureType', 'typeRequired'));
  const owner = draft.owner;
  if (owner === undefined || owner === null || !Number.isInteger(owner.id) || owner.id < 1) issues.push(fieldIssue(m, 'owner', 'ownerRequired'));
  else if (isKnownUser !== undefined && !isKnownUser(owner.id)) issues.push(fieldIssue(m, 'owner', 'unknownPerson'));
  const version = (draft.documentVersion ?? '').trim();
  if (version !== '' && !/^\d{1,4}(\.\d{1,4})?$/.test(version)) issues.push(fieldIssue(m, 'documentVersion', 'versionInvalid'));
  const review = (draft.reviewDate ?? '').trim();
  if (review === '') issues.push(fieldIssue(m, 'reviewDate', 'reviewDateRequired'));
  else if (dayOf(review) === undefined || Number.isNaN(Date.parse(dayOf(review) ?? ''))) issues.push(fieldIssue(m, 'reviewDate', 'reviewDateInvalid'));
  const link = draft.documentLink?.url?.trim() ?? '';
  if (link !== '' && !isHttpUrl(link)) issues.push(fieldIssue(m, 'documentLink', 'linkInvalid'));
  if ((draft.relatedActivities ?? '').length > PROCEDURE_TEXT_MAX) issues.push(fieldIssue(m, 'relatedActivities', 'activitiesTooLong', { max: PROCEDURE_TEXT_MAX }));
  if ((draft.relatedFrameworks ?? '').length > PROCEDURE_TEXT_MAX) issues.push(fieldIssue(m, 'relatedFrameworks', 'frameworksTooLong', { max: PROCEDURE_TEXT_MAX }));
  if ((draft.description ?? '').length > PROCEDURE_TEXT_MAX) issues.push(fieldIssue(m, 'description', 'descriptionTooLong', { max: PROCEDURE_TEXT_MAX }));
  return issues;
}

/** The procedure as stored: trimmed texts, de-duplicated activity and framework lines, blank values left out. */
export function normaliseProcedure(draft: Partial<Procedure>): Procedure {
  const blank = (value: string | undefined): string | undefined => {
    const text = value?.trim();
    return text === undefined || text === '' ? undefined : text;
  };
  const url = blank(draft.documentLink?.url);
  return {
    title: (draft.title ?? '').trim(),
    procedureType: draft.procedureType ?? 'Procedure',
    owner: draft.owner,
    documentVersion: blank(draft.documentVersion),
    reviewDate: dayOf(draft.reviewDate),
    documentLink: url === undefined ? undefined : { url, description: blank(draft.documentLink?.description) ?? (draft.title ?? '').trim().slice(0, 255) },
    relatedActivities: joinLines(splitLines(draft.relatedActivities)),
    relatedFrameworks: joinLines(splitLines(draft.relatedFrameworks)),
    status: draft.status ?? 'Active',
    description: blank(draft.description)
  };
}
