/**
 * Lookups of a quality measurements import: the inventory records a file's Record column names, and the
 * measurements already stored for those records (their dedupe keys). Every query filters an indexed column
 * (ExternalId, ID, the measurements' Asset lookup) with escaped values, chunked to stay inside URL limits.
 */
import type { LookupRef, Stored } from '../../core/models/common';
import type { DataAsset } from '../../core/models/dataAsset';
import { isItemId, qualityKey } from '../../core/quality/importRows';
import type { QualityMeasurement } from '../../core/quality/model';
import { DATA_ASSETS_LIST, DATA_QUALITY_MEASUREMENTS_LIST } from '../../core/schema';
import { eq, or, type ODataFilter } from '../odata/filter';
import { filterField } from '../odata/fieldRef';
import { idFilters } from '../odata/idFilters';
import { readAll, readNarrowed } from '../query/readMatching';
import type { IListRepository } from '../repositories/types';

/** Longest `$filter` text per request (before URL encoding), as the rollout kit's key lookups. */
const MAX_FILTER_CHARS = 1500;

/** The records a file names, indexed both ways `matchRecord` needs. */
export interface RecordIndex {
  /** By External ID, trimmed and lower-cased (a list when several records share one). */
  readonly byExternalId: ReadonlyMap<string, readonly LookupRef[]>;
  readonly byItemId: ReadonlyMap<number, LookupRef>;
}

/** `eq` terms joined by `or`, as many per filter as fit in MAX_FILTER_CHARS. */
function eqChunks(field: string, values: readonly string[]): ODataFilter[] {
  const chunks: string[][] = [];
  let length = 0;
  for (const value of values) {
    const cost = eq(field, value).text.length + 4;
    if (chunks.length === 0 || (length + cost > MAX_FILTER_CHARS && chunks[chunks.length - 1].length > 0)) {
      chunks.push([]);
      length = 0;
    }
    chunks[chunks.length - 1].push(value);
    length += cost;
  }
  return chunks.map((chunk) => or(...chunk.map((v) => eq(field, v))));
}

/** The records whose External ID or item ID is one of `refs` (the Record cells as typed). */
export async function findRecords(assets: IListRepository<DataAsset>, refs: readonly string[]): Promise<RecordIndex> {
  const distinct = Array.from(new Map(refs.map((r) => [r.trim().toLowerCase(), r.trim()])).values()).filter((r) => r !== '');
  const found = new Map<number, Stored<DataAsset>>();
  const select: (keyof DataAsset & string)[] = ['title', 'externalId'];
  for (const filter of eqChunks(filterField(DATA_ASSETS_LIST, 'externalId'), distinct)) {
    for (const item of await readAll(assets, { filter, select })) found.set(item.id, item);
  }
  const ids = distinct.filter(isItemId).map(Number);
  for (const filter of idFilters('Id', ids, MAX_FILTER_CHARS)) {
    for (const item of await readAll(assets, { filter, select })) found.set(item.id, item);
  }
  const byExternalId = new Map<string, LookupRef[]>();
  const byItemId = new Map<number, LookupRef>();
  for (const item of found.values()) {
    const ref: LookupRef = { id: item.id, title: item.title };
    byItemId.set(item.id, ref);
    const key = item.externalId?.trim().toLowerCase();
    if (key) byExternalId.set(key, [...(byExternalId.get(key) ?? []), ref]);
  }
  // An id lookup's ranges may read records not asked for: keep only the ids the file names.
  const asked = new Set(ids);
  for (const id of Array.from(byItemId.keys())) if (!asked.has(id)) byItemId.delete(id);
  return { byExternalId, byItemId };
}

/** Dedupe keys (see `qualityKey`) of the measurements stored for `assetIds`, each with one item id. */
export async function storedKeys(measurements: IListRepository<QualityMeasurement>, assetIds: readonly number[]): Promise<Map<string, number>> {
  const wanted = new Set(assetIds);
  const keys = new Map<string, number>();
  const select: (keyof QualityMeasurement & string)[] = ['asset', 'dimension', 'score', 'measuredOn', 'source'];
  for (const filter of idFilters(filterField(DATA_QUALITY_MEASUREMENTS_LIST, 'asset'), assetIds, MAX_FILTER_CHARS)) {
    for (const item of await readNarrowed(measurements, { filter, select })) {
      if (item.asset !== undefined && wanted.has(item.asset.id)) keys.set(qualityKey(item), item.id);
    }
  }
  return keys;
}
