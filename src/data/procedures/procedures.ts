/**
 * Reading and writing the procedures library (list Procedures) and the meeting action log (list MeetingActions).
 * Every write is validated first (a refused one writes nothing) and every update carries the ETag read, so a record
 * changed by someone else since is reported as a Conflict, never overwritten.
 */
import { GovernanceError, type FieldIssue } from '../../core/errors';
import { canUpdateStatus, normaliseMeetingAction, validateMeetingAction, type ActionEditor } from '../../core/meetingActions';
import type { Stored } from '../../core/models/common';
import type { MeetingAction, MeetingActionStatus } from '../../core/models/meetingAction';
import type { Procedure } from '../../core/models/procedure';
import { normaliseProcedure, validateProcedure, type KnownUserCheck } from '../../core/procedures';
import { readAll } from '../query/readMatching';
import { MEETING_ACTIONS_LIST } from '../../core/schema';
import { and, eq } from '../odata/filter';
import { filterField } from '../odata/fieldRef';
import type { Repositories } from '../repositories/createRepositories';
import { toCsv } from '../spreadsheet/writeSpreadsheet';

type ProcedureRepos = Pick<Repositories, 'procedures'>;
type ActionRepos = Pick<Repositories, 'meetingActions'>;

/** A Validation error carrying every issue (the UI localises them by code). */
function refuse(issues: readonly FieldIssue[]): never {
  throw new GovernanceError('Validation', issues.map((i) => i.message).join(' '), { issues });
}

/** Every procedure (the library is small: tens to a few hundred items). */
export function loadProcedures(repositories: ProcedureRepos): Promise<Stored<Procedure>[]> {
  return readAll(repositories.procedures, {});
}

/** Validates `draft` and creates it (Validation with `PROCEDURE_ISSUE_CODES`, nothing written, when any issue remains). */
export async function addProcedure(repositories: ProcedureRepos, draft: Partial<Procedure>, isKnownUser?: KnownUserCheck): Promise<Stored<Procedure>> {
  const issues = validateProcedure(draft, isKnownUser);
  if (issues.length > 0) refuse(issues);
  return repositories.procedures.create(normaliseProcedure(draft));
}

/** Validates and saves the whole procedure over the stored one with If-Match `etag`; the item as stored now. */
export async function updateProcedure(repositories: ProcedureRepos, id: number, draft: Partial<Procedure>, etag: string, isKnownUser?: KnownUserCheck): Promise<Stored<Procedure>> {
  const issues = validateProcedure(draft, isKnownUser);
  if (issues.length > 0) refuse(issues);
  // Every field is sent (blank ones cleared), so clearing a value in the form clears it in the list.
  await repositories.procedures.update(id, normaliseProcedure(draft), etag);
  return repositories.procedures.getById(id);
}

/** Retires (or reinstates) a procedure with If-Match `etag`. */
export async function setProcedureStatus(repositories: ProcedureRepos, item: Stored<Procedure>, status: Procedure['status']): Promise<Stored<Procedure>> {
  await repositories.procedures.update(item.id, { status }, item.etag);
  return repositories.procedures.getById(item.id);
}

/** Every meeting action (a light log: a few hundred items a year). */
export function loadMeetingActions(repositories: ActionRepos): Promise<Stored<MeetingAction>[]> {
  return readAll(repositories.meetingActions, {});
}

/**
 * The actions about one record (`list`: its list's title, as stored in RecordList), on the indexed RecordId and
 * RecordList columns: one request for a details panel, whatever the size of the log.
 */
export function loadRecordActions(repositories: ActionRepos, list: string, id: number): Promise<Stored<MeetingAction>[]> {
  const filter = and(eq(filterField(MEETING_ACTIONS_LIST, 'recordId'), id), eq(filterField(MEETING_ACTIONS_LIST, 'recordList'), list));
  return readAll(repositories.meetingActions, { filter });
}

/** Validates a new action (a due date in the past refused) and creates it; nothing is written when any issue remains. */
export async function addMeetingAction(repositories: ActionRepos, draft: Partial<MeetingAction>, now: Date, isKnownUser?: KnownUserCheck): Promise<Stored<MeetingAction>> {
  const issues = validateMeetingAction(draft, { isNew: true, now, isKnownUser });
  if (issues.length > 0) refuse(issues);
  return repositories.meetingActions.create(normaliseMeetingAction(draft));
}

/** A lead's edit of a whole action with If-Match `etag` (its past due date is kept as history). */
export async function updateMeetingAction(repositories: ActionRepos, id: number, draft: Partial<MeetingAction>, etag: string, now: Date, isKnownUser?: KnownUserCheck): Promise<Stored<MeetingAction>> {
  const issues = validateMeetingAction(draft, { isNew: false, now, isKnownUser });
  if (issues.length > 0) refuse(issues);
  await repositories.meetingActions.update(id, normaliseMeetingAction(draft), etag);
  return repositories.meetingActions.getById(id);
}

/**
 * The owner's (or a lead's) status change with If-Match on the action's ETag. Anyone else is refused (Forbidden)
 * before anything is sent: SharePoint would let any member write the list, the suite does not.
 */
export async function updateActionStatus(repositories: ActionRepos, action: Stored<MeetingAction>, status: MeetingActionStatus, editor: ActionEditor): Promise<Stored<MeetingAction>> {
  if (!canUpdateStatus(action, editor)) throw new GovernanceError('Forbidden', 'Only a governance lead or the action\'s owner may change its status.');
  await repositories.meetingActions.update(action.id, { status }, action.etag);
  return repositories.meetingActions.getById(action.id);
}

/** The action log as a UTF-8 CSV (with BOM) through the rollout kit's writer: formula-like text is escaped. */
export function meetingActionsCsv(headers: readonly string[], rows: readonly (readonly string[])[]): Blob {
  return toCsv(headers, rows);
}
