/**
 * What the directory says principals hold now, for the entitlements the active SoD rules name (group membership or
 * ownership, app roles, directory roles): read live through Graph so a conflict granted since the last campaign shows
 * too. Where Graph is not consented (401/403) the violations come from the snapshots alone; the caller is told.
 */
import { entitlementKey, type HeldEntitlement } from '../../core/accessReviews';
import type { SoDRule } from '../../core/models/accessReview';
import type { Stored } from '../../core/models/common';
import type { DirectoryPrincipal, IDirectoryReader } from '../../graph/directory/types';
import { toGovernanceError } from '../errors/toGovernanceError';

/** The resources the active rules name, by kind (keys are lower-cased by `entitlementKey`). */
function namedResources(rules: readonly Stored<SoDRule>[]): { groups: Set<string>; apps: Set<string>; roles: Set<string> } {
  const found = { groups: new Set<string>(), apps: new Set<string>(), roles: new Set<string>() };
  for (const rule of rules) {
    if (!rule.active) continue;
    for (const key of [rule.entitlementA, rule.entitlementB]) {
      const [kind, resource] = (key ?? '').toLowerCase().split(':');
      if (!resource) continue;
      if (kind === 'member' || kind === 'owner') found.groups.add(resource);
      else if (kind === 'app role') found.apps.add(resource);
      else if (kind === 'directory role') found.roles.add(resource);
    }
  }
  return found;
}

const held = (principal: DirectoryPrincipal, key: string): HeldEntitlement => ({ principalKey: principal.id, principalName: principal.displayName, principalEmail: principal.email, key });

/** The live entitlements, or `undefined` when the directory may not be read (the snapshots then stand alone). */
export async function liveEntitlements(reader: IDirectoryReader, rules: readonly Stored<SoDRule>[]): Promise<HeldEntitlement[] | undefined> {
  const { groups, apps, roles } = namedResources(rules);
  if (groups.size + apps.size + roles.size === 0) return [];
  try {
    const [groupAccess, appAccess, roleAccess] = await Promise.all([
      groups.size > 0 ? reader.groupAccess([...groups]) : Promise.resolve([]),
      apps.size > 0 ? reader.appAccess([...apps]) : Promise.resolve([]),
      roles.size > 0 ? reader.roleAccess([...roles]) : Promise.resolve([])
    ]);
    const result: HeldEntitlement[] = [];
    for (const { group, owners, members } of groupAccess) {
      for (const p of owners) result.push(held(p, entitlementKey('Owner', group.id, 'Owner')));
      for (const p of members) result.push(held(p, entitlementKey('Member', group.id, 'Member')));
    }
    for (const { app, assignments } of appAccess) for (const { principal, role } of assignments) result.push(held(principal, entitlementKey('App role', app.id, role.displayName)));
    for (const { role, members } of roleAccess) for (const p of members) result.push(held(p, entitlementKey('Directory role', role.id, role.displayName)));
    return result;
  } catch (error) {
    const kind = toGovernanceError(error).kind;
    if (kind === 'Forbidden' || kind === 'Unauthorized') return undefined;
    throw error;
  }
}
