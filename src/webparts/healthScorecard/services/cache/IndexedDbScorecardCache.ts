import { asCachedRows } from './IScorecardCache';
import type { CachedScoringRows, IScorecardCache } from './IScorecardCache';

const DB_NAME = 'governance-suite';
const STORE = 'scorecard';

/** Resolves once the transaction is committed (a request's success alone can still be rolled back by unload). */
function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/**
 * IndexedDB: room for 100,000 rows (tens of MB) without JSON strings, stored as structured clones. One object
 * store keyed by the cache key.
 */
export class IndexedDbScorecardCache implements IScorecardCache {
  private db: Promise<IDBDatabase> | undefined;

  public constructor(private readonly factory: IDBFactory) {}

  public async read(key: string): Promise<CachedScoringRows | undefined> {
    try {
      const db = await this.open();
      return asCachedRows(await request(db.transaction(STORE, 'readonly').objectStore(STORE).get(key)));
    } catch {
      return undefined;
    }
  }

  public async write(key: string, entry: CachedScoringRows): Promise<void> {
    try {
      const db = await this.open();
      const tx = db.transaction(STORE, 'readwrite');
      tx.objectStore(STORE).put(entry, key);
      await committed(tx);
    } catch {
      // Quota exceeded or storage blocked: the cache only saves time.
    }
  }

  public async remove(key: string): Promise<void> {
    try {
      const db = await this.open();
      const tx = db.transaction(STORE, 'readwrite');
      tx.objectStore(STORE).delete(key);
      await committed(tx);
    } catch {
      // Nothing to remove.
    }
  }

  private open(): Promise<IDBDatabase> {
    if (!this.db) {
      const req = this.factory.open(DB_NAME, 1);
      req.onupgradeneeded = () => {
        if (!req.result.objectStoreNames.contains(STORE)) {
          req.result.createObjectStore(STORE);
        }
      };
      this.db = request(req).catch((error: unknown) => {
        this.db = undefined;
        throw error;
      });
    }
    return this.db;
  }
}
