/**
 * Bulk-import throughput: rows per second through the rollout kit's whole path (read the CSV, check every row,
 * look up existing records, write in $batches) into the emulator, without faults and with 20% of writes answered
 * 429/503 (Retry-After 0, so the figure shows the retries' cost, not the waiting).
 */
import { autoMatchColumns } from '../src/core/import';
import { DATA_ASSETS_LIST } from '../src/core/schema/lists/dataAssets';
import { MISSIONS_LIST } from '../src/core/schema/lists/missions';
import { ensureSchema } from '../src/data/provisioning/ensureSchema';
import { createRepositories } from '../src/data/repositories/createRepositories';
import { createNodeSp } from '../src/data/sp/createSp';
import { ImportService } from '../src/webparts/dataInventory/services/ImportService';
import { startEmulator } from '../workbench/emulator';
import { SEED_REFERENCE } from '../workbench/seed/reference';

const ROWS = 5000;

function rolloutFile(prefix: string, missions: readonly { mission: string }[]): Blob {
  const lines = ['External ID;Title;Mission;Asset type;Declared sensitivity;Last reviewed;Description'];
  for (let i = 0; i < ROWS; i++) {
    lines.push(`${prefix}-${i};Dataset ${i};${missions[i % missions.length].mission};Dataset;Internal;2026-0${(i % 9) + 1}-15;"Line one\nline two"`);
  }
  return new Blob([lines.join('\r\n')]);
}

/** Prints one line per scenario through `row` (bench/run.ts's printer). */
export async function benchImport(row: (name: string, value: string) => void): Promise<void> {
  let requests = 0;
  const emulator = await startEmulator({ port: 0, dbPath: ':memory:', log: () => { requests++; } });
  try {
    emulator.store.upsertUser({ loginName: 'bench.admin@governance.example.org', title: 'Bench Admin', email: 'bench.admin@governance.example.org', isSiteAdmin: true });
    const sp = createNodeSp(emulator.siteUrl, { user: 'bench.admin@governance.example.org' });
    await ensureSchema(sp, [MISSIONS_LIST, DATA_ASSETS_LIST]);
    await createRepositories(sp).missions.createMany(SEED_REFERENCE.missions.map((m) => ({ title: m.mission, code: m.code, region: m.region })));
    const service = new ImportService(sp, { backoffMs: () => 0, log: () => undefined });

    for (const scenario of [{ name: 'no faults', rate: 0 }, { name: '20% of writes 429/503', rate: 0.2 }]) {
      emulator.faults.clear();
      if (scenario.rate > 0) emulator.faults.setRate({ rate: scenario.rate, seed: 11, method: 'POST', retryAfterSeconds: 0 });
      const before = requests;
      const started = performance.now();
      const table = await service.readFile(rolloutFile(scenario.rate > 0 ? 'T' : 'N', SEED_REFERENCE.missions), 'bench.csv');
      const prepared = await service.check(table, autoMatchColumns(table.headers), 'DMY');
      const checkedMs = performance.now() - started;
      const report = await service.run(prepared, 'update', {});
      const totalMs = performance.now() - started;
      const created = report.filter((r) => r.outcome === 'created').length;
      const faulted = emulator.faults.served.faulted;
      row(
        `import ${ROWS} CSV rows, ${scenario.name}`,
        `${(ROWS / (totalMs / 1000)).toFixed(0)} rows/s (${totalMs.toFixed(0)} ms: read + check ${checkedMs.toFixed(0)} ms), ${created} created, ${requests - before} requests, ${faulted} faulted`
      );
    }
  } finally {
    await emulator.close();
  }
}
