/** Localised text of the procedures library and the meeting action log: types, statuses, validation issues. */
import type { FieldIssue } from '../../../core/errors';
import type { MeetingActionStatus, MeetingItemKind } from '../../../core/models/meetingAction';
import type { ProcedureStatus, ProcedureType } from '../../../core/models/procedure';
import { formatNamed } from '../../../ui/format';

const TYPE_KEYS: Readonly<Record<ProcedureType, keyof IGovernanceRolesStrings>> = {
  Procedure: 'TypeProcedure',
  Standard: 'TypeStandard',
  Template: 'TypeTemplate',
  Guideline: 'TypeGuideline',
  'Process map': 'TypeProcessMap'
};

export function procedureTypeLabel(type: ProcedureType, strings: IGovernanceRolesStrings): string {
  const key = TYPE_KEYS[type];
  return key === undefined ? type : String(strings[key]);
}

export function procedureStatusLabel(status: ProcedureStatus, strings: IGovernanceRolesStrings): string {
  return status === 'Retired' ? strings.ProcedureRetired : strings.ProcedureActive;
}

export function actionKindLabel(kind: MeetingItemKind, strings: IGovernanceRolesStrings): string {
  return kind === 'Decision' ? strings.KindDecision : strings.KindAction;
}

const STATUS_KEYS: Readonly<Record<MeetingActionStatus, keyof IGovernanceRolesStrings>> = {
  Open: 'StatusOpen',
  'In progress': 'StatusInProgress',
  Done: 'StatusDone',
  Dropped: 'StatusDropped'
};

export function actionStatusLabel(status: MeetingActionStatus, strings: IGovernanceRolesStrings): string {
  const key = STATUS_KEYS[status];
  return key === undefined ? status : String(strings[key]);
}

/** A procedure's stored choice as the conflict dialog shows it (types and statuses localised); undefined otherwise. */
export function procedureValueText(field: string, value: unknown, strings: IGovernanceRolesStrings): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  if (field === 'procedureType') return procedureTypeLabel(value as ProcedureType, strings);
  if (field === 'status') return procedureStatusLabel(value as ProcedureStatus, strings);
  return undefined;
}

/** A meeting action's stored choice as the conflict dialog shows it (kinds and statuses localised); undefined otherwise. */
export function actionValueText(field: string, value: unknown, strings: IGovernanceRolesStrings): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  if (field === 'kind') return actionKindLabel(value as MeetingItemKind, strings);
  if (field === 'status') return actionStatusLabel(value as MeetingActionStatus, strings);
  return undefined;
}

/** Issue codes of both forms, by the string that says them (both share `unknownPerson` and `ownerRequired`). */
const ISSUE_KEYS: Readonly<Record<string, keyof IGovernanceRolesStrings>> = {
  titleRequired: 'IssueTitleRequired',
  titleTooLong: 'IssueTitleTooLong',
  typeRequired: 'IssueTypeRequired',
  ownerRequired: 'IssueOwnerRequired',
  unknownPerson: 'IssueUnknownPerson',
  versionInvalid: 'IssueVersionInvalid',
  reviewDateRequired: 'IssueReviewDateRequired',
  reviewDateInvalid: 'IssueReviewDateInvalid',
  linkInvalid: 'IssueLinkInvalid',
  activitiesTooLong: 'IssueTextTooLong',
  frameworksTooLong: 'IssueTextTooLong',
  descriptionTooLong: 'IssueTextTooLong',
  meetingRequired: 'IssueMeetingRequired',
  meetingTooLong: 'IssueTitleTooLong',
  meetingDateRequired: 'IssueMeetingDateRequired',
  kindRequired: 'IssueKindRequired',
  textRequired: 'IssueTextRequired',
  textTooLong: 'IssueTextTooLong',
  dueDateRequired: 'IssueDueDateRequired',
  dueDateInPast: 'IssueDueDateInPast',
  dueDateInvalid: 'IssueDueDateInvalid',
  statusRequired: 'IssueStatusRequired',
  recordIncomplete: 'IssueRecordIncomplete',
  noteTooLong: 'IssueNoteTooLong'
};

/** The localised message of a procedure or action issue (its English text for a code neither form knows). */
export function procedureIssueText(issue: FieldIssue, strings: IGovernanceRolesStrings): string {
  const key = ISSUE_KEYS[issue.code];
  return key === undefined ? issue.message : formatNamed(String(strings[key]), issue.params);
}

/** The issues of `field`, localised and joined, or undefined. */
export function issuesFor(issues: readonly FieldIssue[], field: string, strings: IGovernanceRolesStrings): string | undefined {
  const found = issues.filter((i) => i.field === field);
  return found.length === 0 ? undefined : found.map((i) => procedureIssueText(i, strings)).join(' ');
}
