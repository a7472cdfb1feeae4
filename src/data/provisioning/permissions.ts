import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/security';
import '@pnp/sp/site-groups';
import { GovernanceError, isGovernanceError } from '../../core/errors';
import type { ListDefinition } from '../../core/schema/types';
import type { ProvisioningReport } from './ensureSchema';

/**
 * The add-only permission level of decision lists: see and add items, nothing else on them. Item-level security
 * ("edit own items only") is not enough there: Manage Lists bypasses it and a site's Members hold Edit, which
 * includes Manage Lists; and an item's editor can rewrite its Author through `ValidateUpdateListItem`.
 */
export const DECISION_CONTRIBUTOR_ROLE = 'Governance Decision Contributor';

/** SPBasePermissions flags the rules below read (low half of the 64-bit mask). */
const PERMISSION = {
  ViewListItems: 0x1, AddListItems: 0x2, EditListItems: 0x4, DeleteListItems: 0x8, OpenItems: 0x20, ViewVersions: 0x40,
  ManageLists: 0x800, ViewFormPages: 0x1000, Open: 0x10000, ViewPages: 0x20000, ManagePermissions: 0x2000000, BrowseUserInfo: 0x8000000
} as const;
/** High half: UseClientIntegration, UseRemoteAPIs, CreateAlerts. */
const ADD_ONLY_HIGH = 0x10 | 0x20 | 0x80;
const ADD_ONLY_LOW = PERMISSION.ViewListItems | PERMISSION.AddListItems | PERMISSION.OpenItems | PERMISSION.ViewVersions
  | PERMISSION.ViewFormPages | PERMISSION.Open | PERMISSION.ViewPages | PERMISSION.BrowseUserInfo;
/** Any of these lets a principal change or remove items that are not new. */
const WRITE_FLAGS = PERMISSION.EditListItems | PERMISSION.DeleteListItems | PERMISSION.ManageLists;
/** SP.RoleType of the built-in levels, found by type because their names are localised (Read is "Lecture" in French). */
const ROLE_TYPE = { reader: 2, contributor: 3 } as const;

interface RawMask { readonly High: string | number; readonly Low: string | number }
interface RawRole { readonly Id: number; readonly Name: string; readonly RoleTypeKind: number; readonly BasePermissions: RawMask }
interface RawAssignment {
  readonly PrincipalId: number;
  readonly Member?: { readonly Title?: string; readonly LoginName?: string };
  readonly RoleDefinitionBindings?: readonly RawRole[] | { readonly results: readonly RawRole[] };
}

const low = (mask: RawMask): number => Number(mask.Low) >>> 0;
const bindingsOf = (a: RawAssignment): readonly RawRole[] => (Array.isArray(a.RoleDefinitionBindings) ? a.RoleDefinitionBindings : (a.RoleDefinitionBindings as { results?: RawRole[] } | undefined)?.results ?? []);
const quote = (name: string): string => name.replace(/'/g, "''");

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- definitions of different domain types side by side (as core's ALL_LISTS)
type AnyListDefinition = ListDefinition<any>;

/** Options of {@link ensurePermissions}. */
export interface PermissionOptions {
  /** The SharePoint group of governance leads, who write `leadsWrite` lists; created when missing. */
  readonly leadsGroup: string;
}

/** What the caller knows of each list from its one read of all lists. */
export interface ListSecurityState {
  readonly hasUniqueRoleAssignments: boolean;
}

function push(report: ProvisioningReport, list: string, detail: string): void {
  report.actions.push({ list, kind: 'updatePermissions', detail });
}

/**
 * Gives every list with `access` its own permissions: inheritance broken (copying the site's assignments), then
 * each copied principal that could change items (Edit, Delete or Manage Lists) but not manage permissions, i.e.
 * everyone but owners, is rebound to the add-only level (`appendOnly`) or to Read (`leadsWrite`, where the leads
 * group gets Contribute). Later runs correct drift, e.g. a writer re-added by hand. Round trips: one read of the
 * role definitions, then per list one read of its assignments (members and bindings expanded), plus one per change.
 */
export async function ensurePermissions(sp: SPFI, lists: readonly AnyListDefinition[], state: ReadonlyMap<string, ListSecurityState>,
  report: ProvisioningReport, options: PermissionOptions): Promise<void> {
  const governed = lists.filter((l) => l.access !== undefined);
  if (governed.length === 0) return;
  const roles = await sp.web.roleDefinitions.select('Id', 'Name', 'RoleTypeKind', 'BasePermissions')<RawRole[]>();
  const byType = (kind: number): RawRole => {
    const role = roles.find((r) => r.RoleTypeKind === kind);
    if (role === undefined) throw new GovernanceError('NotFound', `The site has no built-in permission level of type ${kind}.`);
    return role;
  };
  let addOnly = roles.find((r) => r.Name.toLowerCase() === DECISION_CONTRIBUTOR_ROLE.toLowerCase());
  if (addOnly === undefined && governed.some((l) => l.access === 'appendOnly')) {
    const created = await sp.web.roleDefinitions.add(DECISION_CONTRIBUTOR_ROLE,
      'View and add items; never edit or delete them. For lists of decisions, which are append-only.', 100, { High: ADD_ONLY_HIGH, Low: ADD_ONLY_LOW });
    addOnly = { Id: (created.data as { Id: number }).Id, Name: DECISION_CONTRIBUTOR_ROLE, RoleTypeKind: 0, BasePermissions: { High: ADD_ONLY_HIGH, Low: ADD_ONLY_LOW } };
    push(report, '(site)', `created permission level "${DECISION_CONTRIBUTOR_ROLE}" (view and add items only)`);
  } else if (addOnly !== undefined && (low(addOnly.BasePermissions) & WRITE_FLAGS) !== 0) {
    report.warnings.push(`The permission level "${DECISION_CONTRIBUTOR_ROLE}" was changed to allow editing or deleting items; restore it to view and add only.`);
  }
  for (const list of governed) {
    const target = list.access === 'appendOnly' ? addOnly as RawRole : byType(ROLE_TYPE.reader);
    const leads = list.access === 'leadsWrite' ? await ensureGroup(sp, options.leadsGroup, report) : undefined;
    await ensureListRoles(sp, list, state.get(list.title.toLowerCase())?.hasUniqueRoleAssignments === true, target, leads, byType(ROLE_TYPE.contributor), report);
  }
}

async function ensureGroup(sp: SPFI, name: string, report: ProvisioningReport): Promise<number> {
  try {
    return (await sp.web.siteGroups.getByName(quote(name)).select('Id')<{ Id: number }>()).Id;
  } catch (error) {
    if (!isGovernanceError(error, 'NotFound')) throw error;
  }
  const created = (await sp.web.siteGroups.add({ Title: name, Description: 'Governance leads: they verify, accept and decide, and change the suite\'s settings.' })) as { Id: number };
  push(report, '(site)', `created group "${name}" (add the governance leads to it; let everyone see its membership)`);
  return created.Id;
}

async function ensureListRoles(sp: SPFI, list: AnyListDefinition, unique: boolean, target: RawRole, leadsId: number | undefined,
  contribute: RawRole, report: ProvisioningReport): Promise<void> {
  const securable = sp.web.lists.getByTitle(list.title);
  if (!unique) {
    await securable.breakRoleInheritance(true, true);
    push(report, list.title, 'stopped inheriting permissions (the site\'s assignments copied)');
  }
  const assignments = await securable.roleAssignments.expand('Member', 'RoleDefinitionBindings')<RawAssignment[]>();
  for (const assignment of assignments) {
    if (assignment.PrincipalId === leadsId) continue;
    const bindings = bindingsOf(assignment);
    const union = bindings.reduce((m, b) => (m | low(b.BasePermissions)) >>> 0, 0);
    // Owners (Full Control, or anyone trusted to manage permissions) keep what they have: they could restore it anyway.
    if ((union & PERMISSION.ManagePermissions) !== 0) continue;
    const writers = bindings.filter((b) => (low(b.BasePermissions) & WRITE_FLAGS) !== 0);
    if (writers.length === 0) continue;
    if (!bindings.some((b) => b.Id === target.Id)) await securable.roleAssignments.add(assignment.PrincipalId, target.Id);
    for (const writer of writers) await securable.roleAssignments.remove(assignment.PrincipalId, writer.Id);
    const who = assignment.Member?.Title ?? assignment.Member?.LoginName ?? `principal ${assignment.PrincipalId}`;
    push(report, list.title, `${who}: ${writers.map((w) => w.Name).join(', ')} -> ${target.Name}`);
  }
  if (leadsId !== undefined) {
    const current = assignments.find((a) => a.PrincipalId === leadsId);
    if (!current || !bindingsOf(current).some((b) => (low(b.BasePermissions) & PERMISSION.EditListItems) !== 0)) {
      await securable.roleAssignments.add(leadsId, contribute.Id);
      push(report, list.title, `governance leads group: ${contribute.Name}`);
    }
  }
}
