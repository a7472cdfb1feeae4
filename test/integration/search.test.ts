import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isGovernanceError } from '../../src/core/errors';
import { DATA_ASSETS_LIST } from '../../src/core/schema/lists/dataAssets';
import { substringOf } from '../../src/data/odata';
import { SiteDirectory } from '../../src/data/people/siteDirectory';
import { SiteUserSearch } from '../../src/data/people/siteUserSearch';
import { createRepositories } from '../../src/data/repositories/createRepositories';
import { SEARCH_NEEDS_MISSION } from '../../src/data/search/fallback';
import { SpListSearch } from '../../src/data/search/SpListSearch';
import { WORKBENCH_USER_HEADER } from '../../src/data/sp/createSp';
import { AIRegistryService } from '../../src/webparts/aiRegistry/services/AIRegistryService';
import { InventoryService } from '../../src/webparts/dataInventory/services/InventoryService';
import { ImportService } from '../../src/webparts/dataInventory/services/ImportService';
import { RiskService } from '../../src/webparts/riskRegister/services/RiskService';
import { startHarness, USERS, type Harness, type UserKey } from './support/harness';

/** Above SharePoint's 5,000-item list view threshold, where `substringof` alone is refused. */
const TOTAL = 12_000;
const MISSIONS = ['Mission A', 'Mission B', 'Mission C', 'Mission D'];

describe('search that scales (issue 21): SharePoint Search over a 12,000-item inventory', () => {
  let harness: Harness;
  let payrollId: number;

  const search = (user: UserKey = 'admin'): SpListSearch => new SpListSearch(harness.sp(user));
  const inventory = (user: UserKey = 'admin'): InventoryService => {
    const sp = harness.sp(user);
    return new InventoryService(createRepositories(sp, { log: harness.log }), new SiteUserSearch(sp), undefined, new SpListSearch(sp));
  };
  const rawSearch = async (query: string): Promise<{ status: number; json: Record<string, unknown> }> => {
    const response = await fetch(`${harness.emulator.siteUrl}/_api/search/query?${query}`, { headers: { Accept: 'application/json', [WORKBENCH_USER_HEADER]: USERS.admin.loginName } });
    return { status: response.status, json: await response.json() as Record<string, unknown> };
  };

  before(async () => {
    harness = await startHarness();
    await harness.provision();
    // Mission X holds 3,000 records each: a mission narrows below the threshold, nothing else here does.
    harness.emulator.store.bulkInsertItems(DATA_ASSETS_LIST.title, Array.from({ length: TOTAL }, (_, i) => ({
      Title: i === 7777 ? 'Payroll ledger 2024' : `Asset ${i}`,
      Description: i === 7777 ? 'Salary payments for national staff' : `Generic record number ${i}`,
      Mission: MISSIONS[i % MISSIONS.length], Region: 'Africa',
      // Twelve information systems (IDs 1, 1001, ... 11001) among datasets.
      AssetType: i % 1000 === 0 ? 'Information system' : 'Dataset'
    })));
    payrollId = 7778;
  });
  after(() => harness.close());

  it('substringof alone is refused on the list (the problem search solves)', async () => {
    await assert.rejects(harness.repository(DATA_ASSETS_LIST).page({ filter: substringOf('Payroll', 'Title') }), (e: unknown) => isGovernanceError(e, 'ThresholdExceeded'));
  });

  it('the inventory finds a record by a title word, a title prefix or a description word, from search', async () => {
    for (const text of ['payroll', 'Payr', 'salary', 'ledger payroll']) {
      const page = await inventory().page({ filters: { search: text }, pageSize: 50 });
      assert.equal(page.searchSource, 'search', text);
      assert.deepEqual(page.items.map((i) => i.id), [payrollId], text);
      assert.ok(page.items[0].etag, 'the item (and its ETag) comes from the list');
    }
  });

  it('other filters apply on the list read; pages continue through search', async () => {
    const wrongMission = await inventory().page({ filters: { search: 'payroll', mission: 'Mission A' }, pageSize: 50 });
    assert.equal(wrongMission.items.length, 0);
    const rightMission = await inventory().page({ filters: { search: 'payroll', mission: MISSIONS[7777 % 4] }, pageSize: 50 });
    assert.deepEqual(rightMission.items.map((i) => i.id), [payrollId]);
    const first = await inventory().page({ filters: { search: 'generic', mission: 'Mission B' }, pageSize: 100 });
    assert.equal(first.searchSource, 'search');
    assert.ok(first.items.length >= 100 && first.items.every((i) => i.mission === 'Mission B'));
    assert.ok(first.continuation);
    const second = await inventory().page({ filters: { search: 'generic', mission: 'Mission B' }, pageSize: 100 }, first.continuation);
    assert.ok(second.items.length > 0 && second.items.every((i) => !first.items.some((f) => f.id === i.id)));
  });

  it('KQL in what the user types is only more words: it never widens the query or breaks it', async () => {
    const attacks = ['payroll OR asset', 'payroll) OR (asset', '* OR *', 'Title:Asset*', 'NOT payroll', '-payroll', '"payroll', 'payroll" OR "asset',
      `ListId:${'0'.repeat(8)}-0000-0000-0000-${'0'.repeat(12)} OR asset`, 'Path:http* asset', 'ContentTypeId:0x* asset', '()', '*', 'AND', ':'];
    for (const text of attacks) {
      const hits = await search().search(DATA_ASSETS_LIST.title, text);
      assert.ok(hits.total <= 1, `"${text}" found ${hits.total}`);
    }
    assert.deepEqual((await search().search(DATA_ASSETS_LIST.title, '"payroll" (ledger)')).ids, [payrollId]);
  });

  it('the endpoint answers in SharePoint\'s shape: RowLimit capped at 500, TotalRows, selected properties', async () => {
    const reply = await rawSearch(`querytext='generic'&selectproperties='Title,ListItemID'&rowlimit=900&trimduplicates=false`);
    assert.equal(reply.status, 200);
    const relevant = (reply.json.PrimaryQueryResult as { RelevantResults: { RowCount: number; TotalRows: number; Table: { Rows: { Cells: { Key: string; Value: string; ValueType: string }[] }[] } } }).RelevantResults;
    assert.equal(relevant.RowCount, 500);
    assert.equal(relevant.TotalRows, TOTAL - 1);
    assert.deepEqual(relevant.Table.Rows[0].Cells.map((c) => c.Key), ['Rank', 'DocId', 'Title', 'ListItemID']);
    const malformed = await rawSearch(`querytext='(payroll'`);
    assert.equal(malformed.status, 400);
  });

  it('duplicates are trimmed unless TrimDuplicates is false (the client turns it off)', async () => {
    const ids = harness.emulator.store.bulkInsertItems(DATA_ASSETS_LIST.title, [{ Title: 'Twin register', Description: 'same' }, { Title: 'Twin register', Description: 'same' }]);
    const trimmed = await rawSearch(`querytext='twin'`);
    assert.equal((trimmed.json.PrimaryQueryResult as { RelevantResults: { TotalRows: number } }).RelevantResults.TotalRows, 1);
    assert.deepEqual([...(await search().search(DATA_ASSETS_LIST.title, 'twin')).ids].sort(), ids.sort());
  });

  it('a new record is found only after the indexing delay; a deleted one disappears after it', async () => {
    const settings = harness.emulator.search;
    settings.delayMs = 1500;
    try {
      const repository = harness.repository(DATA_ASSETS_LIST);
      const created = await repository.create({ title: 'Zanzibar fisheries survey', mission: 'Mission A', containsPersonalData: false } as never);
      assert.equal((await search().search(DATA_ASSETS_LIST.title, 'zanzibar')).total, 0, 'not crawled yet');
      await new Promise((resolve) => setTimeout(resolve, 2700));
      assert.deepEqual((await search().search(DATA_ASSETS_LIST.title, 'zanzibar')).ids, [created.id]);
      await repository.delete(created.id, created.etag);
      assert.equal((await search().search(DATA_ASSETS_LIST.title, 'zanzibar')).total, 1, 'still in the index');
      await new Promise((resolve) => setTimeout(resolve, 1700));
      assert.equal((await search().search(DATA_ASSETS_LIST.title, 'zanzibar')).total, 0);
    } finally {
      settings.delayMs = 0;
    }
  });

  it('the pickers of the AI Registry and the Risk Register search the inventory through search', async () => {
    const sp = harness.sp('admin');
    const registry = new AIRegistryService(createRepositories(sp), new SiteUserSearch(sp), new SiteDirectory(sp), { search: new SpListSearch(sp) });
    assert.deepEqual((await registry.searchDatasets('payroll')).map((d) => d.id), [payrollId]);
    const risks = new RiskService(createRepositories(sp), new SiteUserSearch(sp), new SiteDirectory(sp), new SpListSearch(sp));
    assert.deepEqual((await risks.searchTargets('dataAssets', 'salary')).map((t) => t.id), [payrollId]);
  });

  it('the assessment picker lists information systems only, by the indexed AssetType, on a list above the threshold', async () => {
    const sp = harness.sp('admin');
    const risks = new RiskService(createRepositories(sp), new SiteUserSearch(sp), new SiteDirectory(sp), new SpListSearch(sp));
    const newest = await risks.searchTargets('dataAssets', '', 'Information system');
    assert.deepEqual(newest.map((t) => t.id), [11001, 10001, 9001, 8001, 7001, 6001, 5001, 4001, 3001, 2001, 1001, 1]);
    assert.ok(newest.every((t) => t.assetType === 'Information system'));
    // A title match among them is answered by the list itself: AssetType narrows before substringof filters.
    assert.deepEqual((await risks.searchTargets('dataAssets', 'asset 5', 'Information system')).map((t) => [t.id, t.title]), [[5001, 'Asset 5000']]);
    assert.deepEqual(await risks.searchTargets('dataAssets', "O'Brien", 'Information system'), []);
  });

  describe('when search is off', () => {
    const control = async (body: unknown): Promise<unknown> =>
      (await fetch(`${harness.emulator.url}/_emulator/search`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })).json();
    // Through the control endpoint, as browser tests in another process would turn it off.
    before(async () => { assert.deepEqual(await control({ enabled: false }), { enabled: false, delayMs: 0 }); });
    after(async () => { await control({ enabled: true }); });

    it('the endpoint answers with SharePoint\'s search service error', async () => {
      const reply = await rawSearch(`querytext='payroll'`);
      assert.equal(reply.status, 503);
      assert.match(JSON.stringify(reply.json), /SearchServiceException/);
    });

    it('with a mission chosen, the inventory matches titles within the mission (substringof after the mission passes)', async () => {
      const page = await inventory().page({ filters: { search: 'payroll', mission: MISSIONS[7777 % 4] }, pageSize: 50 });
      assert.equal(page.searchSource, 'listScan');
      assert.deepEqual(page.items.map((i) => i.id), [payrollId]);
    });

    it('without a mission, the inventory asks for one instead of failing on the threshold', async () => {
      const page = await inventory().page({ filters: { search: 'payroll' }, pageSize: 50 });
      assert.equal(page.searchSource, 'needsMission');
      assert.equal(page.items.length, 0);
      const exporter = new ImportService(harness.sp('admin'), { search: new SpListSearch(harness.sp('admin')) });
      await assert.rejects(exporter.exportRecords({ search: 'payroll' }, 'csv', { data: 'Records', choices: 'Choices' }), (e: unknown) =>
        isGovernanceError(e, 'Validation') && e.issues.some((i) => i.code === SEARCH_NEEDS_MISSION));
    });
  });
});

describe('search security trimming', () => {
  let harness: Harness;

  before(async () => {
    harness = await startHarness();
    // Read security "own items only", and everyone reduced to Read (Edit's Manage Lists would see every item).
    harness.emulator.store.createList({ Title: 'Secrets', ReadSecurity: 2 });
    harness.emulator.store.bulkInsertItems('Secrets', [{ Title: 'Classified plan alpha' }], { asLogin: USERS.alice.loginName });
    harness.emulator.store.bulkInsertItems('Secrets', [{ Title: 'Classified plan beta' }], { asLogin: USERS.bob.loginName });
    await harness.grant('Secrets', 'everyone', 'Read', { replace: true });
  });
  after(() => harness.close());

  it('returns only the items the caller can read', async () => {
    const found = async (user: UserKey): Promise<number> => (await new SpListSearch(harness.sp(user)).search('Secrets', 'classified')).total;
    assert.equal(await found('alice'), 1);
    assert.equal(await found('bob'), 1);
    assert.equal(await found('lead'), 0);
    assert.equal(await found('admin'), 2);
  });
});
