import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import type { PersonRef } from '../../core/models/common';

/**
 * The SharePoint group whose members are governance leads. Site owners manage it like any group; the suite decides
 * nothing from a person's job title or a field on a record.
 */
export const GOVERNANCE_LEADS_GROUP = 'Governance Leads';

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
  currentUser(): Promise<PersonRef>;
  /** Members of the named site group (users only); rejects NotFound when the group does not exist. */
  groupMembers(groupName: string): Promise<PersonRef[]>;
}

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
}
