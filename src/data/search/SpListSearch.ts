import type { SPFI } from '@pnp/sp';
import '@pnp/sp/search';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import { GovernanceError } from '../../core/errors';
import { toGovernanceError } from '../errors/toGovernanceError';
import { kqlTerms, listSearchQuery } from './kql';
import type { IListSearch, ListSearchHits } from './types';

/** SharePoint Search returns at most 500 rows per request. */
export const MAX_ROWS_PER_SEARCH = 500;

/**
 * `IListSearch` over PnPjs's `sp.search()` (`POST _api/search/postquery`): KQL restricted to the list by `ListId`
 * and to list items by content type, the user's words escaped (kql.ts), only `ListItemID` selected, and
 * TrimDuplicates off (SharePoint would otherwise drop records whose text is the same as another's).
 * The tenant needs nothing but the list being searchable (the list's "Allow items to appear in search results").
 */
export class SpListSearch implements IListSearch {
  private readonly listIds = new Map<string, Promise<string>>();

  public constructor(private readonly sp: SPFI) {}

  public async search(listTitle: string, text: string, options: { startRow?: number; rowLimit?: number } = {}): Promise<ListSearchHits> {
    const terms = kqlTerms(text);
    if (terms === undefined) return { ids: [], total: 0 };
    const rowLimit = Math.min(MAX_ROWS_PER_SEARCH, Math.max(1, options.rowLimit ?? MAX_ROWS_PER_SEARCH));
    const startRow = Math.max(0, options.startRow ?? 0);
    const listId = await this.listId(listTitle);
    try {
      const results = await this.sp.search({
        Querytext: listSearchQuery(listId, terms),
        SelectProperties: ['ListItemID'],
        RowLimit: rowLimit,
        StartRow: startRow,
        TrimDuplicates: false
      });
      const ids = results.PrimarySearchResults.map((row) => Number((row as { ListItemID?: unknown }).ListItemID)).filter((id) => Number.isInteger(id) && id > 0);
      const total = results.TotalRows;
      const next = startRow + results.RowCount;
      return { ids, total, nextStartRow: results.RowCount > 0 && next < total ? next : undefined };
    } catch (error) {
      throw searchFailed(error);
    }
  }

  /** The list's GUID, read once per list (the `ListId` restriction needs it). */
  private listId(title: string): Promise<string> {
    let id = this.listIds.get(title);
    if (!id) {
      id = this.sp.web.lists.getByTitle(title).select('Id')<{ Id: string }>().then((list) => list.Id);
      // A failed look-up is not cached: the next search asks again.
      id.catch(() => this.listIds.delete(title)).catch(() => undefined);
      this.listIds.set(title, id);
    }
    return id;
  }
}

/** Stable code of a search failure (the services fall back on it; `serverCode` keeps SharePoint's own). */
export const SEARCH_UNAVAILABLE = 'searchUnavailable';

function searchFailed(error: unknown): GovernanceError {
  const cause = toGovernanceError(error);
  return new GovernanceError(cause.kind, `SharePoint search could not serve the query: ${cause.message}`, {
    status: cause.status, serverCode: cause.serverCode, cause,
    issues: [{ field: 'search', code: SEARCH_UNAVAILABLE, message: cause.message }]
  });
}
