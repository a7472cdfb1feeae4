import type { IScorecardCache } from './IScorecardCache';
import { IndexedDbScorecardCache } from './IndexedDbScorecardCache';
import { LocalStorageScorecardCache } from './LocalStorageScorecardCache';
import { MemoryScorecardCache } from './MemoryScorecardCache';

/** The best cache this environment offers: IndexedDB, else localStorage, else memory (Node, locked-down browsers). */
export function createBrowserScorecardCache(): IScorecardCache {
  try {
    if (typeof indexedDB !== 'undefined' && indexedDB !== null) {
      return new IndexedDbScorecardCache(indexedDB);
    }
    if (typeof localStorage !== 'undefined' && localStorage !== null) {
      return new LocalStorageScorecardCache(localStorage);
    }
  } catch {
    // Reading `localStorage` throws when storage is blocked for the site.
  }
  return new MemoryScorecardCache();
}
