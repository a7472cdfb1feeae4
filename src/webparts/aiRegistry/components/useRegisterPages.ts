import * as React from 'react';
import type { GovernanceErrorKind } from '../../../core/errors';
import { errorKindOf } from '../../../ui/errorText';
import type { IAIRegistryService, RegisterPage, RegisterQuery, RegisterRow } from '../services/IAIRegistryService';

/** The register's loaded rows and where paging stands. */
export interface IRegisterPages {
  rows: RegisterRow[];
  /** How the current search text was served (absent without search text). */
  searchSource?: RegisterPage['searchSource'];
  loading: boolean;
  loadingMore: boolean;
  hasMore: boolean;
  error?: { kind: GovernanceErrorKind; retry: () => void };
  loadMore: () => void;
  /** Puts a saved row in place of the loaded one (or first, when new). */
  upsert: (row: RegisterRow) => void;
  dismissError: () => void;
}

/** First page on every query change, further pages on demand; responses of superseded queries are dropped. */
export function useRegisterPages(service: IAIRegistryService, query: RegisterQuery): IRegisterPages {
  const [rows, setRows] = React.useState<RegisterRow[]>([]);
  const [continuation, setContinuation] = React.useState<string | undefined>();
  const [searchSource, setSearchSource] = React.useState<RegisterPage['searchSource']>();
  const [loading, setLoading] = React.useState(true);
  const [loadingMore, setLoadingMore] = React.useState(false);
  const [error, setError] = React.useState<{ kind: GovernanceErrorKind; retry: () => void } | undefined>();
  const [reloadToken, setReloadToken] = React.useState(0);
  const generation = React.useRef(0);
  const reload = React.useCallback(() => setReloadToken((t) => t + 1), []);

  React.useEffect(() => {
    const current = ++generation.current;
    setLoading(true);
    setError(undefined);
    setRows([]);
    setContinuation(undefined);
    setSearchSource(undefined);
    service.page(query).then(
      (page) => {
        if (current !== generation.current) return;
        setRows(page.items);
        setSearchSource(page.searchSource);
        setContinuation(page.continuation);
        setLoading(false);
      },
      (e: unknown) => {
        if (current !== generation.current) return;
        setError({ kind: errorKindOf(e), retry: reload });
        setLoading(false);
      }
    );
  }, [service, query, reloadToken, reload]);

  const loadMore = React.useCallback((): void => {
    if (!continuation || loadingMore) return;
    const current = generation.current;
    setLoadingMore(true);
    service.page(query, continuation).then(
      (page) => {
        if (current !== generation.current) return;
        setRows((previous) => {
          const seen = new Set(previous.map((r) => r.system.id));
          return previous.concat(page.items.filter((r) => !seen.has(r.system.id)));
        });
        setContinuation(page.continuation);
        setLoadingMore(false);
      },
      (e: unknown) => {
        if (current !== generation.current) return;
        setError({ kind: errorKindOf(e), retry: () => undefined });
        setLoadingMore(false);
      }
    );
  }, [service, query, continuation, loadingMore]);

  const upsert = React.useCallback((row: RegisterRow): void => {
    setRows((previous) => {
      const index = previous.findIndex((r) => r.system.id === row.system.id);
      return index < 0 ? [row, ...previous] : previous.map((r) => (r.system.id === row.system.id ? row : r));
    });
  }, []);

  return { rows, searchSource, loading, loadingMore, hasMore: continuation !== undefined, error, loadMore, upsert, dismissError: () => setError(undefined) };
}
