/**
 * The Governance roles web part's only door to data. The container receives an implementation as a prop: PnPjs over
 * the GovernanceRoles list in production and in the workbench, a fake in tests. Nothing here imports SPFx or PnPjs.
 * Every method rejects with a `GovernanceError` whose `kind` tells the UI what to show.
 */
import type { PersonRef, Stored } from '../../../core/models/common';
import type { GovernanceRoleAssignment } from '../../../core/models/governanceRole';
import type { MeetingAction, MeetingActionStatus } from '../../../core/models/meetingAction';
import type { Procedure } from '../../../core/models/procedure';

/** Who is looking, and the names the scope and assignee pickers offer. */
export interface RolesSession {
  readonly currentUser: PersonRef;
  /** Member of the Governance Leads group: may edit the matrix (SharePoint enforces it: the list is leadsWrite). */
  readonly isLead: boolean;
  /** The site's SharePoint groups (assignable as a role). */
  readonly groups: readonly string[];
  readonly regions: readonly string[];
  readonly missions: readonly string[];
  /** Each mission's region (from the Missions list), so a mission's matrix shows who decides when it names nobody. */
  readonly missionRegions: Readonly<Record<string, string>>;
  readonly departments: readonly string[];
}

export interface IGovernanceRolesService {
  session(): Promise<RolesSession>;
  /** Every assignment (the matrix is small: a few per activity and scope). */
  load(): Promise<Stored<GovernanceRoleAssignment>[]>;
  /** Validates against what is stored now and the site's groups (Validation with issue codes; nothing written), then creates. */
  add(draft: Partial<GovernanceRoleAssignment>): Promise<Stored<GovernanceRoleAssignment>>;
  /** Deletes with If-Match `etag`: Conflict when someone changed it since it was read; NotFound when it is gone. */
  remove(item: Stored<GovernanceRoleAssignment>): Promise<void>;
  /** The assignment as stored now (after a conflict). */
  get(id: number): Promise<Stored<GovernanceRoleAssignment>>;
  searchPeople(text: string): Promise<PersonRef[]>;
  /** The matrix as an .xlsx workbook (formula-like text escaped). */
  exportXlsx(headers: readonly string[], rows: readonly (readonly string[])[], sheetName: string): Promise<Blob>;

  /** Every procedure of the library (issue 19, part 3). */
  procedures(): Promise<Stored<Procedure>[]>;
  /**
   * Validates (Validation with `PROCEDURE_ISSUE_CODES`; an owner who is not a site user is `unknownPerson`) and creates
   * the procedure, or, with `existing`, saves it over that item with its ETag (Conflict when changed since).
   * SharePoint refuses (Forbidden) anyone but a governance lead: the list is leadsWrite.
   */
  saveProcedure(draft: Partial<Procedure>, existing?: Stored<Procedure>): Promise<Stored<Procedure>>;
  /** Retires or reinstates a procedure with its ETag. */
  setProcedureStatus(item: Stored<Procedure>, status: Procedure['status']): Promise<Stored<Procedure>>;
  /** The procedure as stored now (after a conflict). */
  getProcedure(id: number): Promise<Stored<Procedure>>;

  /** Every meeting decision and action (issue 19, part 5). */
  meetingActions(): Promise<Stored<MeetingAction>[]>;
  /** Validates (a due date in the past refused for a new action; `ACTION_ISSUE_CODES`) and creates, or saves over `existing` with its ETag. */
  saveAction(draft: Partial<MeetingAction>, existing?: Stored<MeetingAction>): Promise<Stored<MeetingAction>>;
  /** Changes the status with the action's ETag; only its owner or a lead (Forbidden otherwise, nothing sent). */
  setActionStatus(action: Stored<MeetingAction>, status: MeetingActionStatus): Promise<Stored<MeetingAction>>;
  /** The action as stored now (after a conflict). */
  getAction(id: number): Promise<Stored<MeetingAction>>;
  /** The action log as CSV through the rollout kit's writer (formula-like text escaped). */
  exportActionsCsv(headers: readonly string[], rows: readonly (readonly string[])[]): Blob;
  /** Today as the service sees it (the overdue rules' clock). */
  now(): Date;
}
