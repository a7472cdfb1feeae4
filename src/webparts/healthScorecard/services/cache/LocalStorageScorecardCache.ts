import { asCachedRows } from './IScorecardCache';
import { toJsonFriendly } from './compactRows';
import type { CachedScoringRows, IScorecardCache } from './IScorecardCache';

/**
 * localStorage, when IndexedDB is not there. Its quota is about 5 MB per origin, shared with SharePoint's own
 * use, so entries above `maxChars` are not written (the scorecard then loads in full each visit) rather than
 * evicting anything else.
 */
export class LocalStorageScorecardCache implements IScorecardCache {
  public constructor(private readonly storage: Storage, private readonly maxChars: number = 2_000_000) {}

  public async read(key: string): Promise<CachedScoringRows | undefined> {
    try {
      const text = this.storage.getItem(key);
      return text === null ? undefined : asCachedRows(JSON.parse(text));
    } catch {
      return undefined;
    }
  }

  public async write(key: string, entry: CachedScoringRows): Promise<void> {
    const text = JSON.stringify({ ...entry, rows: toJsonFriendly(entry.rows) });
    try {
      if (text.length > this.maxChars) {
        // Too big to keep: drop an older, smaller entry so it cannot be shown as current.
        this.storage.removeItem(key);
        return;
      }
      this.storage.setItem(key, text);
    } catch {
      // Quota exceeded or storage disabled: the cache only saves time.
    }
  }

  public async remove(key: string): Promise<void> {
    try {
      this.storage.removeItem(key);
    } catch {
      // Storage disabled: nothing to remove.
    }
  }
}
