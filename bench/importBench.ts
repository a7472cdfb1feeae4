/**
 * Bulk-import throughput: rows per second through the rollout kit's whole path (read the CSV, check every row,
 * look up existing records, write in $batches) into a fresh emulator per run, without faults and with 20% of the
 * write $batches answered 429/503 with a real Retry-After of 1 s, printed beside the floor those waits impose.
 */
import { autoMatchColumns } from '../src/core/import';
import { ensureSchema } from '../src/data/provisioning/ensureSchema';
import { createRepositories } from '../src/data/repositories/createRepositories';
import { createNodeSp } from '../src/data/sp/createSp';
import { ImportService } from '../src/webparts/dataInventory/services/ImportService';
import { startEmulator } from '../workbench/emulator';
import { SEED_REFERENCE } from '../workbench/seed/reference';
import { fmt, repeat, stats, type Row } from './measure';

const ROWS = 5000;

function rolloutFile(prefix: string, missions: readonly { mission: string }[]): Blob {
  const lines = ['External ID;Title;Mission;Asset type;Declared sensitivity;Last reviewed;Description'];
  for (let i = 0; i < ROWS; i++) {
    lines.push(`${prefix}-${i};Dataset ${i};${missions[i % missions.length].mission};Dataset;Internal;2026-0${(i % 9) + 1}-15;"Line one\nline two"`);
  }
  return new Blob([lines.join('\r\n')]);
}

interface Scenario {
  readonly name: string;
  readonly rate: number;
  readonly retryAfterSeconds: number;
}

interface Outcome {
  readonly created: number;
  readonly requests: number;
  readonly faulted: number;
  readonly checkedMs: number;
}

/** One import of ROWS rows into a fresh site (its own in-memory emulator, so a new list each run); timed from the file read. */
async function importOnce(scenario: Scenario): Promise<[Outcome, number]> {
  let requests = 0;
  const emulator = await startEmulator({ port: 0, dbPath: ':memory:', log: () => { requests++; } });
  try {
    emulator.store.upsertUser({ loginName: 'bench.admin@governance.example.org', title: 'Bench Admin', email: 'bench.admin@governance.example.org', isSiteAdmin: true });
    const sp = createNodeSp(emulator.siteUrl, { user: 'bench.admin@governance.example.org' });
    await ensureSchema(sp);
    await createRepositories(sp).missions.createMany(SEED_REFERENCE.missions.map((m) => ({ title: m.mission, code: m.code, region: m.region })));
    // backoffMs only spaces the rounds for rows of unknown fate; 429/503 wait their Retry-After (RetryUnappliedOnly).
    const service = new ImportService(sp, { backoffMs: () => 0, log: () => undefined });
    // Only the write $batches (sent one after another), so their waits add up: the floor below holds.
    if (scenario.rate > 0) emulator.faults.setRate({ rate: scenario.rate, seed: 11, method: 'POST', pathContains: '$batch', retryAfterSeconds: scenario.retryAfterSeconds });
    const before = requests;
    const started = performance.now();
    const table = await service.readFile(rolloutFile('N', SEED_REFERENCE.missions), 'bench.csv');
    const prepared = await service.check(table, autoMatchColumns(table.headers), 'DMY');
    const checkedMs = performance.now() - started;
    const report = await service.run(prepared, 'update', {});
    const totalMs = performance.now() - started;
    const created = report.filter((r) => r.outcome === 'created').length;
    return [{ created, requests: requests - before, faulted: emulator.faults.served.faulted, checkedMs }, totalMs];
  } finally {
    await emulator.close();
  }
}

/** Prints one line per scenario through `row` (bench/run.ts's printer). */
export async function benchImport(row: Row): Promise<void> {
  const scenarios: Scenario[] = [{ name: 'no faults', rate: 0, retryAfterSeconds: 0 }, { name: '20% of write $batches 429/503, Retry-After 1 s', rate: 0.2, retryAfterSeconds: 1 }];
  for (const scenario of scenarios) {
    // Warm-up on its own fresh site; with Retry-After 0 it runs the same retry path without the waits.
    await importOnce({ ...scenario, retryAfterSeconds: 0 });
    const result = await repeat(() => importOnce(scenario), { warmUp: false });
    const last = result.last;
    const faulted = result.results.map((r) => r.faulted);
    const checks = stats(result.results.map((r) => r.checkedMs));
    row(
      `import ${ROWS} CSV rows, ${scenario.name}`,
      `${fmt(result.stats)}, ${(ROWS / (result.stats.median / 1000)).toFixed(0)} rows/s (read + check median ${checks.median.toFixed(0)} ms), ${last.created} created, ${last.requests} requests, ${faulted.join('/')} throttled`
    );
    if (scenario.rate > 0) {
      // Each throttled answer must be waited out before its retry, one after another: no run can be faster.
      const floor = Math.min(...faulted) * scenario.retryAfterSeconds * 1000;
      row(`  floor: throttled x Retry-After (${Math.min(...faulted)} x ${scenario.retryAfterSeconds} s)`, `${floor} ms; median is ${(result.stats.median - floor).toFixed(0)} ms above it`);
    }
  }
}
