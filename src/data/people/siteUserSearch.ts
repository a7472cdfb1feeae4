import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import type { PersonRef } from '../../core/models/common';
import { quote } from '../odata/filter';

/** A site user as selected from `/_api/web/siteusers`. */
interface RawSiteUser {
  Id: number;
  Title: string;
  Email?: string;
  LoginName?: string;
  PrincipalType?: number;
}

/** Finds people for a person field: the site's users here, the directory in `DirectoryPeople` (which falls back to this). */
export interface IPeopleSearch {
  search(text: string, top?: number): Promise<PersonRef[]>;
}

/** Site users whose name or e-mail contains the text (the site user list is small: no list view threshold). */
export class SiteUserSearch implements IPeopleSearch {
  private readonly sp: SPFI;

  public constructor(sp: SPFI) {
    this.sp = sp;
  }

  public async search(text: string, top: number = 10): Promise<PersonRef[]> {
    const term = text.trim();
    if (term.length === 0) return [];
    const filter = `(substringof(${quote(term)},Title) or substringof(${quote(term)},Email)) and PrincipalType eq 1`;
    const users = await this.sp.web.siteUsers.select('Id', 'Title', 'Email', 'LoginName', 'PrincipalType').filter(filter).top(top)<RawSiteUser[]>();
    return users.map((u) => ({ id: u.Id, title: u.Title, email: u.Email || undefined, loginName: u.LoginName }));
  }
}
