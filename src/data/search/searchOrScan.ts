import type { Stored } from '../../core/models/common';
import type { Page } from '../repositories/types';
import { isSearchUnavailable } from './fallback';
import { searchListPage, type SearchListPageRequest } from './searchListPage';
import type { IListSearch } from './types';

/** Continuations of the fallback scan start with this; the rest is the repository's own. */
const SCAN_CONTINUATION = 'scan:';

/** A page and how it was served. */
export interface SearchOrScanPage<T> {
  readonly items: Stored<T>[];
  readonly continuation?: string;
  readonly source: 'search' | 'listScan';
}

/** What {@link searchOrScanPage} needs: a search page request plus the caller's list scan. */
export interface SearchOrScanRequest<T> extends Omit<SearchListPageRequest<T>, 'search'> {
  /** Absent: search is not available here. */
  readonly search?: IListSearch;
  /**
   * The fallback read when search cannot serve or finds nothing (not indexed yet): the caller's `substringof` after
   * its narrowing filters. On a list above 5,000 items it is refused unless those filters narrow it.
   */
  readonly scan: (continuation?: string) => Promise<Page<T>>;
}

/**
 * For lists with no mission to narrow by (AI systems, the pickers): SharePoint Search first, then the caller's scan.
 * Errors of the list reads propagate; only a search outage falls back.
 */
export async function searchOrScanPage<T>(request: SearchOrScanRequest<T>): Promise<SearchOrScanPage<T>> {
  const { search, continuation } = request;
  if (continuation?.startsWith(SCAN_CONTINUATION)) return scan(request, continuation.slice(SCAN_CONTINUATION.length));
  if (search) {
    try {
      const page = await searchListPage({ ...request, search });
      if (page.total > 0 || continuation !== undefined) return { items: page.items, continuation: page.continuation, source: 'search' };
    } catch (error) {
      if (!isSearchUnavailable(error)) throw error;
    }
  }
  return scan(request, undefined);
}

async function scan<T>(request: SearchOrScanRequest<T>, continuation: string | undefined): Promise<SearchOrScanPage<T>> {
  const page = await request.scan(continuation);
  return { items: page.items, continuation: page.continuation === undefined ? undefined : `${SCAN_CONTINUATION}${page.continuation}`, source: 'listScan' };
}
