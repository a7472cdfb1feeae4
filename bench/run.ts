/**
 * `npm run bench`: printed figures for what users feel, measured through the production data layer against the
 * workbench emulator on this machine (so they compare runs and changes, not tenants):
 *   - seeding / bulk import throughput (createMany over $batch),
 *   - paging a 12,000-item list, and an indexed filtered query's latency,
 *   - HTTP round trips for the inventory's first screen,
 *   - AI usage imports (period replacement) and the usage tab's load,
 *   - access reviews: a 10,000-item campaign's snapshot and a reviewer's first screen,
 *   - the web part and workbench bundle sizes (gzip).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureSchema } from '../src/data/provisioning/ensureSchema';
import { benchImport } from './importBench';
import { SiteUserSearch } from '../src/data/people/siteUserSearch';
import { createRepositories } from '../src/data/repositories/createRepositories';
import { createNodeSp } from '../src/data/sp/createSp';
import { InventoryService } from '../src/webparts/dataInventory/services/InventoryService';
import { startEmulator } from '../workbench/emulator';
import { generateDemoAssets } from '../workbench/seed/demoAssets';
import { createRandom } from '../workbench/seed/random';
import { SEED_REFERENCE } from '../workbench/seed/reference';
import { buildPage } from '../workbench/page/buildPage';
import { aggregateScorecard } from '../src/core/scorecard';
import { scoreAsset } from '../src/core/scoring';
import type { Stored } from '../src/core/models/common';
import type { DataAsset } from '../src/core/models/dataAsset';
import { benchScorecardLoad } from './scorecardBench';
import { benchUsage } from './usageBench';
import { benchAccessReviews } from './accessReviewBench';

const ASSETS = 12000;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function row(name: string, value: string): void {
  console.log(`${name.padEnd(52)} ${value}`);
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}

function gzipKb(file: string): string {
  return `${(gzipSync(readFileSync(file)).length / 1024).toFixed(1)} KB gzip`;
}

/** Scoring and one-pass aggregation of every scope, next to a bare loop over the same scored assets. */
function benchAggregation(count: number): void {
  const now = new Date();
  const people = { owners: [{ id: 1, title: 'Owner' }], custodians: [{ id: 2, title: 'Custodian' }] };
  const assets = generateDemoAssets(count, SEED_REFERENCE, people, createRandom(11), now)
    .map((asset, index): Stored<DataAsset> => ({ ...asset, id: index + 1, etag: '"1"' }));
  let started = performance.now();
  const scored = assets.map((asset) => ({ asset, score: scoreAsset(asset, { now, custodianApprovalValid: asset.ownershipStatus === 'Confirmed' }) }));
  const scoreMs = performance.now() - started;
  const missions = SEED_REFERENCE.missions.map((m) => ({ mission: m.mission, region: m.region }));
  started = performance.now();
  const aggregate = aggregateScorecard(scored, { missions, now });
  const aggregateMs = performance.now() - started;
  started = performance.now();
  let sum = 0;
  for (const item of scored) {
    sum += item.score.score;
    for (const dimension of item.score.dimensions) sum += dimension.points + dimension.missing.length;
  }
  const loopMs = performance.now() - started;
  row(`score ${count} assets (scoreAsset)`, `${scoreMs.toFixed(0)} ms`);
  row(`aggregate ${count} assets, ${aggregate.scopes.length} scopes (one pass)`, `${aggregateMs.toFixed(1)} ms; bare loop over the same fields ${loopMs.toFixed(1)} ms (ratio ${(aggregateMs / Math.max(loopMs, 0.01)).toFixed(1)}x, loop checksum ${Math.round(sum)})`);
}

async function main(): Promise<void> {
  benchAggregation(10000);
  benchAggregation(100000);
  await benchScorecardLoad(row);
  let requests = 0;
  const emulator = await startEmulator({ port: 0, dbPath: ':memory:', log: () => { requests++; } });
  try {
    const admin = emulator.store.upsertUser({ loginName: 'bench.admin@governance.example.org', title: 'Bench Admin', email: 'bench.admin@governance.example.org', isSiteAdmin: true });
    const custodian = emulator.store.upsertUser({ loginName: 'bench.custodian@governance.example.org', title: 'Bench Custodian', email: 'bench.custodian@governance.example.org' });
    const sp = createNodeSp(emulator.siteUrl, { user: 'bench.admin@governance.example.org' });
    const repositories = createRepositories(sp);

    const [report, provisionMs] = await timed(() => ensureSchema(sp));
    row('provision every list (ensureSchema, empty site)', `${provisionMs.toFixed(0)} ms, ${report.actions.length} actions`);
    const [, reprovisionMs] = await timed(() => ensureSchema(sp));
    row('provision again (no changes)', `${reprovisionMs.toFixed(0)} ms`);

    await repositories.missions.createMany(SEED_REFERENCE.missions.map((m) => ({ title: m.mission, code: m.code, region: m.region, regionalOffice: m.regionalOffice })));
    const people = { owners: [{ id: admin.Id, title: admin.Title }], custodians: [{ id: custodian.Id, title: custodian.Title }] };
    const assets = generateDemoAssets(ASSETS, SEED_REFERENCE, people, createRandom(7), new Date());
    const before = requests;
    const [results, createMs] = await timed(() => repositories.dataAssets.createMany(assets, { includeComputed: true }));
    const failed = results.filter((r) => !r.ok).length;
    row(`bulk create ${ASSETS} assets (createMany, $batch of 100)`, `${createMs.toFixed(0)} ms, ${(ASSETS / (createMs / 1000)).toFixed(0)} rows/s, ${requests - before} requests, ${failed} failed`);

    let pages = 0;
    let seen = 0;
    const [, pagingMs] = await timed(async () => {
      let continuation: string | undefined;
      do {
        const page = await repositories.dataAssets.page({ top: 500 }, continuation);
        pages++;
        seen += page.items.length;
        continuation = page.continuation;
      } while (continuation);
    });
    row(`page through ${seen} items (top 500)`, `${pagingMs.toFixed(0)} ms in ${pages} pages`);

    const service = new InventoryService(repositories, new SiteUserSearch(sp));
    const latencies: number[] = [];
    for (let i = 0; i < 40; i++) {
      const mission = SEED_REFERENCE.missions[i % SEED_REFERENCE.missions.length].mission;
      const [, ms] = await timed(() => service.page({ filters: { mission }, pageSize: 50 }));
      latencies.push(ms);
    }
    row('inventory page, filtered by mission (50 rows, 40 runs)', `p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms`);

    const fresh = new InventoryService(createRepositories(sp), new SiteUserSearch(sp));
    const start = requests;
    await Promise.all([fresh.page({ filters: {}, pageSize: 50 }), fresh.missions()]);
    // Rows, then their ownership requests and decisions (two parallel reads, issue 23), beside the missions.
    row('HTTP requests: inventory first screen (rows + their ownership + missions)', `${requests - start}`);
  } finally {
    await emulator.close();
  }
  await benchImport(row);
  await benchUsage(row);
  await benchAccessReviews(row);

  const root = process.cwd();
  const page = await buildPage(root, join(root, '.build', 'page'));
  const gz = (files: readonly string[]): number => files.reduce((sum, f) => sum + gzipSync(readFileSync(f)).length, 0);
  const allJs = [join(page.outDir, 'app.js'), ...readdirSync(join(page.outDir, 'chunks')).filter((f) => f.endsWith('.js')).map((f) => join(page.outDir, 'chunks', f))];
  const initialBytes = gz(page.initialFiles);
  row('workbench page: loaded before first paint', `${(initialBytes / 1024).toFixed(1)} KB gzip in ${page.initialFiles.length} files`);
  row('workbench page: loaded on demand (panels, dialogs)', `${((gz(allJs) - initialBytes) / 1024).toFixed(1)} KB gzip`);
  const dist = join(root, 'dist');
  if (existsSync(dist)) {
    for (const file of readdirSync(dist).filter((f) => f.endsWith('.js') && !f.includes('.map') && statSync(join(dist, f)).isFile())) {
      row(`SPFx bundle ${file}`, gzipKb(join(dist, file)));
    }
  } else {
    row('SPFx bundles', 'not built: run npm run build first');
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
