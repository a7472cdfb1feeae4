/**
 * Pure helpers behind the schema-driven asset form: field groups, defaults, change detection and the patch.
 * No React here, so the rules are easy to read and test.
 */
import type { DataAsset } from '../../core/models/dataAsset';
import type { FieldDefinition, ListDefinition } from '../../core/schema/types';

/** The form's working copy of a record: every property optional while the user types. */
export type AssetDraft = Partial<DataAsset>;
export type AssetProperty = Extract<keyof DataAsset, string>;
export type AssetField = FieldDefinition<AssetProperty>;

/** Form groups in display order; fields without a known group go to "other". */
export const GROUP_ORDER: readonly string[] = ['identity', 'organisation', 'ownership', 'location', 'sensitivity', 'lifecycle', 'other'];

/** The localised heading of a form group. */
export function groupLabel(group: string, strings: IGovernanceSuiteStrings): string {
  switch (group) {
    case 'identity':
      return strings.GroupIdentity;
    case 'organisation':
      return strings.GroupOrganisation;
    case 'ownership':
      return strings.GroupOwnership;
    case 'location':
      return strings.GroupLocation;
    case 'sensitivity':
      return strings.GroupSensitivity;
    case 'lifecycle':
      return strings.GroupLifecycle;
    default:
      return strings.GroupOther;
  }
}

/** The fields of a list grouped by `group`, groups in {@link GROUP_ORDER}, fields in schema order. */
export function groupFields(list: ListDefinition<DataAsset>): { group: string; fields: AssetField[] }[] {
  const byGroup = new Map<string, AssetField[]>();
  for (const field of list.fields) {
    const group = field.group && GROUP_ORDER.indexOf(field.group) >= 0 ? field.group : 'other';
    byGroup.set(group, [...(byGroup.get(group) ?? []), field]);
  }
  return GROUP_ORDER.filter((g) => byGroup.has(g)).map((group) => ({ group, fields: byGroup.get(group) ?? [] }));
}

/** The localised label of a field (the schema's display name when no translation exists). */
export function fieldLabel(field: AssetField, strings: IGovernanceSuiteStrings): string {
  const labels = strings.Fields as unknown as Record<string, string | undefined>;
  return labels[field.property] ?? field.displayName;
}

/** A new record's starting values: the schema defaults, then the caller's initial values (e.g. the page's mission). */
export function defaultDraft(list: ListDefinition<DataAsset>, initial?: AssetDraft): AssetDraft {
  const draft: Record<string, unknown> = {};
  for (const field of list.fields) {
    if ('defaultValue' in field && field.defaultValue !== undefined) {
      draft[field.property] = field.defaultValue;
    }
  }
  return { ...(draft as AssetDraft), ...initial };
}

/** Empty text, empty lists and blank links count as "no value". */
export function isEmptyValue(value: unknown): boolean {
  if (value === undefined || value === null || value === '') {
    return true;
  }
  if (Array.isArray(value)) {
    return value.length === 0;
  }
  if (typeof value === 'object' && 'url' in (value as object)) {
    return !(value as { url?: string }).url;
  }
  return false;
}

function comparable(value: unknown): unknown {
  if (isEmptyValue(value)) {
    return undefined;
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const record = value as { id?: unknown; url?: unknown };
    // People compare by user id, links by address: display text may differ between reads.
    if (record.id !== undefined) {
      return `person:${String(record.id)}`;
    }
    if (record.url !== undefined) {
      return `url:${String(record.url)}`;
    }
  }
  return JSON.stringify(value);
}

/** Whether two field values mean the same thing. */
export function sameValue(a: unknown, b: unknown): boolean {
  return comparable(a) === comparable(b);
}

/**
 * The editable properties whose value differs from the stored record. A cleared field is present with the value
 * `undefined`, so the data layer can tell "cleared" from "unchanged".
 */
export function changedValues(list: ListDefinition<DataAsset>, stored: AssetDraft, draft: AssetDraft): AssetDraft {
  const patch: Record<string, unknown> = {};
  for (const field of list.fields) {
    if (field.computed) {
      continue;
    }
    const p = field.property;
    if (!sameValue(stored[p], draft[p])) {
      patch[p] = isEmptyValue(draft[p]) ? undefined : draft[p];
    }
  }
  return patch as AssetDraft;
}

/** A new record's values without empty entries and without fields the suite computes. */
export function creationValues(list: ListDefinition<DataAsset>, draft: AssetDraft): DataAsset {
  const values: Record<string, unknown> = {};
  for (const field of list.fields) {
    const value = draft[field.property];
    // OwnershipStatus is computed but required on create: it keeps its schema default.
    if (!isEmptyValue(value) && (!field.computed || 'defaultValue' in field)) {
      values[field.property] = value;
    }
  }
  return values as unknown as DataAsset;
}
