import type { ItemMeta, LinkValue, LookupRef, PersonRef, Stored } from '../../core/models/common';
import type { FieldDefinition, ListDefinition } from '../../core/schema/types';
import { toDateOnly } from './dates';
import type { RawItem, RawPerson, RawUrl } from './rawTypes';
import { lookupShownField } from './select';

/** Multi-value fields arrive as arrays (minimal metadata) or `{ results: [] }` (verbose): accept both. */
function asArray(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) {
    return value;
  }
  if (typeof value === 'object' && value !== null && Array.isArray((value as { results?: unknown }).results)) {
    return (value as { results: unknown[] }).results;
  }
  return undefined;
}

/** An expanded person (`{Id, Title, EMail, Name}`); version history's `{LookupId, LookupValue, Email}` too. */
export function toPerson(value: unknown): PersonRef | undefined {
  if (typeof value !== 'object' || value === null) {
    return undefined;
  }
  const raw = value as RawPerson & { LookupId?: number; LookupValue?: string; Email?: string };
  const id = typeof raw.Id === 'number' ? raw.Id : raw.LookupId;
  if (typeof id !== 'number' || id <= 0) {
    return undefined;
  }
  const person: { id: number; title: string; email?: string; loginName?: string } = { id, title: raw.Title ?? raw.LookupValue ?? '' };
  const email = raw.EMail ?? raw.Email;
  if (typeof email === 'string' && email.length > 0) {
    person.email = email;
  }
  if (typeof raw.Name === 'string' && raw.Name.length > 0) {
    person.loginName = raw.Name;
  }
  return person;
}

function toLookup(value: unknown, shownField: string): LookupRef | undefined {
  if (typeof value !== 'object' || value === null) {
    return undefined;
  }
  const raw = value as Record<string, unknown>;
  const id = typeof raw.Id === 'number' ? raw.Id : raw.LookupId;
  if (typeof id !== 'number' || id <= 0) {
    return undefined;
  }
  const title = raw[shownField] ?? raw.LookupValue;
  return typeof title === 'string' ? { id, title } : { id };
}

function toLink(value: unknown): LinkValue | undefined {
  if (typeof value !== 'object' || value === null || typeof (value as RawUrl).Url !== 'string') {
    return undefined;
  }
  const raw = value as RawUrl;
  return typeof raw.Description === 'string' && raw.Description.length > 0 ? { url: raw.Url, description: raw.Description } : { url: raw.Url };
}

function compact<V>(values: readonly (V | undefined)[]): V[] {
  return values.filter((v): v is V => v !== undefined);
}

/** One field's raw value as its domain value; `undefined` for empty (SharePoint's null). */
export function fieldFromRaw(field: FieldDefinition, raw: unknown): unknown {
  if (raw === null || raw === undefined) {
    return undefined;
  }
  switch (field.type) {
    case 'User':
      return toPerson(raw);
    case 'UserMulti':
      return compact((asArray(raw) ?? []).map(toPerson));
    case 'Lookup':
      return toLookup(raw, lookupShownField(field));
    case 'LookupMulti':
      return compact((asArray(raw) ?? []).map((v) => toLookup(v, lookupShownField(field))));
    case 'URL':
      return toLink(raw);
    case 'MultiChoice':
      return (asArray(raw) ?? []).filter((v): v is string => typeof v === 'string');
    case 'DateTime':
      return typeof raw === 'string' ? (field.dateOnly === true ? toDateOnly(raw) : raw) : undefined;
    case 'Boolean':
      // Some SharePoint endpoints (version history) return booleans as "1"/"0" or "Yes"/"No" strings.
      return typeof raw === 'boolean' ? raw : raw === 1 || raw === '1' || raw === 'true' || raw === 'Yes';
    case 'Number':
      return typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' && Number.isFinite(Number(raw)) ? Number(raw) : undefined;
    default:
      return typeof raw === 'string' ? raw : String(raw);
  }
}

/** The item metadata (`ItemMeta`) of a raw item. */
export function metaFromRaw(raw: RawItem): ItemMeta {
  const meta: { id: number; etag: string; created?: string; modified?: string; author?: PersonRef; editor?: PersonRef } = {
    id: raw.Id,
    etag: raw['odata.etag'] ?? raw.__metadata?.etag ?? ''
  };
  if (typeof raw.Created === 'string') {
    meta.created = raw.Created;
  }
  if (typeof raw.Modified === 'string') {
    meta.modified = raw.Modified;
  }
  const author = toPerson(raw.Author);
  if (author !== undefined) {
    meta.author = author;
  }
  const editor = toPerson(raw.Editor);
  if (editor !== undefined) {
    meta.editor = editor;
  }
  return meta;
}

/** The domain values of a raw item: one property per schema field that has a value. */
export function valuesFromRaw<T>(list: ListDefinition<T>, raw: Readonly<Record<string, unknown>>): Partial<T> {
  const values: Record<string, unknown> = {};
  for (const field of list.fields) {
    const value = fieldFromRaw(field, raw[field.internalName]);
    if (value !== undefined) {
      values[field.property] = value;
    }
  }
  return values as Partial<T>;
}

/**
 * A raw item (read with `selectFor(list)`) as a stored domain record. Fields SharePoint returns empty are left out,
 * so a required property can be missing when the list holds data written outside the suite.
 */
export function itemFromRaw<T>(list: ListDefinition<T>, raw: RawItem): Stored<T> {
  return { ...(valuesFromRaw(list, raw) as T), ...metaFromRaw(raw) };
}
