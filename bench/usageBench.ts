/**
 * AI usage monitoring figures (issue 9), printed, not asserted: importing a Defender discovered-apps export of a
 * few thousand apps through the production service (check, then replace the period), importing the same period
 * again (the old rows are removed), and loading the monitoring tab (every observation, the registry, the triage)
 * with its HTTP round trips, against a registry of a few hundred systems.
 */
import { SiteDirectory } from '../src/data/people/siteDirectory';
import { SiteUserSearch } from '../src/data/people/siteUserSearch';
import { ensureSchema } from '../src/data/provisioning/ensureSchema';
import { createRepositories } from '../src/data/repositories/createRepositories';
import { createNodeSp } from '../src/data/sp/createSp';
import { autoMapUsageColumns } from '../src/core/usage/columns';
import { AIRegistryService } from '../src/webparts/aiRegistry/services/AIRegistryService';
import { UsageMonitoringService } from '../src/webparts/aiRegistry/services/UsageMonitoringService';
import { startEmulator } from '../workbench/emulator';

type Row = (name: string, value: string) => void;

const ADMIN = 'bench.usage@governance.example.org';
const APPS = 3000;
const SYSTEMS = 300;
const PERIOD = { start: '2026-10-01', end: '2026-10-31' };

/** A Defender-layout export: one app in four is generative AI; a third of those are registered systems. */
function defenderExport(apps: number, seed: number): Blob {
  const lines = ['Name,Category,Risk score,Traffic,Transactions,Users,Web domain'];
  for (let i = 0; i < apps; i++) {
    const ai = i % 4 === 0;
    const users = 1 + ((i * 7919 + seed) % 1500);
    lines.push(`${ai ? 'Assistant' : 'Tool'} ${i},${ai ? 'Generative AI' : 'Collaboration'},${1 + (i % 10)},${users * 3} MB,${users * 11},${users},app${i}.example.net`);
  }
  return new Blob([lines.join('\r\n')]);
}

async function time<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}

export async function benchUsage(row: Row): Promise<void> {
  let requests = 0;
  const emulator = await startEmulator({ port: 0, dbPath: ':memory:', log: () => { requests++; } });
  try {
    emulator.store.upsertUser({ loginName: ADMIN, title: 'Bench Lead', email: ADMIN, isSiteAdmin: true });
    const sp = createNodeSp(emulator.siteUrl, { user: ADMIN });
    await ensureSchema(sp);
    const repositories = createRepositories(sp);
    // Every twelfth app (a third of the AI ones) is a registered system, reached on its domain.
    await repositories.aiSystems.createMany(Array.from({ length: SYSTEMS }, (_, i) => ({
      title: `Registered system ${i}`, lifecycle: 'Production', approvalStatus: i % 5 === 0 ? 'Rejected' : 'Approved', webDomains: `app${i * 12}.example.net`
    })));
    const registry = new AIRegistryService(repositories, new SiteUserSearch(sp), new SiteDirectory(sp));
    const usage = new UsageMonitoringService(sp, registry);

    const importOnce = async (seed: number): Promise<[number, number, number]> => {
      const table = await usage.readFile(defenderExport(APPS, seed), 'defender.csv');
      const before = requests;
      const [result, runMs] = await time(async () => usage.run(await usage.check('defender.csv', table, autoMapUsageColumns(table.headers), 'DMY', PERIOD), {}));
      const period = result.periods[0];
      if (period?.outcome !== 'replaced') throw new Error(`The usage import did not replace its period: ${period?.outcome ?? 'no period'}.`);
      return [runMs, requests - before, period.removed];
    };
    const [firstMs, firstRequests] = await importOnce(1);
    row(`usage import, ${APPS} apps, new period (check + run)`, `${firstMs.toFixed(0)} ms, ${(APPS / (firstMs / 1000)).toFixed(0)} rows/s, ${firstRequests} requests`);
    const [againMs, againRequests, removed] = await importOnce(2);
    row(`usage import, same period again (${removed} rows replaced)`, `${againMs.toFixed(0)} ms, ${againRequests} requests`);

    const fresh = new UsageMonitoringService(sp, new AIRegistryService(createRepositories(sp), new SiteUserSearch(sp), new SiteDirectory(sp)));
    const before = requests;
    const [overview, overviewMs] = await time(() => fresh.overview());
    const findings = overview.apps.filter((a) => a.findings.length > 0).length;
    row(`usage tab load (${overview.apps.length} apps, ${SYSTEMS} systems)`, `${overviewMs.toFixed(0)} ms, ${requests - before} HTTP round trips, ${findings} findings`);
  } finally {
    await emulator.close();
  }
}
