/**
 * The inventory's free-text search (issue 21): SharePoint Search finds the records, the list read applies the other
 * filters. When search cannot serve (off, failing, or nothing indexed yet) and a mission is chosen, titles are
 * matched with `substringof` after the mission equality, which narrows the list below the 5,000-item threshold;
 * without a mission the caller is told to choose one (a title scan of the whole list would be refused).
 */
import type { Stored } from '../../../core/models/common';
import type { DataAsset } from '../../../core/models/dataAsset';
import { DATA_ASSETS_LIST } from '../../../core/schema/lists/dataAssets';
import { and, eq, substringOf, type ODataFilter } from '../../../data/odata/filter';
import { filterField } from '../../../data/odata/fieldRef';
import type { Repositories } from '../../../data/repositories/createRepositories';
import type { SortKey } from '../../../data/repositories/types';
import { isSearchUnavailable, searchNeedsMission } from '../../../data/search/fallback';
import { searchListPage } from '../../../data/search/searchListPage';
import type { IListSearch, SearchSource } from '../../../data/search/types';
import type { InventoryFilters } from './IInventoryService';
import { buildFilter } from './InventoryService';

/** Continuations of the mission-scoped title scan start with this; the rest is the repository's own. */
const SCAN_CONTINUATION = 'scan:';

/** A page of a search, and how it was served. */
export interface InventorySearchPage {
  readonly items: Stored<DataAsset>[];
  readonly continuation?: string;
  readonly source: SearchSource;
}

/** What a search page needs. */
export interface InventorySearchRequest {
  readonly repositories: Repositories;
  /** Absent: search is not available (the fallback rules apply). */
  readonly search?: IListSearch;
  readonly filters: InventoryFilters;
  readonly pageSize: number;
  /** Sort for the title scan (search results come in rank order). */
  readonly orderBy?: readonly SortKey<DataAsset>[];
  readonly continuation?: string;
}

/** The other filters, as the list read applies them (no search text). */
const narrowingOf = (filters: InventoryFilters): ODataFilter | undefined => buildFilter({ ...filters, search: undefined });

/** `Mission eq ...` first (it narrows the scan through its index), then the other filters, then the title contains. */
function scanFilter(filters: InventoryFilters, mission: string, text: string): ODataFilter {
  const others = narrowingOf({ ...filters, mission: undefined });
  const title = substringOf(text, filterField(DATA_ASSETS_LIST, 'title'));
  const missionClause = eq(filterField(DATA_ASSETS_LIST, 'mission'), mission);
  return others ? and(missionClause, others, title) : and(missionClause, title);
}

/** One page of records matching `filters.search` (set and non-blank) and the other filters. */
export async function inventorySearchPage(request: InventorySearchRequest): Promise<InventorySearchPage> {
  const { repositories, search, filters, pageSize, continuation } = request;
  const text = (filters.search ?? '').trim();
  const mission = filters.mission?.trim();
  if (mission && continuation?.startsWith(SCAN_CONTINUATION)) return scan(request, mission, text, continuation.slice(SCAN_CONTINUATION.length));
  if (search) {
    try {
      const page = await searchListPage({ search, repository: repositories.dataAssets, text, narrowing: narrowingOf(filters), pageSize, continuation });
      // Nothing found may only mean nothing is indexed yet: then the mission scan below answers.
      if (page.total > 0 || continuation !== undefined) return { items: page.items, continuation: page.continuation, source: 'search' };
    } catch (error) {
      if (!isSearchUnavailable(error)) throw error;
    }
  }
  if (!mission) return { items: [], source: 'needsMission' };
  return scan(request, mission, text, undefined);
}

async function scan(request: InventorySearchRequest, mission: string, text: string, continuation: string | undefined): Promise<InventorySearchPage> {
  const page = await request.repositories.dataAssets.page(
    { filter: scanFilter(request.filters, mission, text), orderBy: request.orderBy, top: request.pageSize }, continuation);
  return { items: page.items, continuation: page.continuation === undefined ? undefined : `${SCAN_CONTINUATION}${page.continuation}`, source: 'listScan' };
}

/**
 * Every record a search matches, up to `limit` (export, bulk nominate); rejects with Validation
 * `searchNeedsMission` when search cannot serve and no mission is chosen.
 */
export async function inventorySearchAll(request: Omit<InventorySearchRequest, 'pageSize' | 'continuation'>, limit: number): Promise<Stored<DataAsset>[]> {
  const records: Stored<DataAsset>[] = [];
  let continuation: string | undefined;
  do {
    const page = await inventorySearchPage({ ...request, pageSize: 500, continuation });
    if (page.source === 'needsMission') throw searchNeedsMission();
    records.push(...page.items);
    continuation = page.continuation;
  } while (continuation !== undefined && records.length <= limit);
  return records;
}
