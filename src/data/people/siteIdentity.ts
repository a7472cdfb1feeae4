import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import { isGovernanceError } from '../../core/errors';
import type { PersonRef } from '../../core/models/common';

interface RawUser {
  Id: number;
  Title: string;
  Email?: string;
  LoginName?: string;
}

/** Who is signed in, and who belongs to a SharePoint group (e.g. the governance leads). */
export interface ISiteIdentity {
  currentUser(): Promise<PersonRef>;
  /** Site user ids of the group's members; empty when the group does not exist. */
  groupMemberIds(groupName: string): Promise<ReadonlySet<number>>;
}

/** Identity from SharePoint itself (`/_api/web/currentuser`, `/_api/web/sitegroups/getbyname(...)/users`). */
export class SiteIdentity implements ISiteIdentity {
  private readonly sp: SPFI;

  public constructor(sp: SPFI) {
    this.sp = sp;
  }

  public async currentUser(): Promise<PersonRef> {
    const user = await this.sp.web.currentUser.select('Id', 'Title', 'Email', 'LoginName')<RawUser>();
    return { id: user.Id, title: user.Title, email: user.Email || undefined, loginName: user.LoginName };
  }

  public async groupMemberIds(groupName: string): Promise<ReadonlySet<number>> {
    try {
      const users = await this.sp.web.siteGroups.getByName(groupName).users.select('Id')<RawUser[]>();
      return new Set(users.map((u) => u.Id));
    } catch (error) {
      // No such group on this site: nobody is a lead, so no verification counts (never everyone).
      if (isGovernanceError(error, 'NotFound')) return new Set<number>();
      throw error;
    }
  }
}
