import type { MeetingAction } from '../models/meetingAction';
import { canUpdateStatus, groupByMeeting, isActionOverdue, meetingActionCsvRows, overdueActionsOf, recordActionSummary, validateMeetingAction } from './index';

const NOW = new Date('2026-06-15T10:00:00Z');
const jonas = { id: 10, title: 'Jonas Weber' };
const mei = { id: 11, title: 'Mei Chen' };

function action(values: Partial<MeetingAction> = {}): MeetingAction {
  return { title: 'x', meetingTitle: 'Data board', meetingDate: '2026-06-01', kind: 'Action', actionText: 'Name a custodian', owner: jonas, dueDate: '2026-06-30', status: 'Open', ...values };
}
const codes = (values: Partial<MeetingAction>, isNew = true): string[] => validateMeetingAction(values, { isNew, now: NOW }).map((i) => i.code);

describe('overdue actions', () => {
  it('flags open and in-progress actions past their due date', () => {
    expect(isActionOverdue(action({ dueDate: '2026-06-14' }), NOW)).toBe(true);
    expect(isActionOverdue(action({ dueDate: '2026-06-14', status: 'In progress' }), NOW)).toBe(true);
    expect(isActionOverdue(action({ dueDate: '2026-06-15' }), NOW)).toBe(false);
  });
  it('never flags done or dropped actions, or a decision without a due date', () => {
    expect(isActionOverdue(action({ dueDate: '2026-01-01', status: 'Done' }), NOW)).toBe(false);
    expect(isActionOverdue(action({ dueDate: '2026-01-01', status: 'Dropped' }), NOW)).toBe(false);
    expect(isActionOverdue(action({ kind: 'Decision', dueDate: undefined }), NOW)).toBe(false);
  });
  it('lists a person\'s own overdue actions only', () => {
    const list = [action({ dueDate: '2026-06-01' }), action({ dueDate: '2026-06-01', owner: mei }), action({ dueDate: '2026-07-01' })];
    expect(overdueActionsOf(list, jonas, NOW)).toEqual([list[0]]);
  });
  it('summarises a record\'s actions', () => {
    const list = [action({ recordList: 'DataAssets', recordId: 4, dueDate: '2026-06-01' }), action({ recordList: 'DataAssets', recordId: 4, status: 'Done' }), action({ recordList: 'AISystems', recordId: 4 })];
    expect(recordActionSummary(list, 'dataassets', 4, NOW)).toEqual({ total: 2, open: 1, overdue: 1 });
  });
});

describe('who may change an action', () => {
  it('lets a lead and the owner change the status, nobody else', () => {
    expect(canUpdateStatus(action(), { person: jonas, isLead: false })).toBe(true);
    expect(canUpdateStatus(action(), { person: mei, isLead: true })).toBe(true);
    expect(canUpdateStatus(action(), { person: mei, isLead: false })).toBe(false);
  });
});

describe('grouping by meeting', () => {
  it('groups by title and date, latest meeting first', () => {
    const groups = groupByMeeting([action({ meetingTitle: 'Data board', meetingDate: '2026-05-01' }), action({ meetingTitle: 'AI board' }), action({ meetingTitle: 'data board ', meetingDate: '2026-05-01' }), action()]);
    expect(groups.map((g) => [g.title, g.date, g.items.length])).toEqual([['AI board', '2026-06-01', 1], ['Data board', '2026-06-01', 1], ['Data board', '2026-05-01', 2]]);
  });
});

describe('action validation', () => {
  it('accepts a complete new action', () => {
    expect(codes(action())).toEqual([]);
  });
  it('refuses a new action due in the past, but keeps an old one\'s history', () => {
    expect(codes(action({ dueDate: '2026-06-14' }))).toEqual(['dueDateInPast']);
    expect(codes(action({ dueDate: '2026-06-14' }), false)).toEqual([]);
  });
  it('reports no owner, no text, no meeting and an incomplete record', () => {
    expect(codes({ kind: 'Action', status: 'Open', meetingDate: '2026-06-01', dueDate: '2026-07-01', recordList: 'DataAssets' })).toEqual(['meetingRequired', 'textRequired', 'ownerRequired', 'recordIncomplete']);
  });
  it('needs a due date for an action, not for a decision', () => {
    expect(codes(action({ dueDate: undefined }))).toEqual(['dueDateRequired']);
    expect(codes(action({ kind: 'Decision', dueDate: undefined }))).toEqual([]);
  });
  it('reports an unknown person', () => {
    expect(validateMeetingAction(action(), { isNew: true, now: NOW, isKnownUser: () => false }).map((i) => i.code)).toEqual(['unknownPerson']);
  });
});

describe('CSV rows', () => {
  it('writes one row per action with the overdue flag and the record', () => {
    const rows = meetingActionCsvRows([action({ dueDate: '2026-06-01', recordList: 'DataAssets', recordId: 3, note: '=cmd' })], { headers: [], kind: (k) => k, status: (s) => s, overdue: 'Overdue' }, NOW);
    expect(rows).toEqual([['Data board', '2026-06-01', 'Action', 'Name a custodian', 'Jonas Weber', '2026-06-01', 'Open', 'Overdue', 'DataAssets #3', '=cmd']]);
  });
});
