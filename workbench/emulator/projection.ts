/**
 * $select / $expand for list items: compiles the requested shape once per request into a function from a stored
 * row to SharePoint's JSON (value shapes of SharePoint Online: `OwnerId` + `OwnerStringId`, arrays for multi
 * values, `{Description, Url}` for links, ISO dates, expanded `Owner: {Id, Title, EMail, Name}`).
 */
import { SpError, unknownField } from './errors';
import { isIdField, isMultiField, restName } from './fields';
import { checkSub, expandedSub, findField, rawValue, resolveProperty, type ListContext } from './itemProps';
import { etagOf } from './itemWrite';
import type { FieldDef, ItemRow } from './types';

type Writer = (row: ItemRow, out: Record<string, unknown>) => void;

/** Columns SharePoint returns for an item that are not fields of the list. */
const EXTRA: Readonly<Record<string, (row: ItemRow, ctx: ListContext) => unknown>> = {
  FileSystemObjectType: () => 0,
  ServerRedirectedEmbedUri: () => null,
  ServerRedirectedEmbedUrl: () => '',
  ContentTypeId: () => '0x0100',
  ComplianceAssetId: () => null,
  GUID: (row, ctx) => `${ctx.list.Id.slice(0, 24)}${row.id.toString(16).padStart(12, '0')}`
};

const expandRequired = (path: string, nav: string): SpError =>
  new SpError(400, '-1, Microsoft.SharePoint.SPException',
    `The query to field '${path}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${nav}.`);

/** Writes a field's value in its REST shape (`<Name>Id`/`<Name>StringId` for people and lookups). */
function valueWriter(field: FieldDef, part: 'value' | 'id' | 'stringId' | 'both'): Writer {
  const name = restName(field.InternalName);
  if (!isIdField(field)) {
    return (row, out) => {
      const v = rawValue(row, field);
      out[name] = Array.isArray(v) ? [...v] : v;
    };
  }
  const multi = isMultiField(field);
  return (row, out) => {
    const v = rawValue(row, field);
    if (part === 'id' || part === 'both') out[`${name}Id`] = multi ? [...(v as number[])] : v;
    if (part === 'stringId' || part === 'both') {
      if (multi) out[`${name}StringId`] = (v as number[]).map(String);
      else if (v !== null) out[`${name}StringId`] = String(v);
    }
  };
}

function expansionWriter(ctx: ListContext, field: FieldDef, subs: readonly [string, string][], minimal: boolean): Writer {
  const name = restName(field.InternalName);
  const target = field.LookupList ? ctx.store.getList(field.LookupList) : undefined;
  const type = field.TypeAsString.startsWith('User') ? 'SP.Data.UserInfoItem' : `SP.Data.${target?.EntityName ?? 'Lookup'}ListItem`;
  // One projection serves one request, so each person or lookup target is read once per response, not once per
  // row (a page of 2,000 assets names the same few hundred people, and each read is a SQLite query).
  const seen = new Map<number, Record<string, unknown>>();
  const one = (id: number): Record<string, unknown> => {
    let obj = seen.get(id);
    if (!obj) {
      obj = minimal ? { 'odata.type': type, 'odata.id': `${ctx.siteUrl}/_api/${type}${id}` } : {};
      for (const [sub, outName] of subs) obj[outName] = expandedSub(ctx, field, id, sub);
      seen.set(id, obj);
    }
    return { ...obj };
  };
  return (row, out) => {
    const v = rawValue(row, field);
    if (isMultiField(field)) out[name] = (v as number[]).map(one);
    else out[name] = v === null ? null : one(v as number);
  };
}

/** The default sub-properties of an expansion when only `$expand=Owner` is given. */
function defaultSubs(ctx: ListContext, field: FieldDef): [string, string][] {
  if (field.TypeAsString.startsWith('User')) return [['Id', 'Id'], ['Title', 'Title'], ['EMail', 'EMail'], ['Name', 'Name']];
  const show = field.LookupField ?? 'Title';
  return [['Id', 'Id'], [show, checkSub(ctx, field, show, `${field.InternalName}/${show}`)]];
}

/** All columns SharePoint returns when no $select is given. */
function defaultWriters(ctx: ListContext): Writer[] {
  const writers: Writer[] = [];
  const extra = (key: string): Writer => (row, out) => { out[key] = EXTRA[key](row, ctx); };
  writers.push(extra('FileSystemObjectType'), (row, out) => { out.Id = row.id; }, extra('ServerRedirectedEmbedUri'),
    extra('ServerRedirectedEmbedUrl'), extra('ContentTypeId'));
  const builtIns = new Set(['ID', 'Created', 'Modified', 'Author', 'Editor', '_UIVersionString', 'Attachments']);
  for (const field of ctx.fields) {
    if (!builtIns.has(field.InternalName)) writers.push(valueWriter(field, 'both'));
  }
  writers.push(extra('ComplianceAssetId'));
  for (const name of ['ID', 'Modified', 'Created', 'Author', 'Editor', '_UIVersionString', 'Attachments']) {
    const field = findField(ctx, name);
    if (field) writers.push(valueWriter(field, field.InternalName === 'Author' || field.InternalName === 'Editor' ? 'id' : 'value'));
  }
  writers.push(extra('GUID'));
  return writers;
}

/**
 * Compiles $select/$expand for a list into a row serialiser. Throws SharePoint's 400s for unknown properties,
 * and for `Owner/Title` without `$expand=Owner`.
 */
export function compileProjection(ctx: ListContext, select: readonly string[] | undefined, expand: readonly string[], minimal: boolean): (row: ItemRow) => Record<string, unknown> {
  const expanded = new Map<string, { field: FieldDef; subs: [string, string][] }>();
  for (const nav of expand) {
    const field = findField(ctx, nav);
    if (!field || !isIdField(field)) throw unknownField(nav);
    expanded.set(field.InternalName.toLowerCase(), { field, subs: [] });
  }
  const writers: Writer[] = [];
  const terms = select && select.length > 0 ? select : ['*'];
  for (const term of terms) {
    if (term === '*') { writers.push(...defaultWriters(ctx)); continue; }
    const extraKey = Object.keys(EXTRA).find((k) => k.toLowerCase() === term.toLowerCase());
    if (extraKey) { writers.push((row, out) => { out[extraKey] = EXTRA[extraKey](row, ctx); }); continue; }
    if (term.toLowerCase() === 'id') { writers.push(term === 'ID' ? (row, out) => { out.ID = row.id; } : (row, out) => { out.Id = row.id; }); continue; }
    const ref = resolveProperty(ctx, term);
    if (!ref) throw unknownField(term);
    if (ref.part === 'sub') {
      const entry = expanded.get(ref.field.InternalName.toLowerCase());
      if (!entry) {
        if (ref.sub === undefined) { writers.push(valueWriter(ref.field, 'id')); continue; }
        throw expandRequired(term, ref.field.InternalName);
      }
      if (ref.sub === undefined) entry.subs.push(...defaultSubs(ctx, ref.field));
      else entry.subs.push([ref.sub, checkSub(ctx, ref.field, ref.sub, term)]);
      continue;
    }
    writers.push(valueWriter(ref.field, ref.part));
  }
  for (const entry of expanded.values()) {
    // `$expand=Owner` with no Owner/... in an explicit $select returns nothing for Owner; with no $select it
    // returns the default sub-properties.
    const subs = entry.subs.length > 0 ? entry.subs : (select && select.length > 0 && !select.includes('*') ? [] : defaultSubs(ctx, entry.field));
    const unique = [...new Map(subs.map((s) => [s[1], s] as const)).values()];
    if (unique.length > 0) writers.push(expansionWriter(ctx, entry.field, unique, minimal));
  }
  const listPath = `Web/Lists(guid'${ctx.list.Id}')`;
  const type = `SP.Data.${ctx.list.EntityName}ListItem`;
  return (row) => {
    const out: Record<string, unknown> = minimal ? {
      'odata.type': type,
      'odata.id': `${ctx.siteUrl}/_api/${listPath}/Items(${row.id})`,
      'odata.etag': etagOf(row),
      'odata.editLink': `${listPath}/Items(${row.id})`
    } : {};
    for (const write of writers) write(row, out);
    return out;
  };
}
