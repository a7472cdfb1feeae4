/** Which DataAssets fields a spreadsheet can fill, and matching a file's headers to them. */
import type { DataAsset } from '../models/dataAsset';
import { DATA_ASSETS_LIST } from '../schema/lists/dataAssets';
import type { FieldDefinition } from '../schema/types';
import { normaliseHeader } from './limits';
import type { ColumnMapping } from './types';

type AssetField = FieldDefinition<Extract<keyof DataAsset, string>>;

/** Every field a person fills (computed ones, such as ownership status and health, are the suite's to set). */
export const IMPORT_FIELDS: readonly AssetField[] = DATA_ASSETS_LIST.fields.filter((f) => f.computed !== true);

export function importField(property: string): AssetField | undefined {
  return IMPORT_FIELDS.find((f) => f.property === property);
}

/**
 * Matches each header to a field by display name, internal name or property name, ignoring case, spaces and
 * punctuation ("Asset type", "AssetType", "asset_type"). A field is matched at most once (first header wins).
 */
export function autoMatchColumns(headers: readonly string[]): ColumnMapping {
  const used = new Set<string>();
  return headers.map((header) => {
    const key = normaliseHeader(header);
    if (key === '') return undefined;
    const field = IMPORT_FIELDS.find(
      (f) => !used.has(f.property) && [f.displayName, f.internalName, f.property].some((name) => normaliseHeader(name) === key)
    );
    if (field === undefined) return undefined;
    used.add(field.property);
    return field.property;
  });
}

/** Problems of a mapping that block the preview: required fields not mapped, a field mapped twice. */
export interface MappingProblems {
  readonly missingRequired: readonly string[];
  readonly mappedTwice: readonly string[];
}

export function mappingProblems(mapping: ColumnMapping): MappingProblems {
  const counts = new Map<string, number>();
  for (const property of mapping) {
    if (property !== undefined) counts.set(property, (counts.get(property) ?? 0) + 1);
  }
  return {
    missingRequired: IMPORT_FIELDS.filter((f) => f.required === true && !counts.has(f.property)).map((f) => f.property),
    mappedTwice: Array.from(counts.entries()).filter(([, n]) => n > 1).map(([p]) => p)
  };
}

/** True when the file supplies external IDs: then they, not mission + title, are the import key. */
export function mapsExternalId(mapping: ColumnMapping): boolean {
  return mapping.indexOf('externalId') >= 0;
}
