import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import { GovernanceError } from '../../core/errors';
import { GOVERNANCE_LEADS_GROUP } from '../../core/roles';
import { ALL_LISTS, LISTS } from '../../core/schema';
import type { ListDefinition } from '../../core/schema/types';
import { toGovernanceError } from '../errors/toGovernanceError';
import { FIELD_SELECT, LIST_SELECT, fieldDrift, listDrift, type ServerField, type ServerList } from './drift';
import { fieldSchemaXml } from './fieldSchemaXml';
import { ensurePermissions, type ListSecurityState } from './permissions';

/** One change `ensureSchema` made. */
export interface ProvisioningAction {
  /** List title. */
  readonly list: string;
  readonly kind: 'createList' | 'updateList' | 'createField' | 'updateField' | 'updatePermissions';
  /** What changed, e.g. `Owner` or `Indexed: true, Required: false`. */
  readonly detail: string;
}

/** What `ensureSchema` did; a run against an up-to-date site has no actions. */
export interface ProvisioningReport {
  readonly actions: ProvisioningAction[];
  /** Drift it cannot correct (a field whose type differs from the schema's; SharePoint cannot change it). */
  readonly warnings: string[];
}

/** SP.AddFieldOptions.AddFieldInternalNameHint: keep the schema's internal name instead of deriving one. */
const ADD_FIELD_INTERNAL_NAME_HINT = 8;
/** Generic list. */
const GENERIC_LIST_TEMPLATE = 100;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- definitions of different domain types side by side (as core's ALL_LISTS)
type AnyListDefinition = ListDefinition<any>;

const describe = (patch: Record<string, unknown>): string =>
  Object.entries(patch).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join(', ');

/** Options of {@link ensureSchema}. */
export interface EnsureSchemaOptions {
  /** The SharePoint group of governance leads, the only writers of `leadsWrite` lists; default "Governance Leads". */
  readonly leadsGroup?: string;
}

/**
 * Idempotently creates or updates every list and field of the schema: generic lists with versioning, the major
 * version limit and item-level security; fields created from their SchemaXml with the schema's internal names
 * (lookups pointing at the target list's id); drift in Title, Required, Indexed, Choices, MaxLength corrected; then
 * the permissions of lists with `access` (see `ensurePermissions`).
 * Round trips: one read of all lists, one read of each list's fields, one read of the role definitions and of each
 * governed list's assignments, then one request per change.
 * `lists` must put lookup targets first (core's `ALL_LISTS` does). Needs site owner rights.
 */
export async function ensureSchema(sp: SPFI, lists: readonly AnyListDefinition[] = ALL_LISTS, options: EnsureSchemaOptions = {}): Promise<ProvisioningReport> {
  const report: ProvisioningReport = { actions: [], warnings: [] };
  try {
    const existing = await sp.web.lists.select(...LIST_SELECT)<ServerList[]>();
    const listIds = new Map<string, string>(existing.map((l) => [l.Title.toLowerCase(), l.Id]));
    // A list created now inherits the site's permissions, whatever the creation answer says.
    const security = new Map<string, ListSecurityState>(existing.map((l) => [l.Title.toLowerCase(), { hasUniqueRoleAssignments: l.HasUniqueRoleAssignments === true }]));
    for (const list of lists) {
      const server = existing.find((l) => l.Title.toLowerCase() === list.title.toLowerCase());
      const id = server === undefined ? await createList(sp, list, report) : await updateList(sp, list, server, report);
      listIds.set(list.title.toLowerCase(), id);
      await ensureFields(sp, list, listIds, report);
    }
    await ensurePermissions(sp, lists, security, report, { leadsGroup: options.leadsGroup ?? GOVERNANCE_LEADS_GROUP });
    return report;
  } catch (reason) {
    const error = toGovernanceError(reason);
    // Provisioning runs from a setup script or the workbench, not the UI: the console is its log.
    console.warn(`[ensureSchema] ${error.kind}: ${error.message} (after ${report.actions.length} changes)`);
    throw error;
  }
}

async function createList(sp: SPFI, list: AnyListDefinition, report: ProvisioningReport): Promise<string> {
  const created = (await sp.web.lists.add(list.title, list.description, GENERIC_LIST_TEMPLATE, false)) as ServerList;
  // Versioning and item-level security are set afterwards: SharePoint applies them through the list's properties.
  const patch = listDrift(list, created);
  if (Object.keys(patch).length > 0) {
    await sp.web.lists.getById(created.Id).update(patch);
  }
  report.actions.push({ list: list.title, kind: 'createList', detail: describe(patch) });
  return created.Id;
}

async function updateList(sp: SPFI, list: AnyListDefinition, server: ServerList, report: ProvisioningReport): Promise<string> {
  const patch = listDrift(list, server);
  if (Object.keys(patch).length > 0) {
    await sp.web.lists.getById(server.Id).update(patch);
    report.actions.push({ list: list.title, kind: 'updateList', detail: describe(patch) });
  }
  return server.Id;
}

function lookupTargetId(list: AnyListDefinition, fieldName: string, key: string, listIds: ReadonlyMap<string, string>): string {
  const target = LISTS[key as keyof typeof LISTS] as AnyListDefinition | undefined;
  const id = target === undefined ? undefined : listIds.get(target.title.toLowerCase());
  if (id === undefined) {
    throw new GovernanceError('NotFound', `${list.title}.${fieldName} looks up list "${key}", which is not provisioned yet (provision lookup targets first).`);
  }
  return id;
}

async function ensureFields(sp: SPFI, list: AnyListDefinition, listIds: ReadonlyMap<string, string>, report: ProvisioningReport): Promise<void> {
  const target = sp.web.lists.getByTitle(list.title);
  const serverFields = await target.fields.select(...FIELD_SELECT)<ServerField[]>();
  const byName = new Map(serverFields.map((f) => [f.InternalName, f]));
  for (const field of list.fields) {
    const server = byName.get(field.internalName);
    if (server === undefined) {
      if (field.builtIn === true) {
        throw new GovernanceError('NotFound', `${list.title} has no built-in field ${field.internalName}.`);
      }
      const lookupId = field.type === 'Lookup' || field.type === 'LookupMulti' ? lookupTargetId(list, field.internalName, field.lookupList, listIds) : undefined;
      await sp.web.lists.getByTitle(list.title).fields.createFieldAsXml({ SchemaXml: fieldSchemaXml(field, lookupId), Options: ADD_FIELD_INTERNAL_NAME_HINT });
      report.actions.push({ list: list.title, kind: 'createField', detail: field.internalName });
      continue;
    }
    if (server.TypeAsString !== field.type) {
      report.warnings.push(`${list.title}.${field.internalName} is ${server.TypeAsString} in SharePoint but ${field.type} in the schema.`);
    }
    const patch = fieldDrift(field, server);
    if (Object.keys(patch).length > 0) {
      // Passing the type name skips the extra GET PnPjs would otherwise make to look it up.
      await sp.web.lists.getByTitle(list.title).fields.getByInternalNameOrTitle(field.internalName).update(patch, 'SP.Field');
      report.actions.push({ list: list.title, kind: 'updateField', detail: `${field.internalName} (${describe(patch)})` });
    }
  }
  for (const name of list.indexedMetaFields ?? []) {
    if (byName.get(name)?.Indexed === false) {
      await sp.web.lists.getByTitle(list.title).fields.getByInternalNameOrTitle(name).update({ Indexed: true }, 'SP.Field');
      report.actions.push({ list: list.title, kind: 'updateField', detail: `${name} (Indexed: true)` });
    }
  }
}
