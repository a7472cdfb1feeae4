import type { IsoDate, PersonRef } from './common';

/** A meeting's outcome: something decided, or something someone must do. */
export const MEETING_ITEM_KINDS = ['Decision', 'Action'] as const;
export type MeetingItemKind = (typeof MEETING_ITEM_KINDS)[number];

export const MEETING_ACTION_STATUSES = ['Open', 'In progress', 'Done', 'Dropped'] as const;
export type MeetingActionStatus = (typeof MEETING_ACTION_STATUSES)[number];

/** Lists a meeting action may concern (list titles, as the RACI's record scopes name them). */
export const ACTION_RECORD_LISTS = ['DataAssets', 'AISystems', 'Risks', 'ProcessingActivities', 'DPIAs'] as const;

/**
 * One decision or action of a governance meeting (list MeetingActions, issue 19, part 5). The meeting is named by
 * its title and date (a light log: no meetings list); the record it concerns by list title and item id.
 */
export interface MeetingAction {
  /** The text's first 255 characters (SharePoint list views show Title). */
  title: string;
  meetingTitle: string;
  meetingDate: IsoDate;
  kind: MeetingItemKind;
  /** What was decided or is to be done. */
  actionText: string;
  owner?: PersonRef;
  dueDate?: IsoDate;
  status: MeetingActionStatus;
  /** The list title of the record it concerns (e.g. `DataAssets`). */
  recordList?: string;
  recordId?: number;
  note?: string;
}
