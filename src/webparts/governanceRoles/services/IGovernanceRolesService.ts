/**
 * The Governance roles web part's only door to data. The container receives an implementation as a prop: PnPjs over
 * the GovernanceRoles list in production and in the workbench, a fake in tests. Nothing here imports SPFx or PnPjs.
 * Every method rejects with a `GovernanceError` whose `kind` tells the UI what to show.
 */
import type { PersonRef, Stored } from '../../../core/models/common';
import type { GovernanceRoleAssignment } from '../../../core/models/governanceRole';

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
}
