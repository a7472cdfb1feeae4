import { GovernanceError } from '../../core/errors';
import type { ListDefinition } from '../../core/schema/types';
import { eq, isNull, type ODataFilter, type ODataValue } from '../odata/filter';
import type { SortKey } from '../repositories/types';

/**
 * How ID-range paging serves a sort: one pass per value of the first sort column (each pass a clause such as
 * `DeclaredSensitivity eq 'Internal'`, in sort order, empty values first ascending as SharePoint sorts them), then
 * items by ID within a pass. A sort by ID alone (or none) is a single pass.
 */
export interface SortPasses {
  /** One extra clause per pass; `undefined` for the single pass of an ID sort. */
  readonly passes: readonly (ODataFilter | undefined)[];
  /** ID order inside a pass. */
  readonly ascending: boolean;
}

/** The error for a sort SharePoint cannot serve on a list this large without a narrowing filter. */
export function sortNeedsNarrowingFilter<T>(list: ListDefinition<T>, property: string): GovernanceError {
  const message = `Sorting ${list.title} by ${property} needs a filter that narrows the list (a mission, an owner) at this size: filter by mission or sort newest first.`;
  return new GovernanceError('ThresholdExceeded', message, { issues: [{ field: property, code: 'sortNeedsNarrowingFilter', message, params: { field: property } }] });
}

/**
 * The passes for `orderBy`; `sortValues` lists the first sort column's values in ascending order (default: a
 * Choice column's choices alphabetically, as SharePoint sorts them; a Boolean's false, true). A sort on a column
 * with open-ended values (a title, a date) cannot be served by ID ranges and fails with a clear error.
 */
export function sortPasses<T>(list: ListDefinition<T>, orderBy: readonly SortKey<T>[] = [], sortValues?: readonly ODataValue[]): SortPasses {
  const [first, ...rest] = orderBy;
  if (first === undefined || first.field === 'id') return { passes: [undefined], ascending: first?.ascending !== false };
  const field = list.fields.find((f) => f.property === first.field);
  const values = sortValues ?? (field?.type === 'Choice' ? [...field.choices].sort() : field?.type === 'Boolean' ? [false, true] : undefined);
  if (field === undefined || values === undefined) throw sortNeedsNarrowingFilter(list, first.field);
  const ascending = first.ascending !== false;
  const inOrder: (ODataFilter | undefined)[] = [isNull(field.internalName), ...values.map((value) => eq(field.internalName, value))];
  const idKey = rest.find((key) => key.field === 'id');
  return { passes: ascending ? inOrder : inOrder.reverse(), ascending: idKey?.ascending !== false };
}
