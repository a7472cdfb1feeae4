import type { SPFI } from '@pnp/sp';
import { DEPARTMENTS } from '../../../core/reference';
import { escapeFormula } from '../../../core/import/cells';
import type { PersonRef, Stored } from '../../../core/models/common';
import type { GovernanceRoleAssignment } from '../../../core/models/governanceRole';
import type { MeetingAction, MeetingActionStatus } from '../../../core/models/meetingAction';
import type { Procedure } from '../../../core/models/procedure';
import { addAssignment, isSiteUser, loadAssignments, siteGroupNames } from '../../../data/governanceRoles';
import {
  addMeetingAction,
  addProcedure,
  loadMeetingActions,
  loadProcedures,
  meetingActionsCsv,
  setProcedureStatus,
  updateActionStatus,
  updateMeetingAction,
  updateProcedure
} from '../../../data/procedures';
import { GOVERNANCE_LEADS_GROUP, type ISiteDirectory } from '../../../data/people/siteDirectory';
import type { IPeopleSearch } from '../../../data/people/siteUserSearch';
import { readAll } from '../../../data/query/readMatching';
import type { Repositories } from '../../../data/repositories/createRepositories';
import { toXlsx } from '../../../data/spreadsheet/writeSpreadsheet';
import type { IGovernanceRolesService, RolesSession } from './IGovernanceRolesService';

const byName = (a: string, b: string): number => a.localeCompare(b);

/** The Governance roles service over the site's lists (PnPjs), for the web part and the workbench alike. */
export class GovernanceRolesService implements IGovernanceRolesService {
  private groupsCache: Promise<string[]> | undefined;

  public constructor(
    private readonly sp: SPFI,
    private readonly repositories: Repositories,
    private readonly people: IPeopleSearch,
    private readonly directory: ISiteDirectory,
    private readonly clock: () => Date = () => new Date()
  ) {}

  /** Whether a person id is a site user (looked up once per save: the picker only offers site users). */
  private async knownUser(id: number | undefined): Promise<(candidate: number) => boolean> {
    const known = id !== undefined && id > 0 ? await isSiteUser(this.sp, id) : true;
    return (candidate) => candidate !== id || known;
  }

  private groups(): Promise<string[]> {
    if (!this.groupsCache) {
      this.groupsCache = siteGroupNames(this.sp).catch((error: unknown) => {
        this.groupsCache = undefined;
        throw error;
      });
    }
    return this.groupsCache;
  }

  public async session(): Promise<RolesSession> {
    const [currentUser, isLead, groups, missions] = await Promise.all([
      this.directory.currentUser(),
      this.directory.isCurrentUserInGroup(GOVERNANCE_LEADS_GROUP),
      this.groups(),
      readAll(this.repositories.missions, { select: ['title', 'region'] })
    ]);
    return {
      currentUser,
      isLead,
      groups,
      missions: missions.map((m) => m.title).sort(byName),
      missionRegions: Object.fromEntries(missions.map((m) => [m.title, m.region])),
      regions: [...new Set(missions.map((m) => m.region).filter((r): r is string => typeof r === 'string' && r !== ''))].sort(byName),
      departments: [...DEPARTMENTS].sort(byName)
    };
  }

  public load(): Promise<Stored<GovernanceRoleAssignment>[]> {
    return loadAssignments(this.repositories);
  }

  public async add(draft: Partial<GovernanceRoleAssignment>): Promise<Stored<GovernanceRoleAssignment>> {
    // A person must be a site user: the picker only offers them, but a stale id would fail as a bare SharePoint error.
    const personId = draft.assigneeKind === 'Person' ? draft.assigneePerson?.id : undefined;
    const known = personId !== undefined && personId > 0 ? await isSiteUser(this.sp, personId) : true;
    return addAssignment(this.repositories, draft, { groups: await this.groups(), isKnownUser: (id) => id !== personId || known });
  }

  public remove(item: Stored<GovernanceRoleAssignment>): Promise<void> {
    return this.repositories.governanceRoles.delete(item.id, item.etag);
  }

  public get(id: number): Promise<Stored<GovernanceRoleAssignment>> {
    return this.repositories.governanceRoles.getById(id);
  }

  public searchPeople(text: string): Promise<PersonRef[]> {
    return this.people.search(text);
  }

  public procedures(): Promise<Stored<Procedure>[]> {
    return loadProcedures(this.repositories);
  }

  public async saveProcedure(draft: Partial<Procedure>, existing?: Stored<Procedure>): Promise<Stored<Procedure>> {
    const known = await this.knownUser(draft.owner?.id);
    return existing ? updateProcedure(this.repositories, existing.id, draft, existing.etag, known) : addProcedure(this.repositories, draft, known);
  }

  public setProcedureStatus(item: Stored<Procedure>, status: Procedure['status']): Promise<Stored<Procedure>> {
    return setProcedureStatus(this.repositories, item, status);
  }

  public getProcedure(id: number): Promise<Stored<Procedure>> {
    return this.repositories.procedures.getById(id);
  }

  public meetingActions(): Promise<Stored<MeetingAction>[]> {
    return loadMeetingActions(this.repositories);
  }

  public async saveAction(draft: Partial<MeetingAction>, existing?: Stored<MeetingAction>): Promise<Stored<MeetingAction>> {
    const known = await this.knownUser(draft.owner?.id);
    return existing
      ? updateMeetingAction(this.repositories, existing.id, draft, existing.etag, this.clock(), known)
      : addMeetingAction(this.repositories, draft, this.clock(), known);
  }

  public async setActionStatus(action: Stored<MeetingAction>, status: MeetingActionStatus): Promise<Stored<MeetingAction>> {
    const [person, isLead] = await Promise.all([this.directory.currentUser(), this.directory.isCurrentUserInGroup(GOVERNANCE_LEADS_GROUP)]);
    return updateActionStatus(this.repositories, action, status, { person, isLead });
  }

  public getAction(id: number): Promise<Stored<MeetingAction>> {
    return this.repositories.meetingActions.getById(id);
  }

  public exportActionsCsv(headers: readonly string[], rows: readonly (readonly string[])[]): Blob {
    return meetingActionsCsv(headers, rows);
  }

  public now(): Date {
    return this.clock();
  }

  public exportXlsx(headers: readonly string[], rows: readonly (readonly string[])[], sheetName: string): Promise<Blob> {
    return toXlsx(headers.map(escapeFormula), rows.map((row) => row.map(escapeFormula)), { data: sheetName.slice(0, 31) });
  }
}
