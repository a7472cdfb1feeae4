/**
 * Issue 21 part 5, printed, not asserted: the health recompute job, ownership reconcile and the usage tab at
 * 100,000 assets and about 100,000 usage observations (34 monthly imports of 3,000 apps), each with its HTTP
 * requests and the median of 3 runs. Seeded once, straight into SQLite (seeding is not what is measured), and
 * reused by all three. Each recompute run takes "today" a month later, so freshness decays and a share of the
 * stored scores is stale and written, as in a real monthly run. `BENCH_BOUNDED_ASSETS=10000` for a quick run.
 */
import type { DataAsset } from '../src/core/models/dataAsset';
import type { UsageObservation } from '../src/core/models/usageObservation';
import { DATA_ASSETS_LIST, USAGE_OBSERVATIONS_LIST } from '../src/core/schema';
import { storedHealth } from '../src/core/scoring';
import { recomputeStaleHealth, type RecomputeSummary } from '../src/data/jobs/recomputeHealth';
import { toWriteBody } from '../src/data/mapping/toRaw';
import { reconcileOwnership, type ReconcileSummary } from '../src/data/ownership/reconcileOwnership';
import { SiteDirectory } from '../src/data/people/siteDirectory';
import { SiteUserSearch } from '../src/data/people/siteUserSearch';
import { ensureSchema } from '../src/data/provisioning/ensureSchema';
import { createRepositories } from '../src/data/repositories/createRepositories';
import { createNodeSp } from '../src/data/sp/createSp';
import { AIRegistryService } from '../src/webparts/aiRegistry/services/AIRegistryService';
import { UsageMonitoringService } from '../src/webparts/aiRegistry/services/UsageMonitoringService';
import { startEmulator } from '../workbench/emulator';
import { bulkInsertItems } from '../workbench/emulator/bulk';
import { generateDemoAssets } from '../workbench/seed/demoAssets';
import { createRandom } from '../workbench/seed/random';
import { SEED_REFERENCE } from '../workbench/seed/reference';
import { fmt, repeat, timed, type Row } from './measure';

const ADMIN = 'bench.bounded@governance.example.org';
const APPS_PER_PERIOD = 3000;
const PERIODS = 34;
const MONTH = 30 * 86400000;

/** One monthly import of `APPS_PER_PERIOD` apps, `index` months after January 2024. */
function usagePeriod(index: number): UsageObservation[] {
  const year = 2024 + Math.floor(index / 12);
  const month = (index % 12) + 1;
  const mm = String(month).padStart(2, '0');
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return Array.from({ length: APPS_PER_PERIOD }, (_, i) => ({
    title: `App ${i}`, appKey: `app ${i}`, domain: `app${i}.example.net`, category: i % 4 === 0 ? 'Generative AI' : 'Collaboration',
    users: 1 + ((i * 7919 + index) % 1500), transactions: i * 11, department: `Department ${i % 12}`, source: 'defender.csv',
    periodStart: `${year}-${mm}-01`, periodEnd: `${year}-${mm}-${last}`, matchStatus: 'Unmatched', importBatch: `${year}-${mm}-01T00:00:00.000Z#00000001`, batchRows: APPS_PER_PERIOD
  }));
}

export async function benchBounded(row: Row): Promise<void> {
  const count = Number(process.env.BENCH_BOUNDED_ASSETS ?? 100000);
  let requests = 0;
  const emulator = await startEmulator({ port: 0, dbPath: ':memory:', log: () => { requests++; } });
  try {
    const admin = emulator.store.upsertUser({ loginName: ADMIN, title: 'Bench Lead', email: ADMIN, isSiteAdmin: true });
    const sp = createNodeSp(emulator.siteUrl, { user: ADMIN });
    await ensureSchema(sp);
    const now = new Date();
    const person = { id: admin.Id, title: admin.Title };
    const assets = generateDemoAssets(count, SEED_REFERENCE, { owners: [person], custodians: [person] }, createRandom(5), now);
    // Stored as saved today with no ownership requests, so reconcile finds what a quiet month leaves.
    const bodies = assets.map((asset) => {
      const stored: DataAsset = { ...asset, ownershipStatus: 'Unassigned', custodian: undefined };
      return toWriteBody(DATA_ASSETS_LIST, { ...stored, ...storedHealth(stored, now) }, { includeComputed: true });
    });
    const [, seedAssetsMs] = await timed(async () => bulkInsertItems(emulator.store, DATA_ASSETS_LIST.title, bodies, { asLogin: ADMIN }));
    const observations = Array.from({ length: PERIODS }, (_, i) => usagePeriod(i)).flat();
    const [, seedUsageMs] = await timed(async () => bulkInsertItems(emulator.store, USAGE_OBSERVATIONS_LIST.title,
      observations.map((o) => toWriteBody(USAGE_OBSERVATIONS_LIST, o, { includeComputed: true })), { asLogin: ADMIN }));
    row(`bounded: seeded ${count} assets, ${observations.length} usage rows (SQLite, untimed)`, `${(seedAssetsMs / 1000).toFixed(1)} s + ${(seedUsageMs / 1000).toFixed(1)} s`);
    const repositories = createRepositories(sp);

    let sent = 0;
    const counted = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
      const before = requests;
      const result = await timed(work);
      sent = requests - before;
      return result;
    };

    // Run n takes "today" n months on: the scores decay, and the stale ones are written.
    const recompute = await repeat((run) => counted(() => recomputeStaleHealth(repositories.dataAssets, { now: new Date(now.getTime() + run * MONTH) })));
    const r: RecomputeSummary = recompute.last;
    row(`recompute health, ${count} assets (${r.stale} stale, written)`, `${fmt(recompute.stats)}, ${sent} requests (${Math.ceil(count / 5000)} reads + $batches of 100)`);

    const reconcile = await repeat(() => counted(() => reconcileOwnership(repositories, now)));
    const o: ReconcileSummary = reconcile.last;
    row(`ownership reconcile, ${count} assets (${o.changed} changed)`, `${fmt(reconcile.stats)}, ${sent} requests`);

    const overview = await repeat(() => counted(() => {
      const usage = new UsageMonitoringService(sp, new AIRegistryService(createRepositories(sp), new SiteUserSearch(sp), new SiteDirectory(sp)));
      return usage.overview();
    }));
    row(`usage tab load, ${observations.length} observations (${overview.last.apps.length} apps, 2 latest periods)`, `${fmt(overview.stats)}, ${sent} requests`);
  } finally {
    await emulator.close();
  }
}
