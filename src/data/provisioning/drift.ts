import type { FieldDefinition, ListDefinition } from '../../core/schema/types';
import { canIndex } from './fieldSchemaXml';

/** A field as read from `list/fields` with the `$select` in `FIELD_SELECT`. */
export interface ServerField {
  readonly InternalName: string;
  readonly Title: string;
  readonly TypeAsString: string;
  readonly Required: boolean;
  readonly Indexed: boolean;
  readonly Description?: string;
  /** Choices and MaxLength are read from here: they belong to derived field types, which `$select` cannot name. */
  readonly SchemaXml?: string;
}

/** A list as read from `web/lists` with the `$select` in `LIST_SELECT`. */
export interface ServerList {
  readonly Id: string;
  readonly Title: string;
  readonly Description?: string;
  readonly EnableVersioning?: boolean;
  readonly MajorVersionLimit?: number;
  readonly ReadSecurity?: number;
  readonly WriteSecurity?: number;
  /** Read for lists whose permissions provisioning sets (`access`); never patched through the list's properties. */
  readonly HasUniqueRoleAssignments?: boolean;
}

export const FIELD_SELECT = ['InternalName', 'Title', 'TypeAsString', 'Required', 'Indexed', 'Description', 'SchemaXml'] as const;
export const LIST_SELECT = ['Id', 'Title', 'Description', 'EnableVersioning', 'MajorVersionLimit', 'ReadSecurity', 'WriteSecurity', 'HasUniqueRoleAssignments'] as const;

/** SharePoint's ReadSecurity: 1 all items, 2 only the user's own. */
const READ_SECURITY = { all: 1, own: 2 } as const;
/** SharePoint's WriteSecurity: 1 all items, 2 only the user's own, 4 none. */
const WRITE_SECURITY = { all: 1, own: 2, none: 4 } as const;

/** The list settings the schema asks for (versioning is always on: it is the audit trail). */
export function desiredListSettings<T>(list: ListDefinition<T>): Required<Omit<ServerList, 'Id' | 'Title' | 'HasUniqueRoleAssignments'>> {
  return {
    Description: list.description,
    EnableVersioning: true,
    MajorVersionLimit: list.majorVersionLimit,
    ReadSecurity: READ_SECURITY[list.itemLevelSecurity?.read ?? 'all'],
    WriteSecurity: WRITE_SECURITY[list.itemLevelSecurity?.write ?? 'all']
  };
}

/** The MERGE body that brings a list's settings in line with the schema (empty when nothing drifted). */
export function listDrift<T>(list: ListDefinition<T>, server: ServerList): Record<string, unknown> {
  const desired = desiredListSettings(list);
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(desired) as (keyof typeof desired)[]) {
    const current = server[key];
    // An empty description reads back as '' or null depending on the server: treat both as empty.
    if ((current ?? '') !== desired[key]) {
      patch[key] = desired[key];
    }
  }
  return patch;
}

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_match, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCharCode(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCharCode(parseInt(entity.slice(1), 10));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[entity];
  });
}

/** The CHOICE texts in a field's SchemaXml, in order. */
export function choicesOf(server: ServerField): readonly string[] {
  const xml = server.SchemaXml ?? '';
  const choices: string[] = [];
  const pattern = /<CHOICE>([\s\S]*?)<\/CHOICE>/gi;
  for (let match = pattern.exec(xml); match !== null; match = pattern.exec(xml)) {
    choices.push(decodeXml(match[1]));
  }
  return choices;
}

/** The MaxLength attribute in a field's SchemaXml (SharePoint's default, 255, when absent). */
export function maxLengthOf(server: ServerField): number {
  const match = /\sMaxLength="(\d+)"/i.exec(server.SchemaXml ?? '');
  return match === null ? 255 : Number(match[1]);
}

const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((v, i) => v === b[i]);

/** The field MERGE body that corrects drift in Title, Required, a missing index, Choices, MaxLength and Description. */
export function fieldDrift(field: FieldDefinition, server: ServerField): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  if (server.Title !== field.displayName) {
    patch.Title = field.displayName;
  }
  if (server.Required !== (field.required === true)) {
    patch.Required = field.required === true;
  }
  // Only a missing index is drift. An index the schema no longer declares (the planner dropped it) stays: the
  // tenant may use it in its own views, and removing it is the admin's call (README, "Index budget").
  if (field.indexed === true && canIndex(field) && !server.Indexed) {
    patch.Indexed = true;
  }
  if ((field.type === 'Choice' || field.type === 'MultiChoice') && !sameList(choicesOf(server), field.choices)) {
    patch.Choices = [...field.choices];
  }
  if (field.type === 'Text' && maxLengthOf(server) !== (field.maxLength ?? 255)) {
    patch.MaxLength = field.maxLength ?? 255;
  }
  if (field.description !== undefined && (server.Description ?? '') !== field.description) {
    patch.Description = field.description;
  }
  return patch;
}
