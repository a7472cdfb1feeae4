/**
 * Item writes: validates a REST body against the list's fields (value shapes as SharePoint Online accepts them),
 * enforces ETags, permissions and item-level write security, and stamps Author/Editor/Created/Modified from the signed-in user.
 */
import { accessDenied, badRequest, etagMismatch, invalidQuery, itemNotFound, SpError } from './errors';
import { isIdField, restName } from './fields';
import { type ListContext } from './itemProps';
import { effectivePermissions, has, type LowFlag, type Mask } from './permissions';
import type { FieldDef, ItemRow, SiteUser } from './types';

/** Body keys that are annotations, not values. */
const isAnnotation = (key: string): boolean => key === '__metadata' || key.startsWith('@') || key.startsWith('odata.');
/** Server-maintained properties that SharePoint ignores in a body (Author/Editor/dates come from the session). */
const IGNORED = new Set(['id', 'authorid', 'editorid', 'created', 'modified', 'author', 'editor', 'attachments', 'guid',
  'filesystemobjecttype', 'contenttypeid', 'odata__uiversionstring', '_uiversionstring', 'authorstringid', 'editorstringid',
  'serverredirectedembeduri', 'serverredirectedembedurl', 'compliancassetid', 'complianceassetid']);

const typeError = (field: FieldDef, expected: string): SpError =>
  invalidQuery(`Cannot convert a primitive value to the expected type '${expected}' for field '${field.InternalName}'. See the inner exception for more details.`);

/** Reads an array written as `[...]` or verbose `{results: [...]}`. */
function asArray(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (value && typeof value === 'object' && Array.isArray((value as { results?: unknown }).results)) return (value as { results: unknown[] }).results;
  return undefined;
}

function toIso(field: FieldDef, value: unknown): string | null {
  if (value === null || value === '') return null;
  if (typeof value !== 'string') throw typeError(field, 'Edm.DateTime');
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : new Date(value);
  if (Number.isNaN(date.getTime())) throw typeError(field, 'Edm.DateTime');
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Converts one written value to canonical stored form, or throws SharePoint's 400. */
export function coerceValue(ctx: ListContext, field: FieldDef, value: unknown, part: 'value' | 'id' | 'stringId'): unknown {
  const type = field.TypeAsString;
  if (isIdField(field)) {
    const multi = type === 'UserMulti' || type === 'LookupMulti';
    const toId = (v: unknown): number => {
      const n = part === 'stringId' && typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v;
      if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) throw typeError(field, 'Edm.Int32');
      if (type.startsWith('User') && !ctx.store.getUserById(n)) throw badRequest(`The user with id ${n} does not exist in field '${field.InternalName}'.`);
      return n;
    };
    if (multi) {
      if (value === null) return [];
      const list = asArray(value);
      if (!list) throw typeError(field, 'Collection(Edm.Int32)');
      return list.map(toId);
    }
    return value === null || value === 0 ? null : toId(value);
  }
  switch (type) {
    case 'Text': case 'Note': case 'Choice': {
      if (value === null || value === '') return null;
      if (typeof value !== 'string') throw typeError(field, 'Edm.String');
      const max = type === 'Text' ? field.MaxLength ?? 255 : 1_048_576;
      if (value.length > max) {
        throw new SpError(400, '-2130575162, Microsoft.SharePoint.SPFieldValidationException',
          `The value of field '${field.InternalName}' exceeds its maximum length of ${max} characters.`);
      }
      return value;
    }
    case 'MultiChoice': {
      if (value === null) return [];
      const list = asArray(value);
      if (!list || list.some((v) => typeof v !== 'string')) throw typeError(field, 'Collection(Edm.String)');
      return list;
    }
    case 'Number': case 'Currency': case 'Integer': {
      if (value === null) return null;
      if (typeof value !== 'number' || !Number.isFinite(value)) throw typeError(field, 'Edm.Double');
      if ((field.Min !== undefined && value < field.Min) || (field.Max !== undefined && value > field.Max)) {
        throw new SpError(400, '-2130575162, Microsoft.SharePoint.SPFieldValidationException',
          `The value of field '${field.InternalName}' is outside its allowed range.`);
      }
      return value;
    }
    case 'Boolean':
      if (value === null) return false;
      if (typeof value !== 'boolean') throw typeError(field, 'Edm.Boolean');
      return value;
    case 'DateTime':
      return toIso(field, value);
    case 'URL': {
      if (value === null) return null;
      const v = value as { Url?: unknown; Description?: unknown };
      if (typeof value !== 'object' || typeof v.Url !== 'string') throw typeError(field, 'SP.FieldUrlValue');
      return { Description: typeof v.Description === 'string' ? v.Description : v.Url, Url: v.Url };
    }
    default:
      throw badRequest(`Field '${field.InternalName}' is read-only.`);
  }
}

/**
 * Turns a write body into canonical values keyed by internal name. Unknown properties fail with SharePoint's
 * message; server-maintained ones (AuthorId, Created...) are silently ignored, as SharePoint does.
 */
export function coerceBody(ctx: ListContext, body: unknown): Record<string, unknown> {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw invalidQuery('The request body must be a JSON object.');
  const values: Record<string, unknown> = {};
  const typeName = `SP.Data.${ctx.list.EntityName}ListItem`;
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    if (isAnnotation(key) || IGNORED.has(key.toLowerCase())) continue;
    const ref = resolveWritable(ctx, key);
    if (!ref) {
      throw invalidQuery(`The property '${key}' does not exist on type '${typeName}'. Make sure to only use property names that are defined by the type.`);
    }
    values[ref.field.InternalName] = coerceValue(ctx, ref.field, value, ref.part);
  }
  return values;
}

function resolveWritable(ctx: ListContext, key: string): { field: FieldDef; part: 'value' | 'id' | 'stringId' } | undefined {
  const lower = key.toLowerCase();
  for (const field of ctx.fields) {
    if (field.ReadOnlyField) continue;
    const name = restName(field.InternalName).toLowerCase();
    if (isIdField(field)) {
      if (lower === `${name}id`) return { field, part: 'id' };
      if (lower === `${name}stringid`) return { field, part: 'stringId' };
    } else if (lower === name || lower === field.InternalName.toLowerCase()) {
      return { field, part: 'value' };
    }
  }
  return undefined;
}

/** Values for fields with a DefaultValue that the create body left out. */
function defaults(ctx: ListContext, given: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of ctx.fields) {
    if (field.DefaultValue === null || field.ReadOnlyField || field.InternalName in given) continue;
    const raw = field.DefaultValue;
    if (field.TypeAsString === 'Boolean') out[field.InternalName] = raw === '1' || raw.toLowerCase() === 'true';
    else if (['Number', 'Currency', 'Integer'].includes(field.TypeAsString)) out[field.InternalName] = Number(raw);
    else if (field.TypeAsString === 'MultiChoice') out[field.InternalName] = [raw];
    else if (['Text', 'Note', 'Choice'].includes(field.TypeAsString)) out[field.InternalName] = raw;
    else if (field.TypeAsString === 'DateTime' && raw !== '[today]') out[field.InternalName] = toIso(field, raw);
  }
  return out;
}

/**
 * The signed-in user's rights on one list, computed once per request: checks per row must stay cheap on queries
 * over thousands of items.
 */
export interface ListAccess {
  readonly userId: number;
  readonly mask: Mask;
}

/** The user's effective permissions on the context's list. */
export const accessOf = (ctx: ListContext, user: SiteUser): ListAccess => ({ userId: user.Id, mask: effectivePermissions(ctx.store, user, ctx.list) });

/**
 * Item-level write security as SharePoint applies it: WriteSecurity 2 (own items) and 4 (none) bind everyone
 * without Manage Lists; Manage Lists (Edit, Design, Full Control, site admins) bypasses both. That bypass is why
 * provisioning gives decision lists an add-only level.
 */
function writable(ctx: ListContext, access: ListAccess, row: ItemRow | undefined): boolean {
  if (has(access.mask, 'ManageLists')) return true;
  if (ctx.list.WriteSecurity === 4) return false;
  return ctx.list.WriteSecurity !== 2 || row === undefined || row.authorId === access.userId;
}

function demandOnItem(ctx: ListContext, access: ListAccess, flag: LowFlag, row: ItemRow | undefined): void {
  if (!has(access.mask, flag) || !writable(ctx, access, row)) throw accessDenied();
}

/** Whether the user may see `row`: View Items, and under ReadSecurity 2 their own items unless they manage lists. */
export const canRead = (ctx: ListContext, access: ListAccess, row: ItemRow): boolean =>
  has(access.mask, 'ViewListItems') && (ctx.list.ReadSecurity !== 2 || row.authorId === access.userId || has(access.mask, 'ManageLists'));

/** The ETag SharePoint sends for an item version. */
export const etagOf = (row: ItemRow): string => `"${row.version}"`;

/** Creates an item from a REST body as `user`. */
export function createItem(ctx: ListContext, body: unknown, user: SiteUser): ItemRow {
  demandOnItem(ctx, accessOf(ctx, user), 'AddListItems', undefined);
  const values = coerceBody(ctx, body);
  return ctx.store.insertItem(ctx.list, { ...defaults(ctx, values), ...values }, user.Id);
}

/** Loads an item the user may see, or throws SharePoint's 404. */
export function requireItem(ctx: ListContext, id: number, user: SiteUser, access: ListAccess = accessOf(ctx, user)): ItemRow {
  if (!has(access.mask, 'ViewListItems')) throw accessDenied();
  const row = ctx.store.getItems(ctx.list.Id).get(id);
  if (!row || !canRead(ctx, access, row)) throw itemNotFound();
  return row;
}

/** Throws 403 unless the user may edit `row` (Edit Items and the list's write security). */
export function demandEdit(ctx: ListContext, access: ListAccess, row: ItemRow): void {
  demandOnItem(ctx, access, 'EditListItems', row);
}

/** Throws 412 unless If-Match is absent, `*`, or the current ETag (with or without quotes / W/ prefix). */
export function checkEtag(row: ItemRow, ifMatch: string | undefined): void {
  if (ifMatch === undefined || ifMatch.trim() === '*' || ifMatch.trim() === '') return;
  const sent = ifMatch.trim().replace(/^W\//, '');
  const bare = sent.replace(/^"(.*)"$/, '$1').split(',').pop();
  if (bare !== String(row.version)) throw etagMismatch(sent, etagOf(row));
}

/** MERGE/PATCH: validates, checks If-Match and security, then writes. */
export function updateItem(ctx: ListContext, id: number, body: unknown, user: SiteUser, ifMatch: string | undefined): ItemRow {
  const access = accessOf(ctx, user);
  const row = requireItem(ctx, id, user, access);
  const values = coerceBody(ctx, body);
  checkEtag(row, ifMatch);
  demandEdit(ctx, access, row);
  return ctx.store.updateItem(ctx.list, row, { ...row.values, ...values }, user.Id);
}

/** DELETE: checks If-Match and security, then removes. */
export function deleteItem(ctx: ListContext, id: number, user: SiteUser, ifMatch: string | undefined): void {
  const access = accessOf(ctx, user);
  const row = requireItem(ctx, id, user, access);
  checkEtag(row, ifMatch);
  demandOnItem(ctx, access, 'DeleteListItems', row);
  ctx.store.deleteItem(ctx.list, id);
}
