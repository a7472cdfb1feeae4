/**
 * Cost growth (issue 20 part 5): time and memory at 10,000, 100,000 and optionally 300,000 assets of
 *   - scoring + aggregation (the same work as the aggregation figure: every asset scored, every scope aggregated),
 *   - the cached scorecard: the scoring rows in memory, and the structured-clone cache holding them (write + read,
 *     the two clones a visit pays, standing in for IndexedDB as in the load figures).
 * Memory is read with process.memoryUsage() after a forced GC when node runs with --expose-gc (`npm run bench`
 * passes it): heapUsed growth is what the result keeps alive; rss growth is the process's, worker-free here (the
 * scorecard figures' emulator worker has ended) but including what V8 and the allocator keep once grown. Without
 * --expose-gc the memory figures include garbage and say so.
 */
import type { Stored } from '../src/core/models/common';
import type { DataAsset } from '../src/core/models/dataAsset';
import { SCORECARD_CACHE_VERSION, type CachedScoringRows } from '../src/webparts/healthScorecard/services/cache/IScorecardCache';
import { toScorecardAsset } from '../src/webparts/healthScorecard/services/scoringRows';
import { generateDemoAssets } from '../workbench/seed/demoAssets';
import { createRandom } from '../workbench/seed/random';
import { SEED_REFERENCE } from '../workbench/seed/reference';
import { scoreAndAggregate } from './aggregationBench';
import { packRows, unpackRows, type CompactRows } from '../src/webparts/healthScorecard/services/cache/compactRows';
import { ClonedScorecardCache } from './clonedScorecardCache';
import { fmt, repeat, repeatSync, timed, timedSync, type Row } from './measure';

const MB = 1024 * 1024;

/** The forced GC when node runs with --expose-gc, else undefined. */
const forcedGc = (globalThis as { gc?: () => void }).gc;

interface MemoryDelta {
  /** heapUsed growth after the closing forced GC: what the result keeps alive. */
  readonly heapMb: number;
  /** heapUsed growth before that GC: the result plus the garbage its making left. */
  readonly allocatedMb: number;
  readonly rssMb: number;
}

/** Runs `make` between two memory readings (each after a forced GC when available); keeps its result alive until read. */
async function memoryOf<T>(make: () => T | Promise<T>): Promise<[T, MemoryDelta]> {
  forcedGc?.();
  const before = process.memoryUsage();
  const result = await make();
  const unswept = process.memoryUsage().heapUsed;
  forcedGc?.();
  const after = process.memoryUsage();
  return [result, { heapMb: (after.heapUsed - before.heapUsed) / MB, allocatedMb: (unswept - before.heapUsed) / MB, rssMb: (after.rss - before.rss) / MB }];
}

const signed = (mb: number): string => `${mb >= 0 ? '+' : ''}${mb.toFixed(1)} MB`;
const mem = (m: MemoryDelta): string => forcedGc
  ? `heapUsed ${signed(m.heapMb)} kept (${signed(m.allocatedMb)} before GC), rss ${signed(m.rssMb)}`
  : `heapUsed ${signed(m.heapMb)}, rss ${signed(m.rssMb)}`;

async function growthAt(count: number, row: Row): Promise<void> {
  const now = new Date();
  const people = { owners: [{ id: 1, title: 'Owner' }], custodians: [{ id: 2, title: 'Custodian' }] };
  const assets = generateDemoAssets(count, SEED_REFERENCE, people, createRandom(11), now)
    .map((asset, index): Stored<DataAsset> => ({ ...asset, id: index + 1, etag: '"1"' }));

  const scoring = repeatSync(() => timedSync(() => scoreAndAggregate(assets, now).scopes.length));
  const [aggregate, scoringMemory] = await memoryOf(() => scoreAndAggregate(assets, now));
  row(`growth ${count}: score + aggregate`, `${fmt(scoring.stats)}; result (${aggregate.scopes.length} scopes) ${mem(scoringMemory)}`);

  const [rows, rowsMemory] = await memoryOf(() => assets.map(toScorecardAsset));
  const entryOf = (packed: CompactRows): CachedScoringRows => ({ version: SCORECARD_CACHE_VERSION, savedAt: now.toISOString(), fullLoadAt: now.toISOString(), cursor: now.toISOString(), rows: packed });
  // What a load and the next visit pay: pack + clone on write, clone + unpack on read.
  const clones = await repeat(async () => {
    const cache = new ClonedScorecardCache();
    const [read, took] = await timed(async () => {
      await cache.write('bench', entryOf(packRows(rows)));
      const entry = await cache.read('bench');
      return entry ? unpackRows(entry.rows) : undefined;
    });
    return [read?.length ?? 0, took];
  });
  const [cache, cacheMemory] = await memoryOf(async () => {
    const held = new ClonedScorecardCache();
    await held.write('bench', entryOf(packRows(rows)));
    return held;
  });
  row(`growth ${count}: cached scorecard, rows in memory`, `${rows.length} rows of ${Object.keys(rows[0] ?? {}).length - 1} or fewer columns: ${mem(rowsMemory)}`);
  row(`growth ${count}: cached scorecard, cache write + read (pack, 2 clones, unpack)`, `${fmt(clones.stats)}; the cache holding the rows ${mem(cacheMemory)}`);
  await cache.remove('bench');
}

/**
 * Prints the growth figures for BENCH_GROWTH_SIZES (default "10000,100000"; add 300000 for the largest, which
 * takes a few minutes more).
 */
export async function benchGrowth(row: Row): Promise<void> {
  const sizes = (process.env.BENCH_GROWTH_SIZES ?? '10000,100000').split(',').map(Number).filter((n) => n > 0);
  row('growth: note', forcedGc
    ? 'memory = process.memoryUsage() deltas after a forced GC (node --expose-gc): heapUsed is what the result keeps alive, rss the process growth'
    : 'memory = process.memoryUsage() deltas WITHOUT a forced GC (run node with --expose-gc for retained figures): they include garbage');
  for (const size of sizes) {
    await growthAt(size, row);
  }
}
