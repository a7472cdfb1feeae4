import type { CachedScoringRows, IScorecardCache } from '../src/webparts/healthScorecard/services/cache/IScorecardCache';

/**
 * The bench's stand-in for IndexedDB (absent in Node): entries are structured-cloned on write and on read, as
 * IndexedDB serialises and deserialises them, so the delta and full-reload figures carry that cost. It leaves out
 * the disk and the transaction, so the browser's cost is higher still.
 */
export class ClonedScorecardCache implements IScorecardCache {
  private readonly entries: Map<string, CachedScoringRows> = new Map();

  public async read(key: string): Promise<CachedScoringRows | undefined> {
    const entry = this.entries.get(key);
    return entry === undefined ? undefined : structuredClone(entry);
  }

  public async write(key: string, entry: CachedScoringRows): Promise<void> {
    this.entries.set(key, structuredClone(entry));
  }

  public async remove(key: string): Promise<void> {
    this.entries.delete(key);
  }
}
