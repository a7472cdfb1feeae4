/**
 * Scorecard load figures (issue 5 item 6), printed, not asserted: loading every asset's scoring fields from the
 * emulator with partitioned parallel paging next to plain sequential PnPjs paging, and a delta refresh after 1% of
 * the items changed next to a full reload, both paying a structured clone of the cache on read and write (what
 * IndexedDB does; the Node bench has none). Each figure: warm-up, then the median of 3 runs. The emulator runs in this same Node process on SQLite, so parallel
 * requests share one CPU with the client: the partitioned figure here understates what a browser gains against
 * SharePoint, where the server works on the ranges side by side.
 */
import { DATA_ASSETS_LIST } from '../src/core/schema/lists/dataAssets';
import type { DataAsset } from '../src/core/models/dataAsset';
import { storedHealth } from '../src/core/scoring';
import { toWriteBody } from '../src/data/mapping/toRaw';
import { ensureSchema } from '../src/data/provisioning/ensureSchema';
import { createRepositories } from '../src/data/repositories/createRepositories';
import { createNodeSp } from '../src/data/sp/createSp';
import { ScorecardService } from '../src/webparts/healthScorecard/services/ScorecardService';
import { SCORING_SELECT } from '../src/webparts/healthScorecard/services/scoringRows';
import { startEmulator } from '../workbench/emulator';
import { bulkInsertItems } from '../workbench/emulator/bulk';
import { generateDemoAssets } from '../workbench/seed/demoAssets';
import { createRandom } from '../workbench/seed/random';
import { SEED_REFERENCE } from '../workbench/seed/reference';
import { ClonedScorecardCache } from './clonedScorecardCache';
import { fmt, repeat, sleep, timed, type Row } from './measure';

const ADMIN = 'bench.scorecard@governance.example.org';

/** One list size: a fresh in-memory emulator, `count` assets inserted in bulk, then the load figures. */
async function benchSize(count: number, row: Row): Promise<void> {
  let requests = 0;
  const emulator = await startEmulator({ port: 0, dbPath: ':memory:', log: () => { requests++; } });
  try {
    const admin = emulator.store.upsertUser({ loginName: ADMIN, title: 'Bench Admin', email: ADMIN, isSiteAdmin: true });
    const sp = createNodeSp(emulator.siteUrl, { user: ADMIN });
    // Every list: the service also reads the settings and the ownership requests and decisions.
    await ensureSchema(sp);
    const now = new Date();
    const people = { owners: [{ id: admin.Id, title: admin.Title }], custodians: [{ id: admin.Id, title: admin.Title }] };
    const assets = generateDemoAssets(count, SEED_REFERENCE, people, createRandom(17), now);
    // Straight into SQLite (same validation as the REST route): seeding is not what is measured here.
    bulkInsertItems(emulator.store, DATA_ASSETS_LIST.title, assets.map((a) => toWriteBody(DATA_ASSETS_LIST, { ...a, ...storedHealth(a, now) }, { includeComputed: true })), { asLogin: ADMIN });
    const repositories = createRepositories(sp);

    const sequential = async (select?: readonly (keyof DataAsset & string)[]): Promise<number> => {
      let seen = 0;
      let continuation: string | undefined;
      do {
        const page = await repositories.dataAssets.page({ top: 2000, ...(select ? { select: [...select] } : {}) }, continuation);
        seen += page.items.length;
        continuation = page.continuation;
      } while (continuation);
      return seen;
    };
    const repeatedRead = async (work: () => Promise<number>): Promise<{ text: string; median: number }> => {
      let sent = 0;
      const result = await repeat(async () => {
        const before = requests;
        const [items, took] = await timed(work);
        sent = requests - before;
        return [items, took];
      });
      return { text: `${fmt(result.stats)}, ${result.last} items, ${sent} requests`, median: result.stats.median };
    };
    row(`${count}: sequential PnPjs paging, every column`, (await repeatedRead(() => sequential())).text);
    const seqSel = await repeatedRead(() => sequential(SCORING_SELECT));
    row(`${count}: sequential PnPjs paging, scoring columns`, seqSel.text);

    // Structured clones stand in for IndexedDB (ClonedScorecardCache), so its cost is in every figure below.
    const cache = new ClonedScorecardCache();
    const options = { concurrency: 4, pageSize: 2000, cache: { store: cache, key: 'bench' } };
    const service = new ScorecardService(repositories, options);
    const fullReload = new ScorecardService(repositories, { ...options, fullReloadAfterMs: 0 });
    let sent = 0;
    const full = await repeat(async () => {
      const before = requests;
      const [loaded, took] = await timed(() => fullReload.loadAssets(() => undefined));
      sent = requests - before;
      return [loaded.records.length, took];
    });
    row(`${count}: full load, partitioned (4 ID ranges), scored, cached`, `${fmt(full.stats)}, ${full.last} items, ${sent} requests; ${(seqSel.median / full.stats.median).toFixed(2)}x sequential`);

    // The delta reads "Modified at or after the cursor" (one-second resolution). Each delta run: past the second of
    // the last writes, touch one item and reload in full (the cursor is then that item's second, as in a list edited
    // over time), change 1% a second later, then the timed delta (cache read + query + merge + cache write).
    const changedCount = Math.max(1, Math.round(count / 100));
    let changed = 0;
    const delta = await repeat(async () => {
      await sleep(1100);
      const first = await repositories.dataAssets.getById(1);
      await repositories.dataAssets.update(1, { department: first.department === 'Legal Affairs' ? 'Finance' : 'Legal Affairs' }, first.etag);
      await fullReload.loadAssets(() => undefined);
      await sleep(1100);
      const toChange = (await repositories.dataAssets.page({ select: ['department'], top: Math.min(5000, changedCount), orderBy: [{ field: 'id' }] })).items;
      await repositories.dataAssets.updateMany(toChange.map((item) => ({ id: item.id, etag: item.etag, patch: { department: item.department === 'Legal Affairs' ? 'Finance' : 'Legal Affairs' } })));
      const before = requests;
      const [result, took] = await timed(() => service.loadAssets(() => undefined));
      sent = requests - before;
      changed = result.changed;
      if (result.mode !== 'delta') throw new Error(`The scorecard refresh was a ${result.mode} load, not a delta.`);
      return [result.records.length, took];
    });
    row(`${count}: delta refresh after ${changedCount} changed (1%), cached`, `${fmt(delta.stats)}, ${changed} items read, ${sent} requests`);
    row(`${count}: full load / delta (medians, both with the clone cost)`, `${(full.stats.median / Math.max(delta.stats.median, 1)).toFixed(1)}x`);
  } finally {
    await emulator.close();
  }
}

/**
 * Prints the scorecard load figures at 10,000 and 100,000 assets. Set BENCH_SCORECARD_SIZES (e.g. "10000") to
 * run other sizes.
 */
export async function benchScorecardLoad(row: Row): Promise<void> {
  row('scorecard load: note', 'the emulator shares this thread: parallel ranges cannot overlap server work here; cache = structuredClone on read and write, standing in for IndexedDB');
  const sizes = (process.env.BENCH_SCORECARD_SIZES ?? '10000,100000').split(',').map(Number).filter((n) => n > 0);
  for (const size of sizes) {
    await benchSize(size, row);
  }
}
