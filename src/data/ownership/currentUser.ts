import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import type { PersonRef } from '../../core/models/common';

interface RawCurrentUser {
  Id: number;
  Title: string;
  Email?: string;
  LoginName?: string;
}

/** The signed-in user as a site user (the id SharePoint writes into Author and person fields). */
export async function currentPerson(sp: SPFI): Promise<PersonRef> {
  const user = await sp.web.currentUser.select('Id', 'Title', 'Email', 'LoginName')<RawCurrentUser>();
  return { id: user.Id, title: user.Title, email: user.Email || undefined, loginName: user.LoginName };
}

/** Whether the signed-in user belongs to the site group `groupName` (case-insensitive, as SharePoint names are). */
export async function isCurrentUserInGroup(sp: SPFI, groupName: string): Promise<boolean> {
  const wanted = groupName.trim().toLowerCase();
  if (wanted === '') return false;
  const groups = await sp.web.currentUser.groups.select('Title')<{ Title: string }[]>();
  return groups.some((group) => group.Title.toLowerCase() === wanted);
}
