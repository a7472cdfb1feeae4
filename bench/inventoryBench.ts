/**
 * Inventory figures through the production data layer: provisioning, a 12,000-item bulk create, paging the list,
 * an indexed filtered page's latency, and the first screen's requests. Runs that write start a fresh in-memory
 * emulator each (untimed), so every run does the same work.
 */
import { ensureSchema } from '../src/data/provisioning/ensureSchema';
import { SiteUserSearch } from '../src/data/people/siteUserSearch';
import { createRepositories } from '../src/data/repositories/createRepositories';
import { createNodeSp } from '../src/data/sp/createSp';
import { InventoryService } from '../src/webparts/dataInventory/services/InventoryService';
import { startEmulator, type EmulatorHandle } from '../workbench/emulator';
import { generateDemoAssets } from '../workbench/seed/demoAssets';
import { createRandom } from '../workbench/seed/random';
import { SEED_REFERENCE } from '../workbench/seed/reference';
import { benchFirstScreen } from './firstScreenBench';
import { fmt, repeat, stats, timed, type Row } from './measure';

const ASSETS = 12000;
const ADMIN = 'bench.admin@governance.example.org';
const CUSTODIAN = 'bench.custodian@governance.example.org';

interface Site {
  readonly emulator: EmulatorHandle;
  /** SharePoint requests so far (Graph's mount logs to the same callback). */
  readonly spRequests: () => number;
}

async function freshSite(): Promise<Site> {
  let requests = 0;
  const emulator = await startEmulator({ port: 0, dbPath: ':memory:', log: (line) => { if (!line.includes(' /graph/')) requests++; } });
  emulator.store.upsertUser({ loginName: ADMIN, title: 'Bench Admin', email: ADMIN, isSiteAdmin: true });
  emulator.store.upsertUser({ loginName: CUSTODIAN, title: 'Bench Custodian', email: CUSTODIAN });
  return { emulator, spRequests: () => requests };
}

/** A provisioned site with missions and `count` assets created through createMany; returns the create's time. */
async function seeded(count: number): Promise<[Site & { failed: number; sent: number }, number]> {
  const site = await freshSite();
  const sp = createNodeSp(site.emulator.siteUrl, { user: ADMIN });
  const repositories = createRepositories(sp);
  await ensureSchema(sp);
  await repositories.missions.createMany(SEED_REFERENCE.missions.map((m) => ({ title: m.mission, code: m.code, region: m.region, regionalOffice: m.regionalOffice })));
  const admin = site.emulator.store.getUserByLogin(ADMIN)!;
  const custodian = site.emulator.store.getUserByLogin(CUSTODIAN)!;
  const people = { owners: [{ id: admin.Id, title: admin.Title }], custodians: [{ id: custodian.Id, title: custodian.Title }] };
  const assets = generateDemoAssets(count, SEED_REFERENCE, people, createRandom(7), new Date());
  const before = site.spRequests();
  const [results, ms] = await timed(() => repositories.dataAssets.createMany(assets, { includeComputed: true }));
  return [{ ...site, failed: results.filter((r) => !r.ok).length, sent: site.spRequests() - before }, ms];
}

export async function benchInventory(row: Row): Promise<void> {
  const provision = await repeat(async () => {
    const site = await freshSite();
    try {
      const sp = createNodeSp(site.emulator.siteUrl, { user: ADMIN });
      const [report, ms] = await timed(() => ensureSchema(sp));
      const [, againMs] = await timed(() => ensureSchema(sp));
      return [{ actions: report.actions.length, againMs }, ms];
    } finally {
      await site.emulator.close();
    }
  });
  row('provision every list (ensureSchema, empty site)', `${fmt(provision.stats)}, ${provision.last.actions} actions`);
  row('provision again (no changes)', fmt(stats(provision.results.map((r) => r.againMs))));

  // Warm-up: a smaller import on its own site; each timed run fills a fresh site, the last one is kept.
  await seeded(1000).then(([site]) => site.emulator.close());
  const sites: Site[] = [];
  const create = await repeat(async () => {
    const [site, ms] = await seeded(ASSETS);
    sites.push(site);
    return [site, ms];
  }, { warmUp: false });
  for (const site of sites.slice(0, -1)) await site.emulator.close();
  const site = create.last;
  row(`bulk create ${ASSETS} assets (createMany, $batch of 100)`, `${fmt(create.stats)}, ${(ASSETS / (create.stats.median / 1000)).toFixed(0)} rows/s, ${site.sent} requests, ${site.failed} failed`);

  try {
    const sp = createNodeSp(site.emulator.siteUrl, { user: ADMIN });
    const repositories = createRepositories(sp);
    const paging = await repeat(() => timed(async () => {
      let pages = 0;
      let seen = 0;
      let continuation: string | undefined;
      do {
        const page = await repositories.dataAssets.page({ top: 500 }, continuation);
        pages++;
        seen += page.items.length;
        continuation = page.continuation;
      } while (continuation);
      return { pages, seen };
    }));
    row(`page through ${paging.last.seen} items (top 500)`, `${fmt(paging.stats)} in ${paging.last.pages} pages`);

    const service = new InventoryService(repositories, new SiteUserSearch(sp));
    const missionAt = (i: number): string => SEED_REFERENCE.missions[i % SEED_REFERENCE.missions.length].mission;
    for (let i = 0; i < 5; i++) await service.page({ filters: { mission: missionAt(i) }, pageSize: 50 });
    const latencies: number[] = [];
    for (let i = 0; i < 40; i++) latencies.push((await timed(() => service.page({ filters: { mission: missionAt(i) }, pageSize: 50 })))[1]);
    const s = stats(latencies);
    row('inventory page, filtered by mission (50 rows, 40 runs)', `median ${s.median.toFixed(1)} ms (${s.min.toFixed(1)}-${s.max.toFixed(1)}), p95 ${[...latencies].sort((a, b) => a - b)[Math.floor(0.95 * latencies.length)].toFixed(1)} ms; 5 warm-up queries`);

    await benchFirstScreen(site.emulator, ADMIN, site.spRequests, row);
  } finally {
    await site.emulator.close();
  }
}
