import { GovernanceError } from '../../core/errors';
import type { ListDefinition } from '../../core/schema/types';

/**
 * The name to filter on for a domain property: the field's internal name, or `<Name>Id` for person and lookup
 * fields (SharePoint filters those by id). Throws Validation for a property the schema does not have.
 */
export function filterField<T>(list: ListDefinition<T>, property: Extract<keyof T, string>): string {
  const field = list.fields.find((f) => f.property === property);
  if (field === undefined) {
    const message = `${list.title} has no field for "${property}".`;
    throw new GovernanceError('Validation', message, { issues: [{ field: property, code: 'unknownField', message }] });
  }
  const byId = field.type === 'User' || field.type === 'UserMulti' || field.type === 'Lookup' || field.type === 'LookupMulti';
  return byId ? `${field.internalName}Id` : field.internalName;
}
