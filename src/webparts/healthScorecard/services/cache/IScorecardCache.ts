/**
 * The browser cache of the scorecard's scoring rows, behind an interface so the service runs the same with
 * IndexedDB, localStorage, or memory (Jest and Node). A cache never throws to its caller for storage reasons:
 * a failed read is a miss, a failed write (quota, private mode) is skipped, because the cache only saves time.
 */
import type { CompactRows } from './compactRows';

/** Bump when `CachedScoringRows` changes shape; an entry of another version is ignored (a full reload). */
export const SCORECARD_CACHE_VERSION = 4;

/** What is cached per site + list + user. Scores are not cached: they depend on "today" and are recomputed. */
export interface CachedScoringRows {
  readonly version: typeof SCORECARD_CACHE_VERSION;
  /** When these rows were loaded (client clock, ISO): the "as of" shown while refreshing. */
  readonly savedAt: string;
  /** When the last full reload ran (client clock, ISO): a full reload is forced once it is too old. */
  readonly fullLoadAt: string;
  /**
   * The server's newest `Modified` read just before that load started (server clock, ISO): the next delta asks for
   * items modified at or after it, so nothing changed during a load is missed. Absent for an empty list.
   */
  readonly cursor?: string;
  /**
   * The scoring rows, in ID order, each with its derived ownership status (version 3), never the stored one, packed
   * column by column (version 4, `compactRows.ts`) so that storing and reading them clones a few arrays, not 100,000 objects.
   */
  readonly rows: CompactRows;
}

export interface IScorecardCache {
  /** The entry stored under `key`, or undefined (missing, unreadable or of another version). */
  read(key: string): Promise<CachedScoringRows | undefined>;
  /** Stores the entry; resolves even when the browser refuses (then the next visit loads in full). */
  write(key: string, entry: CachedScoringRows): Promise<void>;
  remove(key: string): Promise<void>;
}

/** The cache key: the same user on the same site and list, so nobody is shown rows another user could read. */
export function scorecardCacheKey(siteUrl: string, listTitle: string, loginName: string): string {
  return `governance-scorecard|${siteUrl.replace(/\/+$/, '').toLowerCase()}|${listTitle.toLowerCase()}|${loginName.toLowerCase()}`;
}

/** Checks a value read back from storage (another version or a damaged entry reads as a miss). */
export function asCachedRows(value: unknown): CachedScoringRows | undefined {
  if (typeof value !== 'object' || value === null) {
    return undefined;
  }
  const entry = value as Partial<CachedScoringRows>;
  return entry.version === SCORECARD_CACHE_VERSION && typeof entry.savedAt === 'string' && typeof entry.fullLoadAt === 'string' && typeof entry.rows === 'object' && entry.rows !== null
    ? (entry as CachedScoringRows)
    : undefined;
}
