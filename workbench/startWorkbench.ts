/**
 * The whole workbench in one call: the SharePoint emulator, seeded on first run, plus the local page that hosts
 * the web part containers. Used by `npm start` and by the browser tests (on an ephemeral port and a temp database).
 */
import { join } from 'node:path';
import { startEmulator, type EmulatorHandle } from './emulator';
import { mountGraphEmulator, type GraphEmulatorHandle } from './graph';
import { buildPage } from './page/buildPage';
import { mountPageRoutes } from './page/pageRoutes';
import { seedWorkbench, type SeedSummary } from './seed/seedWorkbench';
import { DEMO_USERS } from './seed/demoUsers';
import { ensureSchema } from '../src/data/provisioning/ensureSchema';
import { createNodeSp } from '../src/data/sp/createSp';

export interface WorkbenchOptions {
  readonly port: number;
  readonly dbPath: string;
  /** How many inventory records to seed into an empty database. */
  readonly assetCount: number;
  /** Repository root (for config/ and the page sources); defaults to the working directory. */
  readonly root?: string;
  readonly log?: (line: string) => void;
  /** Milliseconds before search finds a change; default EMULATOR_SEARCH_DELAY_MS, else a few seconds. Tests pass 0. */
  readonly searchDelayMs?: number;
}

export interface WorkbenchHandle {
  readonly emulator: EmulatorHandle;
  /** The Graph emulator on the same server (`${pageUrl}graph/v1.0/...`). */
  readonly graph: GraphEmulatorHandle;
  /** The page: http://127.0.0.1:PORT/ */
  readonly pageUrl: string;
  readonly seeded?: SeedSummary;
  close(): Promise<void>;
}

/** The workbench's indexing delay: long enough to see that search lags, short enough for a demo. */
const WORKBENCH_SEARCH_DELAY_MS = 3000;

export async function startWorkbench(options: WorkbenchOptions): Promise<WorkbenchHandle> {
  const root = options.root ?? process.cwd();
  const log = options.log ?? (() => undefined);
  const outDir = join(root, '.build', 'page');
  const page = await buildPage(root, outDir);
  log(`page bundled in ${page.millis} ms (${Math.round(page.bytes / 1024)} KB with source maps)`);

  // Search finds a change a few seconds after it, as a tenant's crawl does minutes later (EMULATOR_SEARCH_DELAY_MS overrides).
  const emulator = await startEmulator({ port: options.port, dbPath: options.dbPath, searchDelayMs: options.searchDelayMs ?? (process.env.EMULATOR_SEARCH_DELAY_MS === undefined ? WORKBENCH_SEARCH_DELAY_MS : undefined) });
  mountPageRoutes(emulator, outDir);
  const graph = mountGraphEmulator(emulator);
  let seeded: SeedSummary | undefined;
  if (emulator.store.isEmpty()) {
    const started = Date.now();
    log('seeding demo data (empty database)...');
    seeded = await seedWorkbench(emulator, { assetCount: options.assetCount, graphBaseUrl: graph.baseUrl, log: (line) => log(`  ${line}`) });
    log(`seeded ${seeded.assets} assets, ${seeded.missions} missions, ${seeded.users} users in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    if (seeded.failedRows > 0) log(`WARNING: ${seeded.failedRows} rows failed to seed (see above)`);
  } else {
    // A database from an earlier version: bring its lists up to the schema (new columns), as a tenant's provisioning run would.
    const admin = DEMO_USERS.find((u) => u.role === 'admin');
    const report = await ensureSchema(createNodeSp(emulator.siteUrl, { user: admin?.loginName }));
    if (report.actions.length > 0) log(`schema updated: ${report.actions.length} change(s)`);
  }
  return { emulator, graph, pageUrl: `${emulator.url}/`, seeded, close: () => emulator.close() };
}
