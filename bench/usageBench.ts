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
import { fmt, repeat, timed, type Row } from './measure';

const ADMIN = 'bench.usage@governance.example.org';
const APPS = 3000;
const SYSTEMS = 300;
/** A month of 2026 (1-12) as an import period: each new-period run gets its own. */
const periodOf = (month: number): { start: string; end: string } => {
  const mm = String(month).padStart(2, '0');
  return { start: `2026-${mm}-01`, end: `2026-${mm}-${new Date(Date.UTC(2026, month, 0)).getUTCDate()}` };
};

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

    // Each call is timed from the check (the file read stays outside), against `month`'s period.
    let sent = 0;
    let removed = 0;
    const importOnce = async (seed: number, month: number): Promise<[number, number]> => {
      const table = await usage.readFile(defenderExport(APPS, seed), 'defender.csv');
      const before = requests;
      const [result, runMs] = await timed(async () => usage.run(await usage.check('defender.csv', table, autoMapUsageColumns(table.headers), 'DMY', periodOf(month)), {}));
      const period = result.periods[0];
      if (period?.outcome !== 'replaced') throw new Error(`The usage import did not replace its period: ${period?.outcome ?? 'no period'}.`);
      sent = requests - before;
      removed = period.removed;
      return [period.removed, runMs];
    };
    // New period: a month of its own per run (warm-up in June, runs July to September).
    const first = await repeat((run) => importOnce(1, 6 + run));
    row(`usage import, ${APPS} apps, new period (check + run)`, `${fmt(first.stats)}, ${(APPS / (first.stats.median / 1000)).toFixed(0)} rows/s, ${sent} requests`);
    // The same period again: every run replaces September's rows.
    const again = await repeat(() => importOnce(2, 9));
    row(`usage import, same period again (${removed} rows replaced)`, `${fmt(again.stats)}, ${sent} requests`);

    // Each run through fresh services, so no cache of an earlier run helps.
    let apps = 0;
    let findings = 0;
    const overview = await repeat(async () => {
      const fresh = new UsageMonitoringService(sp, new AIRegistryService(createRepositories(sp), new SiteUserSearch(sp), new SiteDirectory(sp)));
      const before = requests;
      const [result, took] = await timed(() => fresh.overview());
      sent = requests - before;
      apps = result.apps.length;
      findings = result.apps.filter((a) => a.findings.length > 0).length;
      return [apps, took];
    });
    row(`usage tab load (${apps} apps, ${SYSTEMS} systems, 4 periods)`, `${fmt(overview.stats)}, ${sent} HTTP round trips, ${findings} findings`);
  } finally {
    await emulator.close();
  }
}
