/**
 * Issue 21 part 5: the recompute job, ownership reconcile and the usage tab on lists above SharePoint's list view
 * threshold (5,000, the emulator's default), each with a ceiling on its requests and reading only its columns, so a
 * regression to full reads (every column, every observation) fails here.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { DataAsset } from '../../src/core/models/dataAsset';
import type { UsageObservation } from '../../src/core/models/usageObservation';
import { DATA_ASSETS_LIST, USAGE_OBSERVATIONS_LIST } from '../../src/core/schema';
import { storedHealth } from '../../src/core/scoring';
import { recomputeStaleHealth } from '../../src/data/jobs/recomputeHealth';
import { toWriteBody } from '../../src/data/mapping/toRaw';
import { reconcileOwnership } from '../../src/data/ownership/reconcileOwnership';
import { SiteDirectory } from '../../src/data/people/siteDirectory';
import { SiteUserSearch } from '../../src/data/people/siteUserSearch';
import { createRepositories } from '../../src/data/repositories/createRepositories';
import { rowsOfPeriod } from '../../src/data/usage/replaceUsagePeriods';
import { AIRegistryService } from '../../src/webparts/aiRegistry/services/AIRegistryService';
import { UsageMonitoringService } from '../../src/webparts/aiRegistry/services/UsageMonitoringService';
import { generateDemoAssets } from '../../workbench/seed/demoAssets';
import { createRandom } from '../../workbench/seed/random';
import { SEED_REFERENCE } from '../../workbench/seed/reference';
import { startHarness, USERS, type Harness } from './support/harness';

const ASSETS = 12_000;
/** Assets whose stored score is made stale: the recompute must write these and no others. */
const STALE = 250;
const NOW = new Date();

/** Requests answered since `mark` whose line names `list`. */
function requestsTo(h: Harness, mark: number, list: string): string[] {
  return h.requests.slice(mark).filter((line) => line.includes(`'${list}'`));
}

/** Reads of a list's items; each must name its columns. */
function itemReads(lines: readonly string[]): string[] {
  return lines.filter((line) => line.startsWith('GET ') && line.includes('/items'));
}

describe('bounded reads and writes above the list view threshold', () => {
  let h: Harness;

  before(async () => {
    h = await startHarness();
    await h.provision();
    const admin = h.people.admin;
    const assets = generateDemoAssets(ASSETS, SEED_REFERENCE, { owners: [admin], custodians: [admin] }, createRandom(21), NOW);
    // Stored as the save would (fresh scores, Unassigned status: no requests exist), then a few made stale.
    const bodies = assets.map((asset, i) => {
      const stored: DataAsset = { ...asset, ownershipStatus: 'Unassigned', custodian: undefined };
      const fresh = { ...stored, ...storedHealth(stored, NOW) };
      return toWriteBody(DATA_ASSETS_LIST, i < STALE ? { ...fresh, healthScore: 101 - (fresh.healthScore ?? 0) } : fresh, { includeComputed: true });
    });
    h.emulator.store.bulkInsertItems(DATA_ASSETS_LIST.title, bodies, { asLogin: USERS.admin.loginName });
  });
  after(() => h.close());

  it('the recompute job reads 5,000 scoring columns a request and writes only the stale rows in $batches of 100, retrying a 429 after Retry-After', async () => {
    const repo = h.repository(DATA_ASSETS_LIST);
    h.emulator.faults.inject({ status: 429, count: 1, retryAfterSeconds: 1, pathContains: '$batch' });
    const mark = h.requests.length;
    const started = Date.now();
    const stages: string[] = [];
    const summary = await recomputeStaleHealth(repo, { now: NOW, onProgress: (stage) => stages.push(stage) });
    assert.equal(summary.checked, ASSETS);
    assert.equal(summary.stale, STALE);
    assert.equal(summary.updated, STALE, `updated ${summary.updated}, failed ${summary.failed}, conflicts ${summary.conflicts}`);
    assert.ok(Date.now() - started >= 950, 'the throttled $batch waited for Retry-After');
    assert.equal(h.emulator.faults.served.byStatus[429], 1);
    const reads = itemReads(requestsTo(h, mark, DATA_ASSETS_LIST.title));
    assert.equal(reads.length, Math.ceil(ASSETS / 5000));
    assert.ok(reads.every((line) => /\$select=/.test(line) && !/\bAuthor\b/.test(line) && /\$top=5000/.test(line)), reads.join('\n'));
    const batches = h.requests.slice(mark).filter((line) => line.includes('$batch'));
    // Three batches of 100 at most, plus the one answered 429.
    assert.ok(batches.length <= Math.ceil(STALE / 100) + 1, batches.join('\n'));
    // count + reads + batches + the digest: a full read or one write per item would be far above this.
    assert.ok(h.requests.length - mark <= 1 + reads.length + batches.length + 1, h.requests.slice(mark).join('\n'));
    assert.ok(stages.includes('reading') && stages.includes('saving'));
    const again = await recomputeStaleHealth(repo, { now: NOW });
    assert.equal(again.stale, 0, 'a second run finds nothing stale');
  });

  it('ownership reconcile reads assets 5,000 a request with only the columns it needs', async () => {
    const mark = h.requests.length;
    const summary = await reconcileOwnership(createRepositories(h.sp('lead')), NOW);
    assert.equal(summary.checked, ASSETS);
    assert.equal(summary.failed, 0);
    const reads = itemReads(requestsTo(h, mark, DATA_ASSETS_LIST.title));
    assert.equal(reads.length, Math.ceil(ASSETS / 5000));
    assert.ok(reads.every((line) => /\$select=/.test(line) && !/\bAuthor\b/.test(line) && !/\bLifecycle\b/.test(line)), reads.join('\n'));
    // Requests, decisions, settings, the count and the three pages: nothing was stale, so nothing is written.
    assert.equal(summary.changed, 0);
    assert.ok(h.requests.length - mark <= 10, h.requests.slice(mark).join('\n'));
  });

  describe('the usage tab', () => {
    const PER_PERIOD = 3000;
    const months = ['2026-06', '2026-07', '2026-08', '2026-09'];
    const rows = (month: string, batch: string): UsageObservation[] => {
      const last = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5)), 0)).getUTCDate();
      return Array.from({ length: PER_PERIOD }, (_, i) => ({
        title: `App ${i}`, appKey: `app ${i}`, domain: `app${i}.example.net`, category: i % 4 === 0 ? 'Generative AI' : 'Collaboration',
        users: 1 + ((i * 7 + month.length) % 500), department: `Department ${i % 9}`,
        periodStart: `${month}-01`, periodEnd: `${month}-${last}`, matchStatus: 'Unmatched', importBatch: batch, batchRows: PER_PERIOD
      }));
    };

    before(() => {
      // Four imported periods (12,000 rows), and September imported twice (the older batch not yet removed).
      const all = [...months.flatMap((m) => rows(m, `${m}-01T00:00:00.000Z#00000001`)), ...rows('2026-09', '2026-10-02T00:00:00.000Z#00000002')];
      h.emulator.store.bulkInsertItems(USAGE_OBSERVATIONS_LIST.title, all.map((r) => toWriteBody(USAGE_OBSERVATIONS_LIST, r, { includeComputed: true })), { asLogin: USERS.admin.loginName });
    });

    it('reads only the two latest periods, with the tab\'s columns, in a few requests', async () => {
      const sp = h.sp('lead');
      const service = new UsageMonitoringService(sp, new AIRegistryService(createRepositories(sp), new SiteUserSearch(sp), new SiteDirectory(sp)));
      const mark = h.requests.length;
      const overview = await service.overview();
      assert.deepEqual(overview.periods.map((p) => p.start), ['2026-08-01', '2026-09-01']);
      assert.equal(overview.apps.length, PER_PERIOD);
      assert.ok(overview.apps.every((app) => app.previousUsers !== undefined), 'August is there to compare with');
      const reads = itemReads(requestsTo(h, mark, USAGE_OBSERVATIONS_LIST.title));
      // September's two batches (6,000 rows) and August (3,000): two pages of 5,000, never all 15,000 rows.
      assert.ok(reads.length <= 2, reads.join('\n'));
      assert.ok(reads.every((line) => /\$select=/.test(line) && !/\bSource\b/.test(line) && !/\bTransactions\b/.test(line)), reads.join('\n'));
    });

    it('a period holding more rows than the threshold is still found (behind ID ranges)', async () => {
      const september = await rowsOfPeriod(createRepositories(h.sp('lead')).usageObservations, { start: '2026-09-01', end: '2026-09-30' });
      assert.equal(september.length, 2 * PER_PERIOD);
    });
  });
});
