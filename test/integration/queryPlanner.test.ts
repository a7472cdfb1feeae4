import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isGovernanceError } from '../../src/core/errors';
import { DATA_ASSETS_LIST } from '../../src/core/schema';
import { SiteUserSearch } from '../../src/data/people/siteUserSearch';
import { readPlanned } from '../../src/data/query/readMatching';
import { createRepositories } from '../../src/data/repositories/createRepositories';
import type { InventoryFilters, InventoryQuery } from '../../src/webparts/dataInventory/services/IInventoryService';
import { ImportService } from '../../src/webparts/dataInventory/services/ImportService';
import { inventoryClauses, InventoryService } from '../../src/webparts/dataInventory/services/InventoryService';
import { NominationService } from '../../src/webparts/dataInventory/services/NominationService';
import { startHarness, type Harness } from './support/harness';

/** 12,000 assets (SharePoint's own threshold, 5,000, applies): only a mission narrows, as at 100,000 in production. */
const TOTAL = 12_000;
const SENSITIVITIES = ['Public', 'Internal', 'Confidential', 'Highly Confidential'];

/** The seeded values of asset `i` (ID i + 1): a wide region interleaved across every ID range. */
function seedOf(i: number): { region: string; mission: string; department: string; domain: string; sensitivity: string } {
  return {
    region: i % 12 < 7 ? 'Africa' : `Region ${i % 5}`,
    mission: `Mission ${i % 100}`,
    department: i % 2 === 0 ? 'Finance' : 'Health',
    domain: i % 3 !== 0 ? 'Statistics' : 'Human resources',
    sensitivity: SENSITIVITIES[i % 4]
  };
}

/** The seeded IDs matching `keep`, newest first. */
function expectedIds(keep: (seed: ReturnType<typeof seedOf>) => boolean): number[] {
  const ids: number[] = [];
  for (let i = TOTAL - 1; i >= 0; i--) if (keep(seedOf(i))) ids.push(i + 1);
  return ids;
}

describe('query planner: the inventory at 12,000 items (threshold 5,000)', () => {
  let h: Harness;
  let inventory: InventoryService;

  /** Every page of `filters`, newest first, following the continuations. */
  async function allPages(filters: InventoryFilters, pageSize: number): Promise<{ ids: number[]; pages: number }> {
    const query: InventoryQuery = { filters, pageSize };
    const ids: number[] = [];
    let continuation: string | undefined;
    let pages = 0;
    do {
      const page = await inventory.page(query, continuation);
      assert.ok(page.items.length <= pageSize);
      ids.push(...page.items.map((item) => item.id));
      continuation = page.continuation;
      pages++;
    } while (continuation !== undefined);
    return { ids, pages };
  }

  /** Requests to DataAssets' items since `mark`. */
  const assetReads = (mark: number): string[] => h.requests.slice(mark).filter((line) => /getbytitle\('dataassets'\)\/items/i.test(line));

  before(async () => {
    h = await startHarness();
    await h.provision();
    h.emulator.store.bulkInsertItems(DATA_ASSETS_LIST.title, Array.from({ length: TOTAL }, (_, i) => {
      const seed = seedOf(i);
      return {
        Title: `Asset ${i}`, Region: seed.region, Mission: seed.mission, Department: seed.department, Domain: seed.domain,
        DeclaredSensitivity: seed.sensitivity, ContainsPersonalData: i % 7 === 0, OwnershipStatus: 'Unassigned', Lifecycle: 'Active', ReviewCycleMonths: 12
      };
    }));
    inventory = new InventoryService(createRepositories(h.sp('admin'), { log: h.log }), new SiteUserSearch(h.sp('admin')));
  });
  after(() => h.close());

  it('a region matching 7,000 items pages newest first across ID ranges: the right items, each once', async () => {
    const expected = expectedIds((s) => s.region === 'Africa');
    const first = await inventory.page({ filters: { region: 'Africa' }, pageSize: 50 });
    assert.deepEqual(first.items.map((i) => i.id), expected.slice(0, 50));
    assert.ok(first.items.every((i) => i.region === 'Africa'));
    const second = await inventory.page({ filters: { region: 'Africa' }, pageSize: 50 }, first.continuation);
    assert.deepEqual(second.items.map((i) => i.id), expected.slice(50, 100));
    const { ids } = await allPages({ region: 'Africa' }, 1000);
    assert.equal(new Set(ids).size, ids.length, 'no duplicates');
    assert.deepEqual(ids, expected);
    assert.deepEqual(h.logged.filter((l) => l.error.kind === 'ThresholdExceeded'), [], 'a refusal the planner recovers from is not logged as a failure');
  });

  it('department + domain (neither narrows) pages through every match', async () => {
    const expected = expectedIds((s) => s.department === 'Finance' && s.domain === 'Statistics');
    const { ids } = await allPages({ department: 'Finance', domain: 'Statistics' }, 500);
    assert.deepEqual(ids, expected);
  });

  it('a sparse combination fills its pages from several ranges at once', async () => {
    const expected = expectedIds((s) => s.region === 'Africa' && s.department === 'Health' && s.sensitivity === 'Highly Confidential');
    const { ids } = await allPages({ region: 'Africa', department: 'Health', declaredSensitivity: 'Highly Confidential' }, 50);
    assert.deepEqual(ids, expected);
  });

  it('puts the mission first: a filter with the mission after a wide region is served in one request', async () => {
    const mark = h.requests.length;
    const page = await inventory.page({ filters: { region: 'Africa', mission: 'Mission 7', department: 'Health' }, pageSize: 50 });
    assert.deepEqual(page.items.map((i) => i.id), expectedIds((s) => s.region === 'Africa' && s.mission === 'Mission 7' && s.department === 'Health').slice(0, 50));
    const reads = assetReads(mark);
    assert.equal(reads.length, 1, reads.join('\n'));
    assert.match(reads[0].replace(/\+/g, ' '), /\$filter=\(Mission eq 'Mission 7'\) and \(Region eq 'Africa'\)/);
  });

  it('remembers a refused filter: the next first page goes straight to ID ranges', async () => {
    const query: InventoryQuery = { filters: { domain: 'Statistics' }, pageSize: 20 };
    let mark = h.requests.length;
    await inventory.page(query);
    assert.ok(assetReads(mark).some((line) => / -> 500 /.test(line)), 'the first try was refused');
    mark = h.requests.length;
    const again = await inventory.page(query);
    assert.equal(again.items.length, 20);
    assert.ok(assetReads(mark).every((line) => / -> 200 /.test(line)), assetReads(mark).join('\n'));
  });

  it('sorts by a Choice column one value at a time when the filter does not narrow', async () => {
    const ids: number[] = [];
    const sensitivities: string[] = [];
    let continuation: string | undefined;
    do {
      const page = await inventory.page({ filters: { region: 'Africa', department: 'Health' }, sort: { field: 'declaredSensitivity', ascending: false }, pageSize: 500 }, continuation);
      ids.push(...page.items.map((i) => i.id));
      sensitivities.push(...page.items.map((i) => i.declaredSensitivity ?? ''));
      continuation = page.continuation;
    } while (continuation !== undefined);
    assert.equal(ids.length, expectedIds((s) => s.region === 'Africa' && s.department === 'Health').length);
    assert.equal(new Set(ids).size, ids.length);
    assert.deepEqual(sensitivities, [...sensitivities].sort().reverse(), 'descending by sensitivity throughout');
  });

  it('a sort by title with a non-narrowing filter answers a clear ThresholdExceeded; with a mission it works', async () => {
    await assert.rejects(inventory.page({ filters: { region: 'Africa' }, sort: { field: 'title', ascending: true }, pageSize: 50 }), (e: unknown) => {
      assert.ok(isGovernanceError(e, 'ThresholdExceeded'));
      assert.equal(e.issues[0]?.code, 'sortNeedsNarrowingFilter');
      assert.match(e.message, /Sorting DataAssets by title needs a filter that narrows/);
      return true;
    });
    const page = await inventory.page({ filters: { region: 'Africa', mission: 'Mission 3' }, sort: { field: 'title', ascending: true }, pageSize: 50 });
    assert.ok(page.items.length > 0);
  });

  it('full reads (the export) read every match; bulk nominate finds its targets', async () => {
    const expected = expectedIds((s) => s.region === 'Africa' && s.domain === 'Statistics');
    const read = await readPlanned(createRepositories(h.sp('admin'), { log: h.log }).dataAssets, inventoryClauses({ region: 'Africa', domain: 'Statistics' }), ['title']);
    assert.deepEqual(read.map((i) => i.id).sort((a, b) => b - a), expected);
    const exported = await new ImportService(h.sp('admin'), { log: h.log }).exportRecords({ region: 'Africa', domain: 'Statistics' }, 'csv', { data: 'Data', choices: 'Choices' });
    const lines = (await exported.text()).trim().split(/\r?\n/);
    assert.equal(lines.length, expected.length + 1, 'a header and one line per record');
    const nominations = new NominationService(h.sp('admin'), createRepositories(h.sp('admin'), { log: h.log }), { search: () => Promise.resolve([]) });
    const targets = await nominations.matchingAssets({ department: 'Finance' }, 600);
    assert.equal(targets.assets.length, 600);
    assert.equal(targets.more, true);
    assert.deepEqual(targets.assets.map((a) => a.id), expectedIds((s) => s.department === 'Finance').slice(0, 600));
  });
});
