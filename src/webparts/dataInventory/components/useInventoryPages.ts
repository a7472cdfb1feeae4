import * as React from 'react';
import type { GovernanceErrorKind } from '../../../core/errors';
import type { Stored } from '../../../core/models/common';
import type { DataAsset, OwnershipStatus } from '../../../core/models/dataAsset';
import { errorKindOf } from '../../../ui/errorText';
import type { SearchSource } from '../../../data/search/types';
import type { IInventoryService, InventoryQuery } from '../services/IInventoryService';

/** What the grid shows: the records loaded so far and where paging stands. */
export interface IInventoryPages {
  items: Stored<DataAsset>[];
  /** Derived ownership status of the loaded records by id (absent while a just-saved record's is being read). */
  ownership: ReadonlyMap<number, OwnershipStatus>;
  /** How the current search text was served (absent without search text): the grid says so. */
  searchSource?: SearchSource;
  /** True while the first page of the current query loads. */
  loading: boolean;
  loadingMore: boolean;
  hasMore: boolean;
  /** How many records match, when the service knows it without another read (see `InventoryPage.total`). */
  total?: number;
  /** The last failure and how to retry it. */
  error?: { kind: GovernanceErrorKind; retry: () => void };
  loadMore: () => void;
  reload: () => void;
  /** Puts a saved record in place of the loaded one (or first, when new). */
  upsert: (item: Stored<DataAsset>) => void;
  dismissError: () => void;
}

/**
 * Loads the first page whenever the query changes, appends further pages on demand with the service's continuation
 * (the whole list is never loaded), and drops responses of queries that are no longer current.
 */
export function useInventoryPages(service: IInventoryService, query: InventoryQuery): IInventoryPages {
  const [items, setItems] = React.useState<Stored<DataAsset>[]>([]);
  const [ownership, setOwnership] = React.useState<ReadonlyMap<number, OwnershipStatus>>(new Map());
  const [continuation, setContinuation] = React.useState<string | undefined>();
  const [searchSource, setSearchSource] = React.useState<SearchSource | undefined>();
  const [total, setTotal] = React.useState<number | undefined>();
  const [loading, setLoading] = React.useState(true);
  const [loadingMore, setLoadingMore] = React.useState(false);
  const [error, setError] = React.useState<{ kind: GovernanceErrorKind; retry: () => void } | undefined>();
  const [reloadToken, setReloadToken] = React.useState(0);
  // Each first-page load starts a generation; a response from an older generation is stale and ignored.
  const generation = React.useRef(0);
  const reload = React.useCallback(() => setReloadToken((t) => t + 1), []);
  const loadMoreRef = React.useRef<() => void>(() => undefined);

  React.useEffect(() => {
    const current = ++generation.current;
    setLoading(true);
    setLoadingMore(false);
    setError(undefined);
    setItems([]);
    setOwnership(new Map());
    setContinuation(undefined);
    setSearchSource(undefined);
    setTotal(undefined);
    service.page(query).then(
      (page) => {
        if (current === generation.current) {
          setItems(page.items);
          setSearchSource(page.searchSource);
          setTotal(page.total);
          setOwnership(page.ownership);
          setContinuation(page.continuation);
          setLoading(false);
        }
      },
      (e: unknown) => {
        if (current === generation.current) {
          setError({ kind: errorKindOf(e), retry: reload });
          setLoading(false);
        }
      }
    );
  }, [service, query, reloadToken, reload]);

  const loadMore = React.useCallback((): void => {
    if (!continuation || loadingMore) {
      return;
    }
    const current = generation.current;
    setLoadingMore(true);
    setError(undefined);
    service.page(query, continuation).then(
      (page) => {
        if (current === generation.current) {
          setItems((previous) => {
            const seen = new Set(previous.map((i) => i.id));
            return previous.concat(page.items.filter((i) => !seen.has(i.id)));
          });
          setOwnership((previous) => mergeStatuses(previous, page.ownership));
          setContinuation(page.continuation);
          setLoadingMore(false);
        }
      },
      (e: unknown) => {
        if (current === generation.current) {
          // Keep the rows and the continuation: "Try again" asks for the same page.
          setError({ kind: errorKindOf(e), retry: () => loadMoreRef.current() });
          setLoadingMore(false);
        }
      }
    );
  }, [service, query, continuation, loadingMore]);
  loadMoreRef.current = loadMore;

  const upsert = React.useCallback((item: Stored<DataAsset>): void => {
    setItems((previous) => {
      const index = previous.findIndex((i) => i.id === item.id);
      return index < 0 ? [item, ...previous] : previous.map((i) => (i.id === item.id ? item : i));
    });
    // A save or a nomination may change what the decisions establish: read it again (the row says "checking" meanwhile).
    const current = generation.current;
    setOwnership((previous) => withoutId(previous, item.id));
    service.derivedOwnership([item]).then(
      (derived) => {
        if (current === generation.current) setOwnership((previous) => mergeStatuses(previous, derived));
      },
      (e: unknown) => {
        if (current === generation.current) setError({ kind: errorKindOf(e), retry: reload });
      }
    );
  }, [service, reload]);

  return {
    items,
    ownership,
    searchSource,
    loading,
    loadingMore,
    hasMore: continuation !== undefined,
    total,
    error,
    loadMore,
    reload,
    upsert,
    dismissError: () => setError(undefined)
  };
}

function mergeStatuses(previous: ReadonlyMap<number, OwnershipStatus>, next: ReadonlyMap<number, OwnershipStatus>): Map<number, OwnershipStatus> {
  const merged = new Map(previous);
  next.forEach((status, id) => merged.set(id, status));
  return merged;
}

function withoutId(previous: ReadonlyMap<number, OwnershipStatus>, id: number): Map<number, OwnershipStatus> {
  const next = new Map(previous);
  next.delete(id);
  return next;
}
