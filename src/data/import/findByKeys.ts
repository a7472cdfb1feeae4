import type { Stored } from '../../core/models/common';
import type { DataAsset } from '../../core/models/dataAsset';
import { DATA_ASSETS_LIST } from '../../core/schema/lists/dataAssets';
import { eq, or } from '../odata/filter';
import { filterField } from '../odata/fieldRef';
import { keyedByExternalId } from '../../core/import/keys';
import type { IListRepository } from '../repositories/types';

/** Longest `$filter` text per request (before URL encoding): comfortably inside SharePoint's URL limits. */
const MAX_FILTER_CHARS = 1500;

/**
 * The records whose external ID (or title, for mission + title keys) is one of `values`: escaped `eq` terms joined
 * by `or` on an indexed column, as many per request as fit. Callers match the full key (mission + title)
 * themselves, case-insensitively, on what comes back.
 */
export async function findByKeyValues(assets: IListRepository<DataAsset>, byExternalId: boolean, values: readonly string[]): Promise<Stored<DataAsset>[]> {
  const field = filterField(DATA_ASSETS_LIST, byExternalId ? 'externalId' : 'title');
  const distinct = Array.from(new Map(values.map((v) => [v.trim().toLowerCase(), v.trim()])).values()).filter((v) => v !== '');
  const found = new Map<number, Stored<DataAsset>>();
  // Values grouped so that each request's filter stays under MAX_FILTER_CHARS.
  const chunks: string[][] = [[]];
  let length = 0;
  for (const value of distinct) {
    const term = eq(field, value).text.length + 4;
    if (length + term > MAX_FILTER_CHARS && chunks[chunks.length - 1].length > 0) {
      chunks.push([]);
      length = 0;
    }
    chunks[chunks.length - 1].push(value);
    length += term;
  }
  for (const chunk of chunks.filter((c) => c.length > 0)) {
    const filter = or(...chunk.map((v) => eq(field, v)));
    let continuation: string | undefined;
    do {
      const page = await assets.page({ filter, top: 5000 }, continuation);
      for (const item of page.items) found.set(item.id, item);
      continuation = page.continuation;
    } while (continuation !== undefined);
  }
  return Array.from(found.values());
}

/**
 * The records that may carry the import keys of `rows`: by external ID for rows that fill it, by title for the
 * others (mission + title keys, including rows whose External ID cell is blank). One list, each record once.
 */
export async function findByImportKeys(assets: IListRepository<DataAsset>, byExternalId: boolean, rows: readonly Partial<DataAsset>[]): Promise<Stored<DataAsset>[]> {
  const byId = rows.filter((v) => keyedByExternalId(v, byExternalId));
  const byTitle = rows.filter((v) => !keyedByExternalId(v, byExternalId));
  const found = new Map<number, Stored<DataAsset>>();
  if (byId.length > 0) for (const r of await findByKeyValues(assets, true, byId.map((v) => v.externalId ?? ''))) found.set(r.id, r);
  if (byTitle.length > 0) for (const r of await findByKeyValues(assets, false, byTitle.map((v) => v.title ?? ''))) found.set(r.id, r);
  return Array.from(found.values());
}
