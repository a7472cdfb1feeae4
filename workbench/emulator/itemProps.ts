/**
 * How REST property names map onto a list's fields, for $select, $filter, $orderby, $expand and write bodies:
 * `Title`, `OwnerId`, `Owner/Title` (expanded), `AuthorId`, `Id`/`ID`, `OData__UIVersionString`...
 */
import { unknownField } from './errors';
import { isIdField, isMultiField } from './fields';
import type { EmulatorStore } from './store';
import type { FieldDef, ItemRow, ListDef, SiteUser } from './types';

/** Everything item-level code needs about one list. */
export interface ListContext {
  readonly store: EmulatorStore;
  readonly list: ListDef;
  readonly fields: readonly FieldDef[];
  /** Absolute URL of the site, for odata.id links. */
  readonly siteUrl: string;
}

/** A resolved property reference. */
export interface PropRef {
  readonly field: FieldDef;
  /** value: the field's own value; id: `<Name>Id`; stringId: `<Name>StringId`; sub: `<Name>/<sub>` of an expansion. */
  readonly part: 'value' | 'id' | 'stringId' | 'sub';
  readonly sub?: string;
}

/** Builds a context for a list. */
export function listContext(store: EmulatorStore, list: ListDef, siteUrl: string): ListContext {
  return { store, list, fields: store.getFields(list.Id), siteUrl };
}

/** Finds a field by internal name, case-insensitively (SharePoint's REST property names are case-insensitive). */
export function findField(ctx: ListContext, name: string): FieldDef | undefined {
  const lower = name.toLowerCase();
  return ctx.fields.find((f) => f.InternalName.toLowerCase() === lower);
}

/** Resolves a REST property path or returns undefined when the list has no such property. */
export function resolveProperty(ctx: ListContext, path: string): PropRef | undefined {
  const slash = path.indexOf('/');
  if (slash > 0) {
    const field = findField(ctx, path.slice(0, slash));
    return field && isIdField(field) ? { field, part: 'sub', sub: path.slice(slash + 1) } : undefined;
  }
  const lower = path.toLowerCase();
  if (lower === 'id') return { field: findField(ctx, 'ID') as FieldDef, part: 'value' };
  const direct = findField(ctx, lower.startsWith('odata_') ? path.slice(6) : path);
  if (direct) return isIdField(direct) ? { field: direct, part: 'sub' } : { field: direct, part: 'value' };
  for (const [suffix, part] of [['stringid', 'stringId'], ['id', 'id']] as const) {
    if (lower.endsWith(suffix)) {
      const field = findField(ctx, path.slice(0, -suffix.length));
      if (field && isIdField(field)) return { field, part };
    }
  }
  return undefined;
}

/** Like {@link resolveProperty} but throws SharePoint's 400 for unknown names. */
export function requireProperty(ctx: ListContext, path: string): PropRef {
  const ref = resolveProperty(ctx, path);
  if (!ref) throw unknownField(path);
  return ref;
}

/** The canonical stored value of a field on a row (server-maintained columns come from the row itself). */
export function rawValue(row: ItemRow, field: FieldDef): unknown {
  switch (field.InternalName) {
    case 'ID': return row.id;
    case 'Created': return row.created;
    case 'Modified': return row.modified;
    case 'Author': return row.authorId;
    case 'Editor': return row.editorId;
    case '_UIVersionString': return `${row.uiVersion}.0`;
    case 'Attachments': return false;
    default: {
      const value = row.values[field.InternalName];
      if (value !== undefined) return value;
      if (isMultiField(field)) return [];
      return field.TypeAsString === 'Boolean' ? false : null;
    }
  }
}

/** Values of an expanded user for `Owner/<sub>` (null when the sub-property is unknown). */
export function userSub(user: SiteUser | undefined, sub: string): unknown {
  if (!user) return null;
  switch (sub.toLowerCase()) {
    case 'id': return user.Id;
    case 'title': return user.Title;
    case 'email': return user.Email;
    case 'name': case 'loginname': return claimsLogin(user);
    case 'username': return user.Email;
    case 'jobtitle': return user.jobTitle ?? null;
    case 'department': return user.department ?? null;
    default: return undefined;
  }
}

/** The claims login SharePoint shows as LoginName / Name. */
export function claimsLogin(user: SiteUser): string {
  return user.loginName.startsWith('i:0#.') ? user.loginName : `i:0#.f|membership|${user.Email}`;
}

/** Sub-properties an expanded user supports, with SharePoint's casing. */
export const USER_SUBS: Readonly<Record<string, string>> = {
  id: 'Id', title: 'Title', email: 'EMail', name: 'Name', loginname: 'LoginName', username: 'UserName', jobtitle: 'JobTitle', department: 'Department'
};

/** Reads `<field>/<sub>` for one referenced id (a user or an item of the lookup list). */
export function expandedSub(ctx: ListContext, field: FieldDef, id: number, sub: string): unknown {
  if (field.TypeAsString.startsWith('User')) return userSub(ctx.store.getUserById(id), sub);
  const target = field.LookupList ? ctx.store.getList(field.LookupList) : undefined;
  if (!target) return null;
  if (sub.toLowerCase() === 'id') return id;
  const row = ctx.store.getItems(target.Id).get(id);
  const targetField = ctx.store.getFields(target.Id).find((f) => f.InternalName.toLowerCase() === sub.toLowerCase());
  return row && targetField ? rawValue(row, targetField) : null;
}

/** Checks `<field>/<sub>` names a real sub-property (throws 400 like SharePoint otherwise); returns its casing. */
export function checkSub(ctx: ListContext, field: FieldDef, sub: string, path: string): string {
  if (field.TypeAsString.startsWith('User')) {
    const name = USER_SUBS[sub.toLowerCase()];
    if (!name) throw unknownField(path);
    return name;
  }
  if (sub.toLowerCase() === 'id') return 'Id';
  const target = field.LookupList ? ctx.store.getList(field.LookupList) : undefined;
  const targetField = target && ctx.store.getFields(target.Id).find((f) => f.InternalName.toLowerCase() === sub.toLowerCase());
  if (!targetField) throw unknownField(path);
  return targetField.InternalName === 'ID' ? 'ID' : targetField.InternalName;
}
