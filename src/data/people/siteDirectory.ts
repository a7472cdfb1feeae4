/**
 * Who is signed in and who belongs to a SharePoint group: the one place every web part asks (governance leads are
 * the members of a site group). Showing or hiding actions only: SharePoint's own permissions on the lists, and the
 * decision items' Author, remain what enforces who may do what.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import { isGovernanceError } from '../../core/errors';
import type { PersonRef } from '../../core/models/common';

export { GOVERNANCE_LEADS_GROUP } from '../../core/roles';

interface RawUser {
  Id: number;
  Title: string;
  Email?: string;
  LoginName?: string;
}

function toPerson(u: RawUser): PersonRef {
  return { id: u.Id, title: u.Title, email: u.Email || undefined, loginName: u.LoginName };
}

/** Who is signed in, and who belongs to a site group. */
export interface ISiteDirectory {
  /** The signed-in user as a site user (the id SharePoint writes into Author and person fields). */
  currentUser(): Promise<PersonRef>;
  /** Members of the named site group (users only); rejects NotFound when the group does not exist. */
  groupMembers(groupName: string): Promise<PersonRef[]>;
  /** Site user ids of the group's members; empty when the group does not exist (nobody, never everyone). */
  groupMemberIds(groupName: string): Promise<ReadonlySet<number>>;
  /** Whether the signed-in user belongs to the group (case-insensitive, as SharePoint names are). */
  isCurrentUserInGroup(groupName: string): Promise<boolean>;
}

/** The part of the directory the AI Registry needs (its tests fake just this). */
export type ISiteIdentity = Pick<ISiteDirectory, 'currentUser' | 'groupMemberIds'>;

/** `ISiteDirectory` over SharePoint's own endpoints (`/_api/web/currentuser`, `/_api/web/sitegroups`). */
export class SiteDirectory implements ISiteDirectory {
  private readonly sp: SPFI;

  public constructor(sp: SPFI) {
    this.sp = sp;
  }

  public async currentUser(): Promise<PersonRef> {
    return toPerson(await this.sp.web.currentUser.select('Id', 'Title', 'Email', 'LoginName')<RawUser>());
  }

  public async groupMembers(groupName: string): Promise<PersonRef[]> {
    const users = await this.sp.web.siteGroups.getByName(groupName).users.select('Id', 'Title', 'Email', 'LoginName')<RawUser[]>();
    return users.map(toPerson);
  }

  public async groupMemberIds(groupName: string): Promise<ReadonlySet<number>> {
    try {
      return new Set((await this.groupMembers(groupName)).map((p) => p.id));
    } catch (error) {
      if (isGovernanceError(error, 'NotFound')) return new Set<number>();
      throw error;
    }
  }

  public async isCurrentUserInGroup(groupName: string): Promise<boolean> {
    const wanted = groupName.trim().toLowerCase();
    if (wanted === '') return false;
    const groups = await this.sp.web.currentUser.groups.select('Title')<{ Title: string }[]>();
    return groups.some((group) => group.Title.toLowerCase() === wanted);
  }
}

/** The signed-in user, for callers holding only the PnPjs root. */
export function currentPerson(sp: SPFI): Promise<PersonRef> {
  return new SiteDirectory(sp).currentUser();
}

/** Whether the signed-in user belongs to the group, for callers holding only the PnPjs root. */
export function isCurrentUserInGroup(sp: SPFI, groupName: string): Promise<boolean> {
  return new SiteDirectory(sp).isCurrentUserInGroup(groupName);
}
