/** Internal model shared by the emulator's store, query engine and routes. */

/** A site user as the emulator stores it (the JSON shape is built in routes/webRoutes.ts). */
export interface SiteUser {
  readonly Id: number;
  /** The login as seeded, usually a claims login `i:0#.f|membership|<email>`. */
  readonly loginName: string;
  readonly Title: string;
  readonly Email: string;
  readonly IsSiteAdmin: boolean;
  readonly jobTitle?: string;
  readonly department?: string;
}

/** Input of {@link EmulatorStore.upsertUser}. */
export interface UserInput {
  readonly loginName: string;
  readonly title: string;
  readonly email: string;
  readonly isSiteAdmin?: boolean;
  readonly jobTitle?: string;
  readonly department?: string;
}

/** The field types the emulator understands (TypeAsString values). */
export type FieldType =
  | 'Counter' | 'Text' | 'Note' | 'Choice' | 'MultiChoice' | 'Number' | 'Currency' | 'Integer' | 'Boolean' | 'DateTime'
  | 'User' | 'UserMulti' | 'Lookup' | 'LookupMulti' | 'URL' | 'Computed' | 'Attachments' | 'Guid';

/** One field (column) of a list. */
export interface FieldDef {
  Id: string;
  InternalName: string;
  Title: string;
  TypeAsString: FieldType;
  Required: boolean;
  Indexed: boolean;
  Hidden: boolean;
  ReadOnlyField: boolean;
  /** Built-in fields cannot be deleted and some are maintained by the server. */
  builtIn: boolean;
  Description: string;
  DefaultValue: string | null;
  EnforceUniqueValues: boolean;
  MaxLength?: number;
  Choices?: string[];
  Min?: number;
  Max?: number;
  Decimals?: number;
  /** DateOnly | DateTime for DateTime fields; Hyperlink | Image for URL fields. */
  Format?: string;
  /** Lookup target list id (guid without braces) and field shown. */
  LookupList?: string;
  LookupField?: string;
  RichText?: boolean;
  UserSelectionMode?: string;
}

/** SharePoint list properties the emulator keeps. */
export interface ListDef {
  Id: string;
  Title: string;
  Description: string;
  BaseTemplate: number;
  EnableVersioning: boolean;
  MajorVersionLimit: number;
  ReadSecurity: number;
  WriteSecurity: number;
  Hidden: boolean;
  AllowContentTypes: boolean;
  ContentTypesEnabled: boolean;
  Created: string;
  LastItemModifiedDate: string;
  /** The entity name used in SP.Data.<Name>ListItem, fixed at creation like SharePoint's list URL. */
  EntityName: string;
  NextItemId: number;
  /** True once inheritance is broken: the list's own role assignments apply instead of the web's. */
  HasUniqueRoleAssignments?: boolean;
}

/**
 * A stored list item. `values` holds field values by internal name in canonical form: Text/Note/Choice string|null,
 * MultiChoice string[], Number number|null, Boolean boolean, DateTime ISO string|null, User/Lookup number|null,
 * UserMulti/LookupMulti number[], URL {Description, Url}|null.
 */
export interface ItemRow {
  readonly id: number;
  /** owshiddenversion: bumps on every write and is the ETag. */
  version: number;
  /** Major version number shown as `_UIVersionString` ("n.0"); bumps only while versioning is on. */
  uiVersion: number;
  authorId: number;
  editorId: number;
  readonly created: string;
  modified: string;
  values: Record<string, unknown>;
}

/** One historical version of an item. */
export interface ItemVersion {
  /** The major version number (VersionLabel "n.0"). */
  readonly version: number;
  readonly editorId: number;
  readonly modified: string;
  readonly values: Record<string, unknown>;
}

/** A request as the router sees it; the same shape for top-level and $batch inner requests. */
export interface EmuRequest {
  readonly method: string;
  readonly url: URL;
  /** Header names lower-cased. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  readonly user: SiteUser;
  /** True for requests unpacked from a $batch (the digest was checked on the outer request). */
  readonly inBatch: boolean;
}

/** A response before it is written to the socket (or into a $batch response part). */
export interface EmuResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** ISO timestamp without milliseconds, the way SharePoint REST formats dates. */
export function isoNow(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}
