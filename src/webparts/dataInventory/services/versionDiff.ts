import type { DataAsset } from '../../../core/models/dataAsset';
import type { VersionEntry } from '../../../data/repositories/types';
import type { AssetVersion } from './IInventoryService';

/** Comparable form of a value (people and lookups by id, links by URL, arrays element-wise). */
function comparable(value: unknown): string {
  if (value === undefined || value === null || value === '') return '';
  if (Array.isArray(value)) return JSON.stringify(value.map(comparable));
  if (typeof value === 'object') {
    const record = value as { id?: number; url?: string };
    if (record.id !== undefined) return `#${record.id}`;
    if (record.url !== undefined) return record.url;
    return JSON.stringify(value);
  }
  return String(value);
}

/**
 * Turns SharePoint's version history (newest first, full values per version) into "who changed what": each
 * version lists the properties that differ from the version before it; the first version lists what it set.
 */
export function diffVersions(entries: readonly VersionEntry<DataAsset>[]): AssetVersion[] {
  return entries.map((entry, index) => {
    const previous = entries[index + 1]?.values ?? {};
    const keys = new Set([...Object.keys(entry.values), ...Object.keys(previous)]) as Set<keyof DataAsset>;
    const changes: AssetVersion['changes'] = [];
    for (const key of keys) {
      if (comparable(entry.values[key]) !== comparable(previous[key])) {
        changes.push({ property: key, from: previous[key], to: entry.values[key] });
      }
    }
    return { label: entry.label, modified: entry.modified ?? '', editor: entry.editor, changes };
  });
}
