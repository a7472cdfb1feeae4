import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import { toGovernanceError } from '../errors/toGovernanceError';

/**
 * Whether the signed-in user belongs to the SharePoint group `groupName` (case-insensitive), read from
 * `/_api/web/currentuser/groups`. For showing or hiding actions only: SharePoint's own permissions on the lists
 * remain what enforces who may write.
 */
export async function isCurrentUserInGroup(sp: SPFI, groupName: string): Promise<boolean> {
  try {
    const groups = await sp.web.currentUser.groups.select('Title')<{ Title: string }[]>();
    const wanted = groupName.toLowerCase();
    return groups.some((group) => group.Title.toLowerCase() === wanted);
  } catch (reason) {
    throw toGovernanceError(reason);
  }
}
