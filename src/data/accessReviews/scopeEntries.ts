/**
 * A campaign's scope read into entries: who holds what, read through the directory reader (groups, apps, roles) or
 * taken from an imported file's checked rows. Nothing is written here; `snapshot.ts` turns entries into items.
 */
import type { ImportedAccessRow } from '../../core/accessReviews';
import { GovernanceError } from '../../core/errors';
import type { CampaignScope, EntitlementKind, ResourceType } from '../../core/models/accessReview';
import type { DirectoryGroup, DirectoryPrincipal, IDirectoryReader, ReadProgress } from '../../graph/directory/types';
import { recordsPerSite, type LinkedRecord } from './inventoryLinks';

/** One (principal, resource, entitlement) as read, with what routing needs about the resource. */
export interface ScopeEntry {
  readonly principal: DirectoryPrincipal;
  readonly resourceKey: string;
  readonly resourceName: string;
  readonly resourceType: ResourceType;
  readonly entitlement: string;
  readonly entitlementKind: EntitlementKind;
  /** Groups only: its owners (the "Resource owners" rule) and its site (inventory custodian, sensitivity). */
  readonly owners?: readonly DirectoryPrincipal[];
  readonly siteUrl?: string;
  /** The principal's directory object id (for the Manager rule); imported accounts have one only when matched. */
  readonly directoryId?: string;
}

const EMAIL = /^[^\s@|]+@[^\s@|]+\.[^\s@|]+$/;

async function groupEntries(reader: IDirectoryReader, groupIds: readonly string[], onProgress?: ReadProgress): Promise<ScopeEntry[]> {
  const entries: ScopeEntry[] = [];
  for (const { group, owners, members } of await reader.groupAccess(groupIds, onProgress)) {
    const base = { resourceKey: group.id, resourceName: group.displayName, resourceType: 'Group' as const, owners, siteUrl: group.siteUrl };
    for (const principal of owners) entries.push({ ...base, principal, entitlement: 'Owner', entitlementKind: 'Owner' });
    for (const principal of members) entries.push({ ...base, principal, entitlement: 'Member', entitlementKind: 'Member' });
  }
  return entries;
}

/** Region: the groups whose site hosts at least one of the region's records. */
function groupsHostingRecords(groups: readonly DirectoryGroup[], records: readonly LinkedRecord[]): string[] {
  const onSite = recordsPerSite(records.map((r) => r.locationUrl?.url ?? ''));
  return groups.filter((g) => onSite(g.siteUrl) > 0).map((g) => g.id);
}

/**
 * An imported row as an entry. Its key is the file's account, as the source system names it (the remediation job
 * applies removals there); the directory, when it knows the account's e-mail, adds the person's name and state.
 */
function importedEntry(row: ImportedAccessRow, known: ReadonlyMap<string, DirectoryPrincipal>): ScopeEntry {
  const found = known.get(row.principal.toLowerCase());
  const principal: DirectoryPrincipal = {
    id: row.principal,
    displayName: found?.displayName ?? row.principal,
    email: found?.email ?? (EMAIL.test(row.principal) ? row.principal : undefined),
    type: row.principalType,
    accountEnabled: found?.accountEnabled,
    lastSignIn: row.lastSignIn ?? found?.lastSignIn,
    department: row.department ?? found?.department,
    region: row.region ?? found?.region,
    sponsorCount: found?.sponsorCount,
    leftOrganisation: found?.leftOrganisation
  };
  return { principal, directoryId: found?.id, resourceKey: row.resource, resourceName: row.resource, resourceType: 'External', entitlement: row.entitlement, entitlementKind: 'Imported' };
}

/** Reads the scope; `records` are the inventory's located records (for Region scopes, already those of the region). */
export async function readScope(
  scope: CampaignScope,
  reader: IDirectoryReader,
  records: readonly LinkedRecord[],
  importedRows: readonly ImportedAccessRow[] | undefined,
  onProgress?: ReadProgress
): Promise<ScopeEntry[]> {
  switch (scope.kind) {
    case 'Groups':
      return groupEntries(reader, scope.groupIds ?? [], onProgress);
    case 'Region':
      return groupEntries(reader, groupsHostingRecords(await reader.listGroups(), records), onProgress);
    case 'Guests': {
      // Every group's access is read, then only the guests' entries are kept: a guest's membership is what is reviewed.
      const all = await groupEntries(reader, (await reader.listGroups()).map((g) => g.id), onProgress);
      return all.filter((e) => e.principal.type === 'Guest');
    }
    case 'AppRoles':
      return (await reader.appAccess(scope.appIds ?? [], onProgress)).flatMap(({ app, assignments }) =>
        assignments.map(({ principal, role }) => ({ principal, resourceKey: app.id, resourceName: app.displayName, resourceType: 'Application' as const, entitlement: role.displayName, entitlementKind: 'App role' as const })));
    case 'DirectoryRoles':
      return (await reader.roleAccess(scope.roleIds ?? [], onProgress)).flatMap(({ role, members }) =>
        members.map((principal) => ({ principal, resourceKey: role.id, resourceName: role.displayName, resourceType: 'Directory role' as const, entitlement: role.displayName, entitlementKind: 'Directory role' as const })));
    case 'Imported': {
      if (!importedRows || importedRows.length === 0) {
        throw new GovernanceError('Validation', 'An imported campaign starts from its checked file: upload the access file again to start it.', {
          issues: [{ field: 'importedRows', code: 'required', message: 'The access file\'s rows are required to start an imported campaign.' }]
        });
      }
      const emails = importedRows.map((r) => r.principal).filter((p) => EMAIL.test(p));
      const known = emails.length > 0 ? await reader.usersByEmail(emails) : new Map<string, DirectoryPrincipal>();
      return importedRows.map((row) => importedEntry(row, known));
    }
  }
}
