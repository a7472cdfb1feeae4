/**
 * SharePoint's permission model as the emulator applies it: the `SPBasePermissions` flags (a 64-bit mask kept in
 * two 32-bit halves, as REST returns it), the built-in permission levels computed from those flags, and the
 * effective permissions of a user on the web or a list (union of the levels bound to the user, their groups and
 * "Everyone except external users" at the list's scope; site collection admins hold everything).
 */
import { accessDenied } from './errors';
import type { EmulatorStore } from './store';
import type { ListDef, SiteUser } from './types';

/** A permission mask in SharePoint's two halves; both are unsigned 32-bit numbers. */
export interface Mask {
  readonly high: number;
  readonly low: number;
}

/** Flags of the low half of `SPBasePermissions`. */
export const LOW = {
  ViewListItems: 0x1, AddListItems: 0x2, EditListItems: 0x4, DeleteListItems: 0x8, ApproveItems: 0x10, OpenItems: 0x20,
  ViewVersions: 0x40, DeleteVersions: 0x80, CancelCheckout: 0x100, ManagePersonalViews: 0x200, ManageLists: 0x800,
  ViewFormPages: 0x1000, Open: 0x10000, ViewPages: 0x20000, AddAndCustomizePages: 0x40000, ApplyThemeAndBorder: 0x80000,
  ApplyStyleSheets: 0x100000, CreateSSCSite: 0x400000, ManagePermissions: 0x2000000, BrowseDirectories: 0x4000000,
  BrowseUserInfo: 0x8000000, AddDelPrivateWebParts: 0x10000000, UpdatePersonalWebParts: 0x20000000, ManageWeb: 0x40000000
} as const;

/** Flags of the high half (bit 32 and up of the 64-bit mask). */
export const HIGH = { UseClientIntegration: 0x10, UseRemoteAPIs: 0x20, CreateAlerts: 0x80, EditMyUserInfo: 0x100 } as const;

export type LowFlag = keyof typeof LOW;
export type HighFlag = keyof typeof HIGH;

/** The mask holding exactly `low` and `high` flags. */
export function maskOf(low: readonly LowFlag[], high: readonly HighFlag[] = []): Mask {
  return {
    low: low.reduce((m, f) => (m | LOW[f]) >>> 0, 0),
    high: high.reduce((m, f) => (m | HIGH[f]) >>> 0, 0)
  };
}

/** Union of masks. */
export const union = (a: Mask, b: Mask): Mask => ({ high: (a.high | b.high) >>> 0, low: (a.low | b.low) >>> 0 });

/** Whether `mask` holds the low-half flag. */
export const has = (mask: Mask, flag: LowFlag): boolean => (mask.low & LOW[flag]) !== 0;

export const EMPTY: Mask = { high: 0, low: 0 };
/** Full Control: every bit SharePoint defines (High 2147483647, Low 4294967295). */
export const FULL_MASK: Mask = { high: 0x7fffffff, low: 0xffffffff };

const READ_LOW: LowFlag[] = ['ViewListItems', 'OpenItems', 'ViewVersions', 'ViewFormPages', 'Open', 'ViewPages', 'CreateSSCSite', 'BrowseUserInfo'];
const READ_HIGH: HighFlag[] = ['UseClientIntegration', 'UseRemoteAPIs', 'CreateAlerts'];
const CONTRIBUTE_LOW: LowFlag[] = [...READ_LOW, 'AddListItems', 'EditListItems', 'DeleteListItems', 'DeleteVersions', 'ManagePersonalViews',
  'BrowseDirectories', 'AddDelPrivateWebParts', 'UpdatePersonalWebParts'];
const CONTRIBUTE_HIGH: HighFlag[] = [...READ_HIGH, 'EditMyUserInfo'];
/** Edit is Contribute plus Manage Lists: the flag that also bypasses item-level security. */
const EDIT_LOW: LowFlag[] = [...CONTRIBUTE_LOW, 'ManageLists'];
const DESIGN_LOW: LowFlag[] = [...EDIT_LOW, 'ApproveItems', 'CancelCheckout', 'AddAndCustomizePages', 'ApplyThemeAndBorder', 'ApplyStyleSheets'];

/** A permission level (SP.RoleDefinition). */
export interface RoleDefinition {
  readonly id: number;
  readonly name: string;
  readonly description: string;
  readonly mask: Mask;
  readonly order: number;
  /** SP.RoleType: 0 None (custom), 1 Guest, 2 Reader, 3 Contributor, 4 WebDesigner, 5 Administrator, 6 Editor. */
  readonly kind: number;
  readonly hidden: boolean;
}

/** SharePoint Online's built-in permission levels, with their ids, names, orders and role types. */
export const BUILT_IN_ROLES: readonly RoleDefinition[] = [
  { id: 1073741829, name: 'Full Control', description: 'Has full control.', mask: FULL_MASK, order: 1, kind: 5, hidden: false },
  { id: 1073741828, name: 'Design', description: 'Can view, add, update, delete, approve, and customize.', mask: maskOf(DESIGN_LOW, CONTRIBUTE_HIGH), order: 32, kind: 4, hidden: false },
  { id: 1073741830, name: 'Edit', description: 'Can add, edit and delete lists; can view, add, update and delete list items and documents.', mask: maskOf(EDIT_LOW, CONTRIBUTE_HIGH), order: 48, kind: 6, hidden: false },
  { id: 1073741827, name: 'Contribute', description: 'Can view, add, update, and delete list items and documents.', mask: maskOf(CONTRIBUTE_LOW, CONTRIBUTE_HIGH), order: 64, kind: 3, hidden: false },
  { id: 1073741826, name: 'Read', description: 'Can view pages and list items and download documents.', mask: maskOf(READ_LOW, READ_HIGH), order: 128, kind: 2, hidden: false },
  { id: 1073741825, name: 'Limited Access', description: 'Can view specific lists, document libraries, list items, folders, or documents when given permissions.',
    mask: maskOf(['ViewFormPages', 'Open', 'BrowseUserInfo'], ['UseClientIntegration', 'UseRemoteAPIs']), order: 160, kind: 1, hidden: true }
];

/** Ids of the built-in levels the emulator and its tests refer to. */
export const ROLE_IDS = { fullControl: 1073741829, design: 1073741828, edit: 1073741830, contribute: 1073741827, read: 1073741826, limitedAccess: 1073741825 } as const;

/** The scope key of role assignments: the web, or a list with unique role assignments. */
export const WEB_SCOPE = 'web';
export const scopeOf = (list: ListDef | undefined): string => (list?.HasUniqueRoleAssignments === true ? list.Id : WEB_SCOPE);

/** The principal ids a user acts as: themselves, every group they belong to, and Everyone. */
export function principalsOf(store: EmulatorStore, user: SiteUser): number[] {
  return [user.Id, ...store.groupIdsOf(user.Id), store.everyoneId];
}

/**
 * The user's effective permissions on `list` (or on the web when absent): the union of the permission levels bound
 * at that scope to any of their principals. Site collection admins hold Full Control whatever the assignments.
 */
export function effectivePermissions(store: EmulatorStore, user: SiteUser, list?: ListDef): Mask {
  if (user.IsSiteAdmin) return FULL_MASK;
  const principals = new Set(principalsOf(store, user));
  let mask = EMPTY;
  for (const assignment of store.roles.assignments(scopeOf(list))) {
    if (!principals.has(assignment.principalId)) continue;
    const role = store.roles.definition(assignment.roleId);
    if (role) mask = union(mask, role.mask);
  }
  return mask;
}

/** Throws SharePoint's 403 unless the user holds `flag` on `list` (or the web). */
export function demand(store: EmulatorStore, user: SiteUser, flag: LowFlag, list?: ListDef): Mask {
  const mask = effectivePermissions(store, user, list);
  if (!has(mask, flag)) throw accessDenied();
  return mask;
}

/** A principal of role assignments: a person (PrincipalType 1), Everyone (4, a security group) or a site group (8). */
export interface Principal {
  readonly Id: number;
  readonly Title: string;
  readonly LoginName: string;
  readonly PrincipalType: 1 | 4 | 8;
}

/** Resolves a principal id the way SharePoint's addroleassignment does (one id space for people and groups). */
export function principalById(store: EmulatorStore, id: number): Principal | undefined {
  if (id === store.everyoneId) return { Id: id, Title: 'Everyone except external users', LoginName: store.everyoneLogin, PrincipalType: 4 };
  const group = store.getGroupById(id);
  if (group) return { Id: id, Title: group.Title, LoginName: group.Title, PrincipalType: 8 };
  const user = store.getUserById(id);
  return user ? { Id: id, Title: user.Title, LoginName: user.loginName, PrincipalType: 1 } : undefined;
}

/** SharePoint's JSON for a mask: both halves as decimal strings (Edm.Int64 in JSON). */
export const maskJson = (mask: Mask): { High: string; Low: string } => ({ High: String(mask.high), Low: String(mask.low) });
