import { MEETING_ACTION_STATUSES, MEETING_ITEM_KINDS, type MeetingAction } from '../../models/meetingAction';
import type { ListDefinition } from '../types';

/**
 * MeetingActions (issue 19, part 5): the governance meetings' decisions and actions, with owner, due date and status,
 * and the record each concerns. Default permissions (the site's members write): the leads record the actions and an
 * action's owner updates its status; the suite offers those edits only to them (see the README: SharePoint does not
 * enforce the owner rule, the item's version history shows who changed what).
 */
export const MEETING_ACTIONS_LIST: ListDefinition<MeetingAction> = {
  key: 'meetingActions',
  title: 'MeetingActions',
  description: 'Decisions and actions of governance meetings: owner, due date, status and the record they concern.',
  majorVersionLimit: 100,
  fields: [
    { internalName: 'Title', property: 'title', displayName: 'Title', type: 'Text', required: true, maxLength: 255, builtIn: true, indexed: true, group: 'action' },
    { internalName: 'MeetingTitle', property: 'meetingTitle', displayName: 'Meeting', type: 'Text', required: true, maxLength: 255, indexed: true, group: 'meeting' },
    { internalName: 'MeetingDate', property: 'meetingDate', displayName: 'Meeting date', type: 'DateTime', dateOnly: true, required: true, indexed: true, group: 'meeting' },
    { internalName: 'Kind', property: 'kind', displayName: 'Decision or action', type: 'Choice', choices: MEETING_ITEM_KINDS, required: true, group: 'action' },
    { internalName: 'ActionText', property: 'actionText', displayName: 'Text', type: 'Note', required: true, maxLength: 2000, group: 'action' },
    { internalName: 'Owner', property: 'owner', displayName: 'Owner', type: 'User', indexed: true, group: 'action' },
    { internalName: 'DueDate', property: 'dueDate', displayName: 'Due date', type: 'DateTime', dateOnly: true, indexed: true, group: 'action' },
    { internalName: 'Status', property: 'status', displayName: 'Status', type: 'Choice', choices: MEETING_ACTION_STATUSES, required: true, defaultValue: 'Open', indexed: true, group: 'action' },
    { internalName: 'RecordList', property: 'recordList', displayName: 'Record list', type: 'Text', maxLength: 255, indexed: true, group: 'record' },
    { internalName: 'RecordId', property: 'recordId', displayName: 'Record id', type: 'Number', integer: true, min: 1, indexed: true, group: 'record' },
    { internalName: 'Note', property: 'note', displayName: 'Note', type: 'Note', maxLength: 2000, group: 'action' }
  ]
};
