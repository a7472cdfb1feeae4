import { SPQueryable, spGet, type SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import { toGovernanceError } from '../errors/toGovernanceError';

/** SharePoint's `EffectiveBasePermissions`: a 64-bit mask in two 32-bit halves (numbers or numeric strings). */
interface BasePermissions {
  readonly High: string | number;
  readonly Low: string | number;
}

/** `PermissionKind.EditListItems` is 3: bit 2 of the low half. */
const EDIT_LIST_ITEMS_BIT = 1 << 2;

/**
 * Whether the signed-in user may edit items of list `title` (the list's `EffectiveBasePermissions`). Used to offer
 * actions that write to records only to people who can; SharePoint still refuses any write they may not make.
 */
export async function canEditItems(sp: SPFI, title: string): Promise<boolean> {
  try {
    const permissions = await spGet<BasePermissions>(SPQueryable(sp.web.lists.getByTitle(title), 'EffectiveBasePermissions'));
    return (Number(permissions.Low) & EDIT_LIST_ITEMS_BIT) !== 0;
  } catch (error) {
    throw toGovernanceError(error);
  }
}
