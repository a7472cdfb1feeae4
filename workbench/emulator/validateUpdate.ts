/**
 * `POST .../items(N)/ValidateUpdateListItem`: SharePoint's form-style update, values as the strings a form posts.
 * Unlike a MERGE it may set Author, Editor, Created and Modified, and with `bNewDocumentUpdate: true` it does so
 * without a new version. That is a real loophole of SharePoint (anyone who may edit an item can rewrite who made it
 * and when); the emulator models it so tests prove the suite's decision lists close it for contributors.
 */
import { invalidQuery } from './errors';
import { isIdField } from './fields';
import { findField, type ListContext } from './itemProps';
import { accessOf, coerceValue, demandEdit, requireItem } from './itemWrite';
import type { FieldDef, ItemRow, SiteUser } from './types';

/** One entry of `formValues` and of the answer (SP.ListItemFormUpdateValue). */
interface FormValue {
  readonly FieldName: string;
  readonly FieldValue: string;
}

/** The answer's entries: SharePoint reports each field, with an error message where it refused the value. */
export interface FormUpdateValue extends FormValue {
  readonly ErrorMessage: string | null;
  readonly HasException: boolean;
  readonly ItemId: number;
}

const SYSTEM_USER_FIELDS = new Set(['author', 'editor']);
const SYSTEM_DATE_FIELDS = new Set(['created', 'modified']);

/** `[{"Key":"i:0#.f|membership|x@y"}]` (the people picker's form value) -> site user ids, adding directory people. */
function peopleIds(ctx: ListContext, text: string): number[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text === '' ? '[]' : text);
  } catch {
    throw new Error(`'${text}' is not a valid people picker value.`);
  }
  if (!Array.isArray(parsed)) throw new Error(`'${text}' is not a valid people picker value.`);
  return parsed.map((entry) => {
    const key = (entry as { Key?: unknown }).Key;
    const user = typeof key === 'string' ? ctx.store.ensureUser(key) : undefined;
    if (!user) throw new Error(`The user '${String(key)}' could not be found.`);
    return user.Id;
  });
}

function formDate(text: string): string {
  const time = Date.parse(text);
  if (Number.isNaN(time)) throw new Error(`'${text}' is not a valid date and time.`);
  return new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Converts a form string for a list field into the value a REST body would carry, then to the stored form. */
function formValue(ctx: ListContext, field: FieldDef, text: string): unknown {
  switch (field.TypeAsString) {
    case 'Number': case 'Currency': case 'Integer':
      return coerceValue(ctx, field, text.trim() === '' ? null : Number(text), 'value');
    case 'Boolean':
      return /^(1|true|yes)$/i.test(text.trim());
    case 'DateTime':
      return text.trim() === '' ? null : formDate(text);
    case 'MultiChoice':
      return text.split(';#').filter((v) => v !== '');
    case 'User': case 'UserMulti': {
      const ids = peopleIds(ctx, text);
      return field.TypeAsString === 'User' ? ids[0] ?? null : ids;
    }
    case 'URL': {
      const [url, description] = text.split(/,\s(.*)/s);
      return coerceValue(ctx, field, url.trim() === '' ? null : { Url: url.trim(), Description: description ?? url.trim() }, 'value');
    }
    case 'Lookup':
      return coerceValue(ctx, field, text.trim() === '' ? null : Number(text.split(';#')[0]), 'id');
    default:
      if (isIdField(field)) throw new Error(`Field '${field.InternalName}' cannot be set by this method.`);
      return coerceValue(ctx, field, text, 'value');
  }
}

/** Applies `formValues` to item `id` as `user`; returns SharePoint's per-field report. Nothing is written if any field fails. */
export function validateUpdateListItem(ctx: ListContext, id: number, body: Record<string, unknown>, user: SiteUser): FormUpdateValue[] {
  const access = accessOf(ctx, user);
  const row = requireItem(ctx, id, user, access);
  demandEdit(ctx, access, row);
  if (!Array.isArray(body.formValues)) throw invalidQuery('formValues is required.');
  const values = { ...row.values };
  const next: { authorId: number; editorId: number; created: string; modified: string } = {
    authorId: row.authorId, editorId: user.Id, created: row.created, modified: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')
  };
  const report = (body.formValues as FormValue[]).map((entry): FormUpdateValue => {
    const name = String(entry.FieldName);
    const text = entry.FieldValue === null || entry.FieldValue === undefined ? '' : String(entry.FieldValue);
    try {
      const lower = name.toLowerCase();
      if (SYSTEM_USER_FIELDS.has(lower)) {
        const [userId] = peopleIds(ctx, text);
        if (userId === undefined) throw new Error(`Field '${name}' requires a user.`);
        next[lower === 'author' ? 'authorId' : 'editorId'] = userId;
      } else if (SYSTEM_DATE_FIELDS.has(lower)) {
        next[lower === 'created' ? 'created' : 'modified'] = formDate(text);
      } else {
        const field = findField(ctx, name);
        if (!field || field.ReadOnlyField) throw new Error(`Column '${name}' does not exist or is read-only.`);
        values[field.InternalName] = formValue(ctx, field, text);
      }
      return { ErrorMessage: null, FieldName: name, FieldValue: text, HasException: false, ItemId: id };
    } catch (error) {
      return { ErrorMessage: error instanceof Error ? error.message : String(error), FieldName: name, FieldValue: text, HasException: true, ItemId: id };
    }
  });
  if (report.every((r) => !r.HasException)) {
    const updated: ItemRow = { ...row, ...next, values };
    ctx.store.overwriteItem(ctx.list, updated, body.bNewDocumentUpdate !== true);
  }
  return report;
}
