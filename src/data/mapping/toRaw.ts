import type { LinkValue, LookupRef, PersonRef } from '../../core/models/common';
import type { FieldDefinition, ListDefinition } from '../../core/schema/types';
import { dateOnlyForWrite } from './dates';
import type { RawWriteBody } from './rawTypes';

/** SharePoint sets these itself; a write body never carries them, whatever the schema or the caller says. */
const SERVER_OWNED = new Set(['Id', 'ID', 'Author', 'AuthorId', 'Editor', 'EditorId', 'Created', 'Modified', 'GUID', 'odata.etag']);

/** Options for `toWriteBody`. */
export interface WriteBodyOptions {
  /** Also write fields marked `computed` (set by the suite's own jobs, e.g. OwnershipStatus). Default false. */
  readonly includeComputed?: boolean;
}

function has(values: object, property: string): boolean {
  return Object.prototype.hasOwnProperty.call(values, property);
}

function ids(values: unknown): number[] {
  return Array.isArray(values) ? values.map((v: PersonRef | LookupRef) => v.id) : [];
}

/** The `[property name, raw value]` of one field; person and lookup fields are written by id (`OwnerId`). */
function fieldToRaw(field: FieldDefinition, value: unknown): [string, unknown] {
  const name = field.internalName;
  const empty = value === undefined || value === null;
  switch (field.type) {
    case 'User':
    case 'Lookup':
      return [`${name}Id`, empty ? null : (value as PersonRef | LookupRef).id];
    case 'UserMulti':
    case 'LookupMulti':
      // Multi-value fields are cleared with an empty array (SharePoint rejects null for them).
      return [`${name}Id`, ids(value)];
    case 'MultiChoice':
      return [name, empty ? [] : [...(value as string[])]];
    case 'URL': {
      if (empty) {
        return [name, null];
      }
      const link = value as LinkValue;
      // SharePoint shows the description as the link text; without one it would show nothing useful.
      return [name, { Url: link.url, Description: link.description ?? link.url }];
    }
    case 'DateTime':
      if (empty) {
        return [name, null];
      }
      return [name, field.dateOnly === true ? dateOnlyForWrite(String(value)) : String(value)];
    default:
      return [name, empty ? null : value];
  }
}

/**
 * The REST write body for domain values: only the properties present in `values` (so a patch touches only what
 * it names), `undefined`/`null` written as a cleared value. Never writes Id, Author, Editor, Created or Modified,
 * and skips computed fields unless asked.
 */
export function toWriteBody<T>(list: ListDefinition<T>, values: Partial<T>, options: WriteBodyOptions = {}): RawWriteBody {
  const body: RawWriteBody = {};
  for (const field of list.fields) {
    if (!has(values, field.property) || SERVER_OWNED.has(field.internalName)) {
      continue;
    }
    if (field.computed === true && options.includeComputed !== true) {
      continue;
    }
    const [key, raw] = fieldToRaw(field, (values as Record<string, unknown>)[field.property]);
    body[key] = raw;
  }
  return body;
}
