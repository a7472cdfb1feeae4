/**
 * The meeting action log's rules (issue 19, part 5): when an action is overdue, who may change what, the grouping by
 * meeting, the checks of a new or edited action, and the CSV rows. Pure: no SPFx, PnPjs or React.
 */
import type { FieldIssue } from '../errors';
import type { PersonRef } from '../models/common';
import { MEETING_ACTION_STATUSES, MEETING_ITEM_KINDS, type MeetingAction, type MeetingActionStatus } from '../models/meetingAction';
import { dayOf, fieldIssue, isoDay, type KnownUserCheck } from '../procedures/procedures';

/** Statuses that still need someone to act. */
export const OPEN_ACTION_STATUSES: readonly MeetingActionStatus[] = ['Open', 'In progress'];

/** An open or in-progress item whose due date has passed (decisions without a due date never are). */
export function isActionOverdue(action: Pick<MeetingAction, 'status' | 'dueDate'>, now: Date): boolean {
  const due = dayOf(action.dueDate);
  return OPEN_ACTION_STATUSES.includes(action.status) && due !== undefined && due < isoDay(now);
}

/** The overdue actions `person` owns (by site user id). */
export function overdueActionsOf<T extends Pick<MeetingAction, 'status' | 'dueDate' | 'owner'>>(actions: readonly T[], person: Pick<PersonRef, 'id'>, now: Date): T[] {
  return actions.filter((a) => a.owner?.id === person.id && isActionOverdue(a, now));
}

/** Actions on one record, and how many of them are overdue (the banner on the record's details). */
export function recordActionSummary(actions: readonly Pick<MeetingAction, 'status' | 'dueDate' | 'recordList' | 'recordId'>[], list: string, id: number, now: Date): { total: number; overdue: number; open: number } {
  const mine = actions.filter((a) => (a.recordList ?? '').toLowerCase() === list.toLowerCase() && a.recordId === id);
  return { total: mine.length, open: mine.filter((a) => OPEN_ACTION_STATUSES.includes(a.status)).length, overdue: mine.filter((a) => isActionOverdue(a, now)).length };
}

/** A meeting's key: its date and title without case (two meetings of one title on different days stay apart). */
export function meetingKey(action: Pick<MeetingAction, 'meetingTitle' | 'meetingDate'>): string {
  return `${dayOf(action.meetingDate) ?? ''}|${action.meetingTitle.trim().toLowerCase()}`;
}

/** One meeting and its items. */
export interface MeetingGroup<T> {
  readonly key: string;
  readonly title: string;
  readonly date: string;
  readonly items: T[];
}

/** Items grouped by meeting, the latest meeting first; within a meeting in the order given. */
export function groupByMeeting<T extends Pick<MeetingAction, 'meetingTitle' | 'meetingDate'>>(actions: readonly T[]): MeetingGroup<T>[] {
  const groups = new Map<string, { key: string; title: string; date: string; items: T[] }>();
  for (const action of actions) {
    const key = meetingKey(action);
    let group = groups.get(key);
    if (!group) {
      group = { key, title: action.meetingTitle.trim(), date: dayOf(action.meetingDate) ?? '', items: [] };
      groups.set(key, group);
    }
    group.items.push(action);
  }
  return [...groups.values()].sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title));
}

/** Who is changing an action: a governance lead edits everything; an action's owner only its status. */
export interface ActionEditor {
  readonly person: Pick<PersonRef, 'id'>;
  readonly isLead: boolean;
}

/** Whether `editor` may change the status of `action`. */
export function canUpdateStatus(action: Pick<MeetingAction, 'owner'>, editor: ActionEditor): boolean {
  return editor.isLead || (action.owner !== undefined && action.owner.id === editor.person.id);
}

export const ACTION_ISSUE_CODES = [
  'meetingRequired',
  'meetingTooLong',
  'meetingDateRequired',
  'kindRequired',
  'textRequired',
  'textTooLong',
  'ownerRequired',
  'unknownPerson',
  'dueDateRequired',
  'dueDateInPast',
  'dueDateInvalid',
  'statusRequired',
  'recordIncomplete',
  'noteTooLong',
  'notAllowed'
] as const;
export type ActionIssueCode = (typeof ACTION_ISSUE_CODES)[number];

/** Reference English messages; `{max}` is filled from the issue's params. */
export const ACTION_ISSUE_MESSAGES: Readonly<Record<ActionIssueCode, string>> = {
  meetingRequired: 'Name the meeting.',
  meetingTooLong: 'The meeting title is longer than {max} characters.',
  meetingDateRequired: 'Set the meeting date.',
  kindRequired: 'Choose decision or action.',
  textRequired: 'Write what was decided or is to be done.',
  textTooLong: 'The text is longer than {max} characters.',
  ownerRequired: 'Choose the owner.',
  unknownPerson: 'This person is not a user of the site: choose them from the people picker.',
  dueDateRequired: 'Set the due date of the action.',
  dueDateInPast: 'The due date of a new action cannot be in the past.',
  dueDateInvalid: 'The due date is not a date.',
  statusRequired: 'Choose the status.',
  recordIncomplete: 'Name the record: its list and its item id, or neither.',
  noteTooLong: 'The note is longer than {max} characters.',
  notAllowed: 'Only a governance lead or the action\'s owner may change this.'
};

export const ACTION_TEXT_MAX = 2000;
export const MEETING_TITLE_MAX = 255;

/**
 * Every problem with an action as the form holds it; empty when it may be written. `isNew`: a due date in the past is
 * refused only for a new action (an old one's due date is its history).
 */
export function validateMeetingAction(draft: Partial<MeetingAction>, options: { isNew: boolean; now: Date; isKnownUser?: KnownUserCheck }): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const m = ACTION_ISSUE_MESSAGES;
  const meeting = (draft.meetingTitle ?? '').trim();
  if (meeting === '') issues.push(fieldIssue(m, 'meetingTitle', 'meetingRequired'));
  else if (meeting.length > MEETING_TITLE_MAX) issues.push(fieldIssue(m, 'meetingTitle', 'meetingTooLong', { max: MEETING_TITLE_MAX }));
  if (dayOf(draft.meetingDate) === undefined) issues.push(fieldIssue(m, 'meetingDate', 'meetingDateRequired'));
  if (draft.kind === undefined || !(MEETING_ITEM_KINDS as readonly string[]).includes(draft.kind)) issues.push(fieldIssue(m, 'kind', 'kindRequired'));
  const text = (draft.actionText ?? '').trim();
  if (text === '') issues.push(fieldIssue(m, 'actionText', 'textRequired'));
  else if (text.length > ACTION_TEXT_MAX) issues.push(fieldIssue(m, 'actionText', 'textTooLong', { max: ACTION_TEXT_MAX }));
  const owner = draft.owner;
  if (owner === undefined || owner === null || !Number.isInteger(owner.id) || owner.id < 1) issues.push(fieldIssue(m, 'owner', 'ownerRequired'));
  else if (options.isKnownUser !== undefined && !options.isKnownUser(owner.id)) issues.push(fieldIssue(m, 'owner', 'unknownPerson'));
  const dueText = (draft.dueDate ?? '').trim();
  const due = dayOf(dueText);
  if (dueText !== '' && due === undefined) issues.push(fieldIssue(m, 'dueDate', 'dueDateInvalid'));
  else if (due === undefined && draft.kind === 'Action') issues.push(fieldIssue(m, 'dueDate', 'dueDateRequired'));
  else if (due !== undefined && options.isNew && due < isoDay(options.now)) issues.push(fieldIssue(m, 'dueDate', 'dueDateInPast'));
  if (draft.status === undefined || !(MEETING_ACTION_STATUSES as readonly string[]).includes(draft.status)) issues.push(fieldIssue(m, 'status', 'statusRequired'));
  const list = (draft.recordList ?? '').trim();
  const id = draft.recordId;
  const hasId = id !== undefined && id !== null;
  if ((list !== '') !== hasId || (hasId && (!Number.isInteger(id) || id < 1))) issues.push(fieldIssue(m, 'recordId', 'recordIncomplete'));
  if ((draft.note ?? '').length > ACTION_TEXT_MAX) issues.push(fieldIssue(m, 'note', 'noteTooLong', { max: ACTION_TEXT_MAX }));
  return issues;
}

/** The action as stored: trimmed texts, its title from the text, dates as days, blank values left out. */
export function normaliseMeetingAction(draft: Partial<MeetingAction>): MeetingAction {
  const text = (draft.actionText ?? '').trim();
  const note = draft.note?.trim();
  const list = draft.recordList?.trim();
  const hasRecord = list !== undefined && list !== '' && draft.recordId !== undefined;
  return {
    title: text.replace(/\s+/g, ' ').slice(0, 255),
    meetingTitle: (draft.meetingTitle ?? '').trim(),
    meetingDate: dayOf(draft.meetingDate) ?? '',
    kind: draft.kind ?? 'Action',
    actionText: text,
    owner: draft.owner,
    dueDate: dayOf(draft.dueDate),
    status: draft.status ?? 'Open',
    recordList: hasRecord ? list : undefined,
    recordId: hasRecord ? draft.recordId : undefined,
    note: note === undefined || note === '' ? undefined : note
  };
}

/** Texts the CSV export needs from the UI (localised). */
export interface ActionCsvLabels {
  readonly headers: readonly string[];
  readonly kind: (kind: MeetingAction['kind']) => string;
  readonly status: (status: MeetingActionStatus) => string;
  readonly overdue: string;
}

/** One CSV row per action, grouped by meeting (latest first): meeting, date, kind, text, owner, due, status, overdue, record, note. */
export function meetingActionCsvRows(actions: readonly MeetingAction[], labels: ActionCsvLabels, now: Date): string[][] {
  return groupByMeeting(actions).flatMap((group) => group.items.map((a) => [
    group.title,
    group.date,
    labels.kind(a.kind),
    a.actionText,
    a.owner?.title ?? '',
    dayOf(a.dueDate) ?? '',
    labels.status(a.status),
    isActionOverdue(a, now) ? labels.overdue : '',
    a.recordList !== undefined && a.recordId !== undefined ? `${a.recordList} #${a.recordId}` : '',
    a.note ?? ''
  ]));
}
