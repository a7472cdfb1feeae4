/**
 * Field (column) definitions: the built-in columns of a new list, creation from CreateFieldAsXml or AddField-style
 * bodies, MERGE updates, and the JSON SharePoint returns for a field.
 */
import { randomUUID } from 'node:crypto';
import { badRequest } from './errors';
import { attr, encodeXml, parseFieldXml } from './fieldXml';
import type { FieldDef, FieldType } from './types';

/** SharePoint's FieldTypeKind enumeration for the types the emulator supports. */
export const FIELD_TYPE_KIND: Readonly<Record<FieldType, number>> = {
  Integer: 1, Text: 2, Note: 3, DateTime: 4, Counter: 5, Choice: 6, Lookup: 7, LookupMulti: 7, Boolean: 8, Number: 9,
  Currency: 10, URL: 11, Computed: 12, Guid: 14, MultiChoice: 15, Attachments: 19, User: 20, UserMulti: 20
};

const ODATA_TYPE: Partial<Record<FieldType, string>> = {
  Text: 'SP.FieldText', Note: 'SP.FieldMultiLineText', Choice: 'SP.FieldChoice', MultiChoice: 'SP.FieldMultiChoice',
  Number: 'SP.FieldNumber', Currency: 'SP.FieldCurrency', DateTime: 'SP.FieldDateTime', User: 'SP.FieldUser',
  UserMulti: 'SP.FieldUser', Lookup: 'SP.FieldLookup', LookupMulti: 'SP.FieldLookup', URL: 'SP.FieldUrl',
  Computed: 'SP.FieldComputed', Guid: 'SP.FieldGuid', Integer: 'SP.FieldNumber'
};

/** Types a caller may create (built-in-only types such as Counter are excluded). */
const CREATABLE: readonly FieldType[] = ['Text', 'Note', 'Choice', 'MultiChoice', 'Number', 'Currency', 'Boolean', 'DateTime',
  'User', 'UserMulti', 'Lookup', 'LookupMulti', 'URL', 'Integer'];

/** SharePoint allows 20 indexes per list. */
export const MAX_INDEXED_FIELDS = 20;

/** Fields whose values are numeric ids of users or items, written and read as `<Name>Id`. */
export const isIdField = (f: FieldDef): boolean => ['User', 'UserMulti', 'Lookup', 'LookupMulti'].includes(f.TypeAsString);
/** Multi-valued fields, read as arrays. */
export const isMultiField = (f: FieldDef): boolean => ['MultiChoice', 'UserMulti', 'LookupMulti'].includes(f.TypeAsString);
/** REST property name for a field's value: fields starting with `_` get SharePoint's `OData_` prefix. */
export const restName = (internalName: string): string => (internalName.startsWith('_') ? `OData_${internalName}` : internalName);

function base(internalName: string, title: string, type: FieldType, extra: Partial<FieldDef> = {}): FieldDef {
  return {
    Id: randomUUID(), InternalName: internalName, Title: title, TypeAsString: type, Required: false, Indexed: false,
    Hidden: false, ReadOnlyField: false, builtIn: false, Description: '', DefaultValue: null, EnforceUniqueValues: false,
    ...extra
  };
}

/** The columns every new generic list starts with. */
export function builtInFields(): FieldDef[] {
  const ro = { ReadOnlyField: true, builtIn: true };
  return [
    base('ID', 'ID', 'Counter', { ...ro, Indexed: true }),
    base('Title', 'Title', 'Text', { builtIn: true, Required: true, MaxLength: 255 }),
    base('Created', 'Created', 'DateTime', { ...ro, Format: 'DateTime' }),
    base('Modified', 'Modified', 'DateTime', { ...ro, Format: 'DateTime' }),
    base('Author', 'Created By', 'User', { ...ro, UserSelectionMode: 'PeopleOnly' }),
    base('Editor', 'Modified By', 'User', { ...ro, UserSelectionMode: 'PeopleOnly' }),
    base('_UIVersionString', 'Version', 'Text', { ...ro }),
    base('Attachments', 'Attachments', 'Attachments', { ...ro })
  ];
}

const truthy = (v: string | undefined): boolean => (v ?? '').toUpperCase() === 'TRUE';
const num = (v: string | undefined): number | undefined => (v === undefined || v === '' ? undefined : Number(v));

/**
 * Builds a field from CreateFieldAsXml's SchemaXml.
 * @param resolveList maps the List attribute (`{guid}`, guid or title) to a list id, or undefined when unknown.
 */
export function fieldFromXml(xml: string, resolveList: (ref: string) => string | undefined): FieldDef {
  const parsed = parseFieldXml(xml);
  let type = attr(parsed, 'Type') as FieldType | undefined;
  const displayName = attr(parsed, 'DisplayName');
  const name = attr(parsed, 'Name') ?? attr(parsed, 'StaticName') ?? displayName?.replace(/\s+/g, '');
  if (!name) throw badRequest('The field schema must have a Name or DisplayName attribute.');
  const mult = truthy(attr(parsed, 'Mult'));
  if (type === 'User' && mult) type = 'UserMulti';
  if (type === 'Lookup' && mult) type = 'LookupMulti';
  if (!type || !CREATABLE.includes(type)) throw badRequest(`Field type '${type ?? ''}' is not supported by the emulator.`);
  const field = base(name, displayName ?? name, type, {
    Required: truthy(attr(parsed, 'Required')),
    Indexed: truthy(attr(parsed, 'Indexed')),
    Hidden: truthy(attr(parsed, 'Hidden')),
    EnforceUniqueValues: truthy(attr(parsed, 'EnforceUniqueValues')),
    Description: attr(parsed, 'Description') ?? '',
    DefaultValue: parsed.defaultValue
  });
  if (attr(parsed, 'ID')) field.Id = (attr(parsed, 'ID') as string).replace(/[{}]/g, '').toLowerCase();
  if (type === 'Text') field.MaxLength = num(attr(parsed, 'MaxLength')) ?? 255;
  if (type === 'Note') field.RichText = truthy(attr(parsed, 'RichText'));
  if (type === 'Choice' || type === 'MultiChoice') field.Choices = parsed.choices;
  if (type === 'Number' || type === 'Currency' || type === 'Integer') {
    field.Min = num(attr(parsed, 'Min'));
    field.Max = num(attr(parsed, 'Max'));
    field.Decimals = num(attr(parsed, 'Decimals'));
  }
  if (type === 'DateTime') field.Format = attr(parsed, 'Format') === 'DateOnly' ? 'DateOnly' : 'DateTime';
  if (type === 'URL') field.Format = attr(parsed, 'Format') === 'Image' ? 'Image' : 'Hyperlink';
  if (type === 'User' || type === 'UserMulti') field.UserSelectionMode = attr(parsed, 'UserSelectionMode') ?? 'PeopleOnly';
  if (type === 'Lookup' || type === 'LookupMulti') {
    const ref = attr(parsed, 'List');
    const listId = ref === undefined ? undefined : resolveList(ref);
    if (!listId) throw badRequest(`The lookup list '${ref ?? ''}' of field '${name}' does not exist.`);
    field.LookupList = listId;
    field.LookupField = attr(parsed, 'ShowField') ?? 'Title';
  }
  return field;
}

const KIND_TO_TYPE: Readonly<Record<number, FieldType>> = {
  1: 'Integer', 2: 'Text', 3: 'Note', 4: 'DateTime', 6: 'Choice', 7: 'Lookup', 8: 'Boolean', 9: 'Number', 10: 'Currency',
  11: 'URL', 15: 'MultiChoice', 20: 'User'
};

/** Reads `Choices` given as an array or as verbose `{results: [...]}`. */
export function readChoices(value: unknown): string[] | undefined {
  const list = Array.isArray(value) ? value : (value && typeof value === 'object' && Array.isArray((value as { results?: unknown }).results)
    ? (value as { results: unknown[] }).results : undefined);
  return list?.map((c) => String(c));
}

/** Builds a field from a `POST .../fields` or `.../fields/AddField` body ({Title, FieldTypeKind, ...}). */
export function fieldFromProperties(props: Record<string, unknown>, resolveList: (ref: string) => string | undefined): FieldDef {
  const title = typeof props.Title === 'string' ? props.Title : '';
  if (!title) throw badRequest('The field Title is required.');
  let type = KIND_TO_TYPE[Number(props.FieldTypeKind)];
  if (!type) throw badRequest(`FieldTypeKind '${String(props.FieldTypeKind)}' is not supported by the emulator.`);
  if (type === 'User' && props.AllowMultipleValues === true) type = 'UserMulti';
  if (type === 'Lookup' && props.AllowMultipleValues === true) type = 'LookupMulti';
  const name = typeof props.StaticName === 'string' && props.StaticName ? props.StaticName : title.replace(/\s+/g, '');
  const field = base(name, title, type, { Required: props.Required === true, Indexed: props.Indexed === true,
    Description: typeof props.Description === 'string' ? props.Description : '' });
  if (type === 'Text') field.MaxLength = typeof props.MaxLength === 'number' ? props.MaxLength : 255;
  if (type === 'Choice' || type === 'MultiChoice') field.Choices = readChoices(props.Choices) ?? [];
  if (type === 'DateTime') field.Format = props.DisplayFormat === 0 ? 'DateOnly' : 'DateTime';
  if (type === 'URL') field.Format = props.DisplayFormat === 1 ? 'Image' : 'Hyperlink';
  if (type === 'Number' || type === 'Currency') {
    if (typeof props.MinimumValue === 'number') field.Min = props.MinimumValue;
    if (typeof props.MaximumValue === 'number') field.Max = props.MaximumValue;
  }
  if (type === 'Lookup' || type === 'LookupMulti') {
    const ref = String(props.LookupListId ?? props.LookupList ?? '');
    const listId = resolveList(ref);
    if (!listId) throw badRequest(`The lookup list '${ref}' does not exist.`);
    field.LookupList = listId;
    field.LookupField = typeof props.LookupFieldName === 'string' ? props.LookupFieldName : 'Title';
  }
  return field;
}

/** Applies a field MERGE body; unknown keys are rejected like SharePoint's "property does not exist". */
export function mergeField(field: FieldDef, patch: Record<string, unknown>): FieldDef {
  const next: FieldDef = { ...field };
  for (const [key, value] of Object.entries(patch)) {
    if (key === '__metadata' || key.startsWith('@') || key.startsWith('odata.')) continue;
    switch (key) {
      case 'Title': case 'Description': next[key] = String(value ?? ''); break;
      case 'Required': case 'Indexed': case 'Hidden': case 'EnforceUniqueValues': next[key] = value === true; break;
      case 'Choices': next.Choices = readChoices(value) ?? []; break;
      case 'MaxLength': next.MaxLength = Number(value); break;
      case 'DefaultValue': next.DefaultValue = value === null || value === undefined ? null : String(value); break;
      case 'MinimumValue': next.Min = Number(value); break;
      case 'MaximumValue': next.Max = Number(value); break;
      default: throw badRequest(`The property '${key}' does not exist on type 'SP.Field'. Make sure to only use property names that are defined by the type.`);
    }
  }
  return next;
}

/** Synthesises SchemaXml from the current definition (so MERGE updates show up in it too). */
export function schemaXml(f: FieldDef, lookupTitle?: string): string {
  const type = f.TypeAsString === 'UserMulti' ? 'UserMulti' : f.TypeAsString;
  const attrs: [string, string | undefined][] = [
    ['ID', `{${f.Id}}`], ['Type', type], ['Name', f.InternalName], ['StaticName', f.InternalName], ['DisplayName', f.Title],
    ['Required', f.Required ? 'TRUE' : 'FALSE'], ['Indexed', f.Indexed ? 'TRUE' : undefined],
    ['MaxLength', f.MaxLength?.toString()], ['Format', f.Format], ['Min', f.Min?.toString()], ['Max', f.Max?.toString()],
    ['Mult', isMultiField(f) && f.TypeAsString !== 'MultiChoice' ? 'TRUE' : undefined],
    ['List', f.LookupList ? `{${f.LookupList}}` : undefined], ['ShowField', f.LookupField], ['Description', f.Description || undefined],
    ['SourceID', lookupTitle]
  ];
  const head = attrs.filter(([, v]) => v !== undefined).map(([k, v]) => `${k}="${encodeXml(v as string)}"`).join(' ');
  const choices = f.Choices ? `<CHOICES>${f.Choices.map((c) => `<CHOICE>${encodeXml(c)}</CHOICE>`).join('')}</CHOICES>` : '';
  const def = f.DefaultValue !== null ? `<Default>${encodeXml(f.DefaultValue)}</Default>` : '';
  return `<Field ${head}>${choices}${def}</Field>`;
}

/** The JSON SharePoint returns for a field (minimal metadata annotations included; the formatter strips them). */
export function fieldJson(f: FieldDef, listUrl: string): Record<string, unknown> {
  const json: Record<string, unknown> = {
    'odata.type': ODATA_TYPE[f.TypeAsString] ?? 'SP.Field',
    'odata.id': `${listUrl}/Fields(guid'${f.Id}')`,
    'odata.editLink': `${listUrl.replace(/^.*\/_api\//, '')}/Fields(guid'${f.Id}')`,
    CanBeDeleted: !f.builtIn, DefaultValue: f.DefaultValue, Description: f.Description, EnforceUniqueValues: f.EnforceUniqueValues,
    FieldTypeKind: FIELD_TYPE_KIND[f.TypeAsString], Group: f.builtIn ? '_Hidden' : 'Custom Columns', Hidden: f.Hidden, Id: f.Id,
    Indexed: f.Indexed, InternalName: f.InternalName, ReadOnlyField: f.ReadOnlyField, Required: f.Required,
    SchemaXml: schemaXml(f), StaticName: f.InternalName, Title: f.Title, TypeAsString: f.TypeAsString,
    TypeDisplayName: f.TypeAsString
  };
  if (f.TypeAsString === 'Text') json.MaxLength = f.MaxLength ?? 255;
  if (f.TypeAsString === 'Note') json.RichText = f.RichText ?? false;
  if (f.Choices) json.Choices = [...f.Choices];
  if (f.TypeAsString === 'DateTime') json.DisplayFormat = f.Format === 'DateOnly' ? 0 : 1;
  if (f.TypeAsString === 'URL') json.DisplayFormat = f.Format === 'Image' ? 1 : 0;
  if (['Number', 'Currency', 'Integer'].includes(f.TypeAsString)) {
    json.MinimumValue = f.Min ?? -1.7976931348623157e308;
    json.MaximumValue = f.Max ?? 1.7976931348623157e308;
  }
  if (isIdField(f)) {
    json.AllowMultipleValues = isMultiField(f);
    if (f.LookupList) { json.LookupList = `{${f.LookupList}}`; json.LookupField = f.LookupField ?? 'Title'; }
    if (f.TypeAsString.startsWith('User')) { json.LookupField = 'ImnName'; json.SelectionMode = f.UserSelectionMode === 'PeopleAndGroups' ? 1 : 0; }
  }
  return json;
}
