import type { CachedScoringRows, IScorecardCache } from './IScorecardCache';

/** A cache in memory: for tests, Node (bench) and browsers without storage. */
export class MemoryScorecardCache implements IScorecardCache {
  private readonly entries: Map<string, CachedScoringRows> = new Map();

  public async read(key: string): Promise<CachedScoringRows | undefined> {
    return this.entries.get(key);
  }

  public async write(key: string, entry: CachedScoringRows): Promise<void> {
    this.entries.set(key, entry);
  }

  public async remove(key: string): Promise<void> {
    this.entries.delete(key);
  }
}
