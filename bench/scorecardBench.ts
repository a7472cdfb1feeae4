/**
 * Scorecard load figures (issue 5 item 6), printed, not asserted: loading every asset's scoring fields from the
 * emulator with partitioned parallel paging next to plain sequential PnPjs paging, and a delta refresh after 1% of
 * the items changed next to a full reload. The emulator runs in this same Node process on SQLite, so parallel
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
import { MemoryScorecardCache } from '../src/webparts/healthScorecard/services/cache/MemoryScorecardCache';
import { ScorecardService } from '../src/webparts/healthScorecard/services/ScorecardService';
import { SCORING_SELECT } from '../src/webparts/healthScorecard/services/scoringRows';
import { startEmulator } from '../workbench/emulator';
import { bulkInsertItems } from '../workbench/emulator/bulk';
import { generateDemoAssets } from '../workbench/seed/demoAssets';
import { createRandom } from '../workbench/seed/random';
import { SEED_REFERENCE } from '../workbench/seed/reference';

type Row = (name: string, value: string) => void;

const ADMIN = 'bench.scorecard@governance.example.org';

async function time<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}

const ms = (value: number): string => `${value.toFixed(0)} ms`;

/** One list size: a fresh in-memory emulator, `count` assets inserted in bulk, then the load figures. */
async function benchSize(count: number, row: Row): Promise<void> {
  let requests = 0;
  const emulator = await startEmulator({ port: 0, dbPath: ':memory:', log: () => { requests++; } });
  try {
    const admin = emulator.store.upsertUser({ loginName: ADMIN, title: 'Bench Admin', email: ADMIN, isSiteAdmin: true });
    const sp = createNodeSp(emulator.siteUrl, { user: ADMIN });
    await ensureSchema(sp, [DATA_ASSETS_LIST]);
    const now = new Date();
    const people = { owners: [{ id: admin.Id, title: admin.Title }], custodians: [{ id: admin.Id, title: admin.Title }] };
    const assets = generateDemoAssets(count, SEED_REFERENCE, people, createRandom(17), now);
    // Straight into SQLite (same validation as the REST route): seeding is not what is measured here.
    bulkInsertItems(emulator.store, DATA_ASSETS_LIST.title, assets.map((a) => toWriteBody(DATA_ASSETS_LIST, { ...a, ...storedHealth(a, now) }, { includeComputed: true })), { asLogin: ADMIN });
    const repositories = createRepositories(sp);
    // The delta reads "Modified at or after the cursor" (Modified has one-second resolution): step past the
    // second of the bulk insert and touch one item, as in a list edited over time rather than just imported.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const first = await repositories.dataAssets.getById(1);
    await repositories.dataAssets.update(1, { department: 'Legal Affairs' }, first.etag);

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
    let before = requests;
    const [seqAll, seqAllMs] = await time(() => sequential());
    row(`${count}: sequential PnPjs paging, every column`, `${ms(seqAllMs)}, ${seqAll} items, ${requests - before} requests`);
    before = requests;
    const [seqSel, seqSelMs] = await time(() => sequential(SCORING_SELECT));
    row(`${count}: sequential PnPjs paging, scoring columns`, `${ms(seqSelMs)}, ${seqSel} items, ${requests - before} requests`);

    const cache = new MemoryScorecardCache();
    const service = new ScorecardService(repositories, { concurrency: 4, pageSize: 2000, cache: { store: cache, key: 'bench' } });
    before = requests;
    const [full, fullMs] = await time(() => service.loadAssets(() => undefined));
    row(`${count}: partitioned parallel load (4 ID ranges), scored`, `${ms(fullMs)}, ${full.records.length} items, ${requests - before} requests; ${(seqSelMs / fullMs).toFixed(2)}x sequential`);

    // 1% of the items change (past the one-second Modified resolution of the cursor), then a revisit.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const changedCount = Math.max(1, Math.round(count / 100));
    const toChange = (await repositories.dataAssets.page({ select: [], top: Math.min(5000, changedCount), orderBy: [{ field: 'id' }] })).items;
    const updates = await repositories.dataAssets.updateMany(toChange.map((item) => ({ id: item.id, etag: item.etag, patch: { department: 'Legal Affairs' } })));
    before = requests;
    const [delta, deltaMs] = await time(() => service.loadAssets(() => undefined));
    row(`${count}: delta refresh after ${updates.filter((u) => u.ok).length} changed (1%)`, `${ms(deltaMs)}, ${delta.changed} items read, ${requests - before} requests`);
    const fullReload = new ScorecardService(repositories, { concurrency: 4, pageSize: 2000, cache: { store: cache, key: 'bench' }, fullReloadAfterMs: 0 });
    before = requests;
    const [, reloadMs] = await time(() => fullReload.loadAssets(() => undefined));
    row(`${count}: full reload instead (partitioned)`, `${ms(reloadMs)}, ${requests - before} requests; delta is ${(reloadMs / Math.max(deltaMs, 1)).toFixed(1)}x faster`);
  } finally {
    await emulator.close();
  }
}

/**
 * Prints the scorecard load figures at 10,000 and 100,000 assets. Set BENCH_SCORECARD_SIZES (e.g. "10000") to
 * run other sizes.
 */
export async function benchScorecardLoad(row: Row): Promise<void> {
  row('scorecard load: note', 'the emulator shares this process and thread, so parallel ranges cannot overlap server work here');
  const sizes = (process.env.BENCH_SCORECARD_SIZES ?? '10000,100000').split(',').map(Number).filter((n) => n > 0);
  for (const size of sizes) {
    await benchSize(size, row);
  }
}
