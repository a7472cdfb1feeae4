/**
 * `npm run bench`: printed figures for what users feel, measured through the production data layer against the
 * workbench emulator on this machine (so they compare runs and changes, not tenants):
 *   - seeding / bulk import throughput (createMany over $batch),
 *   - paging a 12,000-item list, and an indexed filtered query's latency,
 *   - every HTTP request (SharePoint and Graph) of the inventory's first screen,
 *   - AI usage imports (period replacement) and the usage tab's load,
 *   - the recompute job, ownership reconcile and the usage tab at 100,000 items, with their requests,
 *   - access reviews: a 10,000-item campaign's snapshot and a reviewer's first screen,
 *   - the scorecard's loads against the emulator in a worker thread with modelled latency (sequential, partitioned
 *     at concurrency 4/6/8, delta vs full reload) and their ratios against issue 20's targets,
 *   - cost growth: time and memory of scoring + aggregation and of the cached scorecard at 10,000-300,000 assets,
 *   - the web part and workbench bundle sizes (gzip).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildPage } from '../workbench/page/buildPage';
import { benchAggregation, describeBareLoop } from './aggregationBench';
import { benchBundles } from './spfxBundles';
import { benchImport } from './importBench';
import { benchInventory } from './inventoryBench';
import { METHOD } from './measure';
import { benchScorecardLoad } from './scorecardBench';
import { benchUsage } from './usageBench';
import { benchAccessReviews } from './accessReviewBench';
import { benchBounded } from './boundedBench';
import { benchGrowth } from './growthBench';

function row(name: string, value: string): void {
  console.log(`${name.padEnd(60)} ${value}`);
}


/**
 * BENCH_ONLY=scorecard,growth (any of aggregation, scorecard, growth, inventory, import, usage, bounded,
 * accessReviews, bundles) runs only those parts, for working on one figure; unset runs everything.
 */
const only = new Set((process.env.BENCH_ONLY ?? '').split(',').map((part) => part.trim()).filter((part) => part !== ''));
const runs = (part: string): boolean => only.size === 0 || only.has(part);

async function main(): Promise<void> {
  row('method', METHOD);
  if (runs('aggregation')) {
    describeBareLoop(row);
    benchAggregation(10000, row);
    benchAggregation(100000, row);
  }
  if (runs('scorecard')) await benchScorecardLoad(row);
  if (runs('growth')) await benchGrowth(row);
  if (runs('inventory')) await benchInventory(row);
  if (runs('import')) await benchImport(row);
  if (runs('usage')) await benchUsage(row);
  if (runs('bounded')) await benchBounded(row);
  if (runs('accessReviews')) await benchAccessReviews(row);
  if (!runs('bundles')) return;

  const root = process.cwd();
  const page = await buildPage(root, join(root, '.build', 'page'));
  const gz = (files: readonly string[]): number => files.reduce((sum, f) => sum + gzipSync(readFileSync(f)).length, 0);
  const allJs = [join(page.outDir, 'app.js'), ...readdirSync(join(page.outDir, 'chunks')).filter((f) => f.endsWith('.js')).map((f) => join(page.outDir, 'chunks', f))];
  const initialBytes = gz(page.initialFiles);
  row('workbench page: loaded before first paint', `${(initialBytes / 1024).toFixed(1)} KB gzip in ${page.initialFiles.length} files`);
  row('workbench page: loaded on demand (panels, dialogs)', `${((gz(allJs) - initialBytes) / 1024).toFixed(1)} KB gzip`);
  benchBundles(join(root, 'dist'), row);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
