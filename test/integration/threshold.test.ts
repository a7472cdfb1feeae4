import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isGovernanceError } from '../../src/core/errors';
import { and, eq, ge, le, ne, or, startsWith, substringOf, type ODataFilter } from '../../src/data/odata';
import { WORKBENCH_USER_HEADER } from '../../src/data/sp/createSp';
import { startHarness, USERS, type Harness } from './support/harness';
import { PAGED_LIST } from './support/testLists';

/** The emulator's threshold is lowered for speed; SharePoint's own is 5,000 and behaves the same way. */
const THRESHOLD = 100;

describe('list view threshold', () => {
  let harness: Harness;

  before(async () => {
    harness = await startHarness({ listViewThreshold: THRESHOLD });
    await harness.provision([PAGED_LIST]);
    const rows = Array.from({ length: THRESHOLD + 20 }, (_, seq) => ({ title: `T${seq}`, seq, bucket: seq % 2 === 0 ? 'even' : 'odd', colour: seq % 2 === 0 ? 'red' : 'blue' }));
    assert.ok((await harness.repository(PAGED_LIST).createMany(rows)).every((r) => r.ok));
  });
  after(() => harness.close());

  it('a filter on a non-indexed column over the threshold gives ThresholdExceeded naming the column', async () => {
    await assert.rejects(harness.repository(PAGED_LIST).page({ filter: eq('Colour', 'red') }), (e: unknown) => {
      assert.ok(isGovernanceError(e, 'ThresholdExceeded'), `expected ThresholdExceeded, got ${String(e)}`);
      assert.match(e.message, /Colour is not indexed/);
      assert.match(e.serverCode ?? '', /SPQueryThrottledException/);
      return true;
    });
  });

  it('the same filter on an indexed column works', async () => {
    const page = await harness.repository(PAGED_LIST).page({ filter: eq('Bucket', 'even'), top: 500 });
    assert.equal(page.items.length, (THRESHOLD + 20) / 2);
    assert.ok(page.items.every((i) => i.colour === 'red'));
  });

  it('an unknown field is refused before sending', async () => {
    await assert.rejects(harness.repository(PAGED_LIST).page({ filter: eq('Nope', 'x') }), (e: unknown) => isGovernanceError(e, 'Validation'));
  });
});

/** SharePoint's answer to a query the list view threshold refuses (errors.ts `throttled()`). */
const THROTTLED_BODY = { 'odata.error': { code: '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
  message: { lang: 'en-US', value: 'The attempted operation is prohibited because it exceeds the list view threshold.' } } };

describe('list view threshold at 12,000 items (SharePoint\'s 5,000)', () => {
  const TOTAL = 12_000;
  let harness: Harness;

  /** GET items with a raw query (the repository would normalise the error away); filters come from the builder. */
  async function items(query: { filter?: ODataFilter; orderBy?: string; top?: number }): Promise<{ status: number; json: unknown }> {
    const params = new URLSearchParams({ $select: 'Id', $top: String(query.top ?? 5000) });
    if (query.filter) params.set('$filter', query.filter.text);
    if (query.orderBy) params.set('$orderby', query.orderBy);
    const response = await fetch(`${harness.emulator.siteUrl}/_api/web/lists/getByTitle('${PAGED_LIST.title}')/items?${params.toString()}`,
      { headers: { Accept: 'application/json', [WORKBENCH_USER_HEADER]: USERS.admin.loginName } });
    return { status: response.status, json: await response.json() };
  }

  async function refused(filter: ODataFilter | undefined, orderBy?: string): Promise<void> {
    const reply = await items({ filter, orderBy });
    assert.equal(reply.status, 500, `${filter?.text ?? ''} ${orderBy ?? ''} should be refused`);
    assert.deepEqual(reply.json, THROTTLED_BODY);
  }

  async function served(filter: ODataFilter, expected: number): Promise<void> {
    const reply = await items({ filter });
    assert.equal(reply.status, 200, `${filter.text}: ${JSON.stringify(reply.json)}`);
    assert.equal((reply.json as { value: unknown[] }).value.length, expected);
  }

  before(async () => {
    harness = await startHarness();
    await harness.provision([PAGED_LIST]);
    // Bucket 'wide' holds 8,000 items (more than the threshold); n0..n3 hold 1,000 each.
    harness.emulator.store.bulkInsertItems(PAGED_LIST.title, Array.from({ length: TOTAL }, (_, i) => ({
      Title: `Item ${i}`, Seq: i, Bucket: i < 8000 ? 'wide' : `n${i % 4}`, Colour: i % 2 === 0 ? 'red' : 'blue'
    })));
  });
  after(() => harness.close());

  it('serves an indexed clause that matches at most 5,000 items, whatever follows it', async () => {
    await served(eq('Bucket', 'n1'), 1000);
    await served(and(eq('Bucket', 'n1'), eq('Colour', 'blue'), substringOf('Item', 'Title')), 1000);
    await served(and(ge('Seq', 100), le('Seq', 4999)), 4900);
  });

  it('serves ID ranges and an or whose every branch narrows', async () => {
    await served(and(ge('ID', 2001), le('ID', 4000)), 2000);
    await served(or(and(ge('ID', 1), le('ID', 10)), eq('ID', 11_000), eq('Bucket', 'n2')), 1011);
  });

  it('refuses an indexed clause that matches more than 5,000 items, even when a later clause narrows', async () => {
    await refused(eq('Bucket', 'wide'));
    await refused(and(eq('Bucket', 'wide'), eq('Seq', 3)));
    await refused(ge('ID', 1000));
  });

  it('refuses substringof, startswith and ne as the only indexed clause', async () => {
    await refused(substringOf('Item 1', 'Title'));
    await refused(startsWith('Title', 'Item 11'));
    await refused(ne('Bucket', 'wide'));
  });

  it('refuses a filter on non-indexed columns only', async () => {
    await refused(eq('Colour', 'red'));
  });

  it('refuses an or with one branch that does not narrow', async () => {
    await refused(or(eq('Bucket', 'n1'), eq('Bucket', 'wide')));
    await refused(or(eq('Bucket', 'n1'), eq('Colour', 'red')));
  });

  it('refuses ordering by a non-indexed column, even with a narrowing filter; an indexed sort pages', async () => {
    await refused(undefined, 'Colour');
    await refused(eq('Bucket', 'n1'), 'Colour');
    const sorted = await items({ orderBy: 'Seq desc', top: 10 });
    assert.equal(sorted.status, 200);
  });

  it('refuses a 21st indexed column with SharePoint\'s error', async () => {
    const list = harness.sp('admin').web.lists.getByTitle(PAGED_LIST.title);
    const fields = await list.fields.select('InternalName', 'Indexed')<{ InternalName: string; Indexed: boolean }[]>();
    const indexed = fields.filter((f) => f.Indexed && f.InternalName !== 'ID').length;
    for (let i = indexed; i < 20; i++) await list.fields.addText(`Extra${i}`, { Indexed: true });
    const limit = (e: unknown): boolean => {
      assert.match(String((e as Error).message), /more than 20 indexed columns/);
      return true;
    };
    await assert.rejects(list.fields.addText('Extra20', { Indexed: true }), limit);
    await assert.rejects(list.fields.getByInternalNameOrTitle('Colour').update({ Indexed: true }), limit);
  });
});

