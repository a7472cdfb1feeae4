import type { FieldDefinition, ListDefinition } from '../../core/schema/types';

/** The `$select` and `$expand` for reading a list's items. */
export interface ItemQueryShape {
  readonly select: readonly string[];
  readonly expand: readonly string[];
}

/** Properties read from every expanded person field (Author and Editor included). */
export const PERSON_PROPERTIES = ['Id', 'Title', 'EMail', 'Name'] as const;

/** The shown property of a lookup field (Title unless the schema says otherwise). */
export function lookupShownField(field: FieldDefinition): string {
  return field.type === 'Lookup' || field.type === 'LookupMulti' ? field.lookupField ?? 'Title' : 'Title';
}


function fieldSelect(field: FieldDefinition): string[] {
  const name = field.internalName;
  switch (field.type) {
    case 'User':
    case 'UserMulti':
      return PERSON_PROPERTIES.map((p) => `${name}/${p}`);
    case 'Lookup':
    case 'LookupMulti':
      return [`${name}/Id`, `${name}/${lookupShownField(field)}`];
    default:
      return [name];
  }
}

function expands(field: FieldDefinition): boolean {
  return field.type === 'User' || field.type === 'UserMulti' || field.type === 'Lookup' || field.type === 'LookupMulti';
}

/**
 * Derives `$select`/`$expand` from the schema, so a list's reads name every field explicitly (no `select *`, which
 * returns person and lookup fields as bare ids and costs more on wide lists).
 */
export function selectFor<T>(list: ListDefinition<T>): ItemQueryShape {
  const select = ['Id', 'Created', 'Modified', ...PERSON_PROPERTIES.map((p) => `Author/${p}`), ...PERSON_PROPERTIES.map((p) => `Editor/${p}`)];
  const expand = ['Author', 'Editor'];
  for (const field of list.fields) {
    select.push(...fieldSelect(field));
    if (expands(field)) {
      expand.push(field.internalName);
    }
  }
  return { select, expand };
}

/**
 * `$select`/`$expand` for the given schema fields only, plus the metadata every item carries (`Id`, `Modified`;
 * the ETag comes with the item's metadata). Used for reads that need a few columns of many items.
 */
export function selectForFields(fields: readonly FieldDefinition[]): ItemQueryShape {
  const select = ['Id', 'Modified'];
  const expand: string[] = [];
  for (const field of fields) {
    select.push(...fieldSelect(field));
    if (expands(field)) {
      expand.push(field.internalName);
    }
  }
  return { select, expand };
}
