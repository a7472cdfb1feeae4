import { asCachedRows, scorecardCacheKey, SCORECARD_CACHE_VERSION } from './IScorecardCache';
import type { CachedScoringRows } from './IScorecardCache';
import type { ScorecardAsset } from '../IScorecardService';
import { packRows, unpackRows } from './compactRows';
import { LocalStorageScorecardCache } from './LocalStorageScorecardCache';
import { MemoryScorecardCache } from './MemoryScorecardCache';

const entry: CachedScoringRows = {
  version: SCORECARD_CACHE_VERSION,
  savedAt: '2026-11-15T12:00:00.000Z',
  fullLoadAt: '2026-11-15T12:00:00.000Z',
  cursor: '2026-11-15T11:59:58Z',
  rows: packRows([{ id: 1, title: 'Registry', containsPersonalData: false, ownershipStatus: 'Confirmed', lifecycle: 'Active' } as ScorecardAsset])
};

describe('scorecard cache', () => {
  it('keys by site, list and user, whatever their case or trailing slash', () => {
    expect(scorecardCacheKey('https://Contoso.sharepoint.com/sites/Gov/', 'DataAssets', 'i:0#.f|membership|Ana@x.org')).toBe(
      scorecardCacheKey('https://contoso.sharepoint.com/sites/gov', 'dataassets', 'i:0#.f|membership|ana@x.org')
    );
    expect(scorecardCacheKey('https://a/sites/x', 'DataAssets', 'ana')).not.toBe(scorecardCacheKey('https://a/sites/x', 'DataAssets', 'bob'));
  });

  it('reads an entry of another version or shape as a miss', () => {
    expect(asCachedRows({ ...entry, version: 99 })).toBeUndefined();
    expect(asCachedRows({ version: SCORECARD_CACHE_VERSION })).toBeUndefined();
    expect(asCachedRows('text')).toBeUndefined();
    expect(asCachedRows(entry)).toBe(entry);
  });

  it('keeps entries in memory', async () => {
    const cache = new MemoryScorecardCache();
    await cache.write('k', entry);
    expect(await cache.read('k')).toEqual(entry);
    await cache.remove('k');
    expect(await cache.read('k')).toBeUndefined();
  });

  it('round-trips through localStorage and skips entries above the size limit', async () => {
    localStorage.clear();
    const cache = new LocalStorageScorecardCache(localStorage);
    await cache.write('k', entry);
    const back = await cache.read('k');
    // JSON has no typed arrays: the rows come back as plain arrays and unpack to the same rows.
    expect(back).toMatchObject({ version: entry.version, savedAt: entry.savedAt, fullLoadAt: entry.fullLoadAt, cursor: entry.cursor });
    expect(unpackRows(back?.rows)).toEqual(unpackRows(entry.rows));
    expect(unpackRows(back?.rows)).toHaveLength(1);
    const small = new LocalStorageScorecardCache(localStorage, 50);
    await small.write('k', entry);
    // Too big: not written, and the older entry is dropped so it is never shown as current.
    expect(await small.read('k')).toBeUndefined();
    localStorage.setItem('damaged', '{not json');
    expect(await cache.read('damaged')).toBeUndefined();
  });

  it('never throws when the browser refuses to store', async () => {
    const refusing = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); }, removeItem: () => undefined } as unknown as Storage;
    await expect(new LocalStorageScorecardCache(refusing).write('k', entry)).resolves.toBeUndefined();
  });
});
