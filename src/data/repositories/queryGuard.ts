import { GovernanceError } from '../../core/errors';
import type { FieldDefinition, ListDefinition } from '../../core/schema/types';
import type { PageQuery, SortKey } from './types';

/** Built-in columns a query may name; `Id` is always indexed, the others are not unless a tenant adds an index. */
const META_FIELDS: Readonly<Record<string, { indexed: boolean }>> = {
  Id: { indexed: true },
  ID: { indexed: true },
  Created: { indexed: false },
  Modified: { indexed: false },
  Author: { indexed: false },
  AuthorId: { indexed: false },
  Editor: { indexed: false },
  EditorId: { indexed: false }
};

const META_SORT: Readonly<Record<string, string>> = { id: 'Id', created: 'Created', modified: 'Modified' };

/** Field kinds SharePoint cannot sort on (multi-value, long text, hyperlink) or sorts by id only (person, lookup). */
const UNSORTABLE = new Set(['Note', 'MultiChoice', 'UserMulti', 'LookupMulti', 'URL', 'User', 'Lookup']);

function validation(field: string, code: string, message: string): GovernanceError {
  return new GovernanceError('Validation', message, { issues: [{ field, code, message }] });
}

/** The schema field a filter reference names: `Title`, `OwnerId` (person/lookup by id) or `Owner/Title`. */
function schemaFieldFor<T>(list: ListDefinition<T>, reference: string): FieldDefinition | undefined {
  const base = reference.split('/')[0];
  const direct = list.fields.find((f) => f.internalName === base);
  if (direct !== undefined) {
    return direct;
  }
  if (base.endsWith('Id')) {
    const byId = list.fields.find((f) => f.internalName === base.slice(0, -2));
    if (byId !== undefined && (byId.type === 'User' || byId.type === 'UserMulti' || byId.type === 'Lookup' || byId.type === 'LookupMulti')) {
      return byId;
    }
  }
  return undefined;
}

/** The result of checking a query against the schema before it is sent. */
export interface QueryCheck {
  /** `$orderby` terms, e.g. `Title asc`. */
  readonly orderBy: readonly { readonly field: string; readonly ascending: boolean }[];
  /** Filtered or sorted columns the schema does not index (they fail on lists above the view threshold). */
  readonly notIndexed: readonly string[];
}

/** Whether a built-in column is indexed: always for Id, else when the list's schema indexes it. */
function metaIndexed<T>(list: ListDefinition<T>, name: string): boolean {
  return META_FIELDS[name]?.indexed === true || (list.indexedMetaFields ?? []).some((meta) => meta === name);
}

function sortTerm<T>(list: ListDefinition<T>, key: SortKey<T>): { field: string; ascending: boolean; indexed: boolean } {
  const meta = META_SORT[key.field];
  if (meta !== undefined) {
    return { field: meta, ascending: key.ascending !== false, indexed: metaIndexed(list, meta) };
  }
  const field = list.fields.find((f) => f.property === key.field);
  if (field === undefined) {
    throw validation(key.field, 'unknownField', `${list.title} has no field for "${key.field}" to sort on.`);
  }
  if (UNSORTABLE.has(field.type)) {
    throw validation(key.field, 'unsortableField', `${list.title} cannot be sorted on "${key.field}" (${field.type}).`);
  }
  return { field: field.internalName, ascending: key.ascending !== false, indexed: field.indexed === true };
}

/**
 * Checks a page query against the schema before anything is sent: unknown fields fail as Validation here rather
 * than as a server error, and columns the schema does not index are named so a ThresholdExceeded from the server
 * can say which index is missing. (Non-indexed columns are not refused outright: below 5,000 items SharePoint
 * serves them, and the item count is not known without another round trip.)
 */
export function checkQuery<T>(list: ListDefinition<T>, query: PageQuery<T>): QueryCheck {
  const notIndexed = new Set<string>();
  for (const reference of query.filter?.fields ?? []) {
    const base = reference.split('/')[0];
    const meta = META_FIELDS[base];
    if (meta !== undefined) {
      if (!metaIndexed(list, base)) {
        notIndexed.add(base);
      }
      continue;
    }
    const field = schemaFieldFor(list, reference);
    if (field === undefined) {
      throw validation(reference, 'unknownField', `${list.title} has no field "${reference}" to filter on.`);
    }
    if (field.indexed !== true) {
      notIndexed.add(field.internalName);
    }
  }
  const orderBy = (query.orderBy ?? []).map((key) => {
    const term = sortTerm(list, key);
    if (!term.indexed) {
      notIndexed.add(term.field);
    }
    return { field: term.field, ascending: term.ascending };
  });
  return { orderBy, notIndexed: [...notIndexed] };
}

/** The schema fields a `select` names, in schema order; an unknown property fails as Validation before sending. */
export function checkSelect<T>(list: ListDefinition<T>, select: readonly string[]): FieldDefinition[] {
  for (const property of select) {
    if (!list.fields.some((f) => f.property === property)) {
      throw validation(property, 'unknownField', `${list.title} has no field "${property}" to select.`);
    }
  }
  return list.fields.filter((f) => select.indexOf(f.property) >= 0);
}

/** Page size guard: SharePoint serves at most 5,000 items per request. */
export function checkTop(top: number | undefined): number {
  const value = top ?? 100;
  if (!Number.isInteger(value) || value < 1 || value > 5000) {
    throw validation('$top', 'invalidTop', `Page size must be a whole number from 1 to 5000 (got ${String(top)}).`);
  }
  return value;
}
