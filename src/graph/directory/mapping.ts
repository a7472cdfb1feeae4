/**
 * Graph JSON to the reader's shapes. Graph is trusted for shape only as far as checked here: an object without an
 * id or a display name is skipped (undefined), never half-mapped.
 */
import type { AppRole, DirectoryApp, DirectoryGroup, DirectoryPrincipal, DirectoryRole } from './types';

type Json = Record<string, unknown>;

/** Graph's "Default Access": an app assignment without a specific app role names this all-zero role id. */
export const DEFAULT_ACCESS_ROLE: AppRole = { id: '00000000-0000-0000-0000-000000000000', displayName: 'Default Access' };

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);

/** `@odata.type` of a directory object, or the principalType of an app role assignment, as the kind of principal. */
export type PrincipalKind = 'User' | 'Group' | 'ServicePrincipal';

function kindOf(raw: Json, hint: PrincipalKind | undefined): PrincipalKind | undefined {
  const odataType = text(raw['@odata.type'])?.toLowerCase();
  if (odataType === undefined) return hint ?? 'User';
  if (odataType === '#microsoft.graph.user') return 'User';
  if (odataType === '#microsoft.graph.group') return 'Group';
  if (odataType === '#microsoft.graph.serviceprincipal') return 'ServicePrincipal';
  // Devices and org contacts can sit in groups; they hold no access a review decides on.
  return undefined;
}

/** A user, guest, group or service principal; `now` decides whether a leave date is past. */
export function toPrincipal(raw: unknown, now: Date, hint?: PrincipalKind): DirectoryPrincipal | undefined {
  if (!isObject(raw)) return undefined;
  const id = text(raw.id);
  const displayName = text(raw.displayName);
  const kind = kindOf(raw, hint);
  if (id === undefined || displayName === undefined || kind === undefined) return undefined;
  const type = kind === 'Group' ? 'Group' : kind === 'ServicePrincipal' ? 'Service principal' : raw.userType === 'Guest' ? 'Guest' : 'User';
  const signIn = isObject(raw.signInActivity) ? text(raw.signInActivity.lastSignInDateTime) : undefined;
  const leave = text(raw.employeeLeaveDateTime);
  const leaveTime = leave !== undefined ? Date.parse(leave) : NaN;
  return {
    id, displayName, type,
    email: text(raw.mail) ?? text(raw.userPrincipalName),
    accountEnabled: typeof raw.accountEnabled === 'boolean' ? raw.accountEnabled : undefined,
    lastSignIn: signIn,
    department: text(raw.department),
    region: text(raw.officeLocation),
    // Selected but null is "no leave date" (false); not selected (refused) is unknown.
    leftOrganisation: Number.isFinite(leaveTime) ? leaveTime < now.getTime() : 'employeeLeaveDateTime' in raw ? false : undefined
  };
}

export function toGroup(raw: unknown, siteUrl?: string): DirectoryGroup | undefined {
  if (!isObject(raw)) return undefined;
  const id = text(raw.id);
  const displayName = text(raw.displayName);
  if (id === undefined || displayName === undefined) return undefined;
  const options = Array.isArray(raw.resourceProvisioningOptions) ? raw.resourceProvisioningOptions : [];
  const labels = Array.isArray(raw.assignedLabels) ? raw.assignedLabels : [];
  return {
    id, displayName, mail: text(raw.mail), siteUrl,
    isTeam: options.some((o) => o === 'Team'),
    labelIds: labels.map((l) => (isObject(l) ? text(l.labelId) : undefined)).filter((l): l is string => l !== undefined)
  };
}

export function toApp(raw: unknown): DirectoryApp | undefined {
  if (!isObject(raw)) return undefined;
  const id = text(raw.id);
  const displayName = text(raw.displayName);
  if (id === undefined || displayName === undefined) return undefined;
  const roles = (Array.isArray(raw.appRoles) ? raw.appRoles : [])
    .filter((r): r is Json => isObject(r) && r.isEnabled !== false)
    .map((r) => ({ id: text(r.id), displayName: text(r.displayName) ?? text(r.value) }))
    .filter((r): r is AppRole => r.id !== undefined && r.displayName !== undefined);
  return { id, displayName, appRoles: roles };
}

export function toRole(raw: unknown): DirectoryRole | undefined {
  if (!isObject(raw)) return undefined;
  const id = text(raw.id);
  const displayName = text(raw.displayName);
  return id === undefined || displayName === undefined ? undefined : { id, displayName };
}

/** An app role assignment's principal id, kind and display name (from `appRoleAssignedTo`). */
export function assignmentOf(raw: unknown): { principalId: string; kind: PrincipalKind; displayName: string; appRoleId: string } | undefined {
  if (!isObject(raw)) return undefined;
  const principalId = text(raw.principalId);
  const appRoleId = text(raw.appRoleId);
  const kind = raw.principalType === 'Group' ? 'Group' : raw.principalType === 'ServicePrincipal' ? 'ServicePrincipal' : raw.principalType === 'User' ? 'User' : undefined;
  if (principalId === undefined || appRoleId === undefined || kind === undefined) return undefined;
  return { principalId, kind, appRoleId, displayName: text(raw.principalDisplayName) ?? principalId };
}
