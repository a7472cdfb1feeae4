/** $filter, $orderby, paging with $skiptoken/nextLink over 12,000 items, and the list view threshold. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { EmulatorHandle } from '../index';
import { createList, listPath, seedUsers, sp, start } from './helpers';

const ITEMS = `${listPath('Assets')}/items`;
const q = (filter: string, extra = ''): string => `${ITEMS}?$select=Title&$filter=${encodeURIComponent(filter)}${extra}`;

describe('item queries', () => {
  let emu: EmulatorHandle;
  let ids: { alice: number; bob: number };
  before(async () => {
    emu = await start();
    const users = seedUsers(emu);
    ids = { alice: emu.store.getUserByLogin(users.alice)!.Id, bob: emu.store.getUserByLogin(users.bob)!.Id };
    await createList(emu, 'Assets', [
      '<Field Type="Number" Name="Score" DisplayName="Score" />',
      '<Field Type="Boolean" Name="Active" DisplayName="Active" />',
      '<Field Type="DateTime" Name="Due" DisplayName="Due" Format="DateOnly" />',
      '<Field Type="User" Name="Owner" DisplayName="Owner" />',
      '<Field Type="MultiChoice" Name="Tags" DisplayName="Tags"><CHOICES><CHOICE>PII</CHOICE><CHOICE>Health</CHOICE></CHOICES></Field>'
    ]);
    const rows = [
      { Title: "O'Brien", Score: 10, Active: true, Due: '2026-01-01', OwnerId: ids.alice, Tags: ['PII'] },
      { Title: "' or 1 eq 1", Score: 20, Active: false, Due: '2026-02-01', OwnerId: ids.bob, Tags: ['Health'] },
      { Title: 'alpha', Score: 30, Active: true, Due: null, OwnerId: null, Tags: ['PII', 'Health'] },
      { Title: 'Beta', Score: null, Active: false, Due: '2026-03-15', OwnerId: ids.alice, Tags: [] }
    ];
    for (const row of rows) assert.equal((await sp(emu, 'POST', ITEMS, row)).status, 201);
  });
  after(() => emu.close());

  const titles = async (path: string): Promise<string[]> => {
    const reply = await sp(emu, 'GET', path);
    assert.equal(reply.status, 200, reply.text);
    return reply.json.value.map((v: { Title: string }) => v.Title);
  };

  it('compares with eq ne lt le gt ge, and/or/parentheses, case-insensitively', async () => {
    assert.deepEqual(await titles(q("Title eq 'ALPHA'")), ['alpha']);
    assert.deepEqual(await titles(q("Title ne 'alpha'")), ["O'Brien", "' or 1 eq 1", 'Beta']);
    assert.deepEqual(await titles(q('Score lt 20')), ["O'Brien"]);
    assert.deepEqual(await titles(q('Score le 20')), ["O'Brien", "' or 1 eq 1"]);
    assert.deepEqual(await titles(q('Score gt 20')), ['alpha']);
    assert.deepEqual(await titles(q('Score ge 20')), ["' or 1 eq 1", 'alpha']);
    assert.deepEqual(await titles(q("(Score eq 10 or Score eq 30) and Title ne 'alpha'")), ["O'Brien"]);
    assert.deepEqual(await titles(q("Title eq 'beta' or Title eq 'x' and Score eq 1")), ['Beta'], 'and binds tighter than or');
    assert.deepEqual(await titles(q("startswith(Title,'AL')")), ['alpha']);
    assert.deepEqual(await titles(q("substringof('bri',Title)")), ["O'Brien"]);
  });

  it('decodes escaped quotes so injection-shaped literals match only themselves', async () => {
    assert.deepEqual(await titles(q("Title eq 'O''Brien'")), ["O'Brien"]);
    assert.deepEqual(await titles(q("Title eq ''' or 1 eq 1'")), ["' or 1 eq 1"]);
  });

  it('handles nulls, booleans, dates, person ids and multi-choice contains', async () => {
    assert.deepEqual(await titles(q('Score eq null')), ['Beta']);
    assert.deepEqual(await titles(q('Due ne null')), ["O'Brien", "' or 1 eq 1", 'Beta']);
    assert.deepEqual(await titles(q('Active eq true')), ["O'Brien", 'alpha']);
    assert.deepEqual(await titles(q('Active eq 0')), ["' or 1 eq 1", 'Beta']);
    assert.deepEqual(await titles(q("Due ge datetime'2026-02-01T00:00:00Z'")), ["' or 1 eq 1", 'Beta']);
    assert.deepEqual(await titles(q("Due lt '2026-02-01T00:00:00Z'")), ["O'Brien"]);
    assert.deepEqual(await titles(q(`OwnerId eq ${ids.alice}`)), ["O'Brien", 'Beta']);
    assert.deepEqual(await titles(q(`Owner/Id eq ${ids.bob}`)), ["' or 1 eq 1"]);
    assert.deepEqual(await titles(q(`Author/Id eq ${emu.store.listUsers().find((u) => u.IsSiteAdmin)!.Id}`)), ["O'Brien", "' or 1 eq 1", 'alpha', 'Beta']);
    assert.deepEqual(await titles(q("Owner/Title eq 'alice anders'", '&$expand=Owner')), ["O'Brien", 'Beta']);
    assert.equal((await sp(emu, 'GET', q("Owner/Title eq 'x'"))).status, 400, 'Owner/Title needs $expand');
    assert.deepEqual(await titles(q("Tags eq 'health'")), ["' or 1 eq 1", 'alpha']);
    assert.deepEqual(await titles(q('Tags eq null')), ['Beta']);
  });

  it('rejects malformed filters and unknown fields with SharePoint errors', async () => {
    for (const bad of ["Title eq 'open", 'Title eq', '(Title eq 1', "Title eq 'a' and", 'Title ~ 1', "foo(Title,'a')"]) {
      const reply = await sp(emu, 'GET', q(bad));
      assert.equal(reply.status, 400, bad);
      assert.equal(reply.json['odata.error'].code, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', bad);
    }
    const unknown = await sp(emu, 'GET', q("Nope eq 'x'"));
    assert.equal(unknown.status, 400);
    assert.equal(unknown.json['odata.error'].message.value, "The field or property 'Nope' does not exist.");
    assert.equal((await sp(emu, 'GET', `${ITEMS}?$select=Nope`)).status, 400);
    assert.equal((await sp(emu, 'GET', `${ITEMS}?$orderby=Nope`)).status, 400);
  });

  it('orders by one or more fields, nulls first, text case-insensitively', async () => {
    assert.deepEqual(await titles(`${ITEMS}?$select=Title&$orderby=Title`), ["' or 1 eq 1", 'alpha', 'Beta', "O'Brien"]);
    assert.deepEqual(await titles(`${ITEMS}?$select=Title&$orderby=Score desc`), ['alpha', "' or 1 eq 1", "O'Brien", 'Beta']);
    assert.deepEqual(await titles(`${ITEMS}?$select=Title&$orderby=Active desc,Score asc`), ["O'Brien", 'alpha', 'Beta', "' or 1 eq 1"]);
  });
});

describe('paging and the list view threshold', () => {
  let emu: EmulatorHandle;
  const COUNT = 12_000;
  before(async () => {
    emu = await start();
    await createList(emu, 'Big', [
      '<Field Type="Number" Name="Seq" DisplayName="Seq" Indexed="TRUE" />',
      '<Field Type="Choice" Name="Region" DisplayName="Region" Indexed="TRUE"><CHOICES><CHOICE>A</CHOICE><CHOICE>B</CHOICE></CHOICES></Field>',
      '<Field Type="Text" Name="Loose" DisplayName="Loose" />'
    ]);
    const started = Date.now();
    emu.store.bulkInsertItems('Big', Array.from({ length: COUNT }, (_, i) => ({
      Title: `Item ${String(i).padStart(5, '0')}`, Seq: (i * 7919) % COUNT, Region: i % 3 === 0 ? 'A' : 'B', Loose: `l${i % 10}`
    })));
    console.log(`bulk-inserted ${COUNT} items in ${Date.now() - started} ms`);
  });
  after(() => emu.close());

  async function pageAll(first: string): Promise<{ ids: number[]; pages: number; millis: number }> {
    const started = Date.now();
    const ids: number[] = [];
    let next: string | undefined = first;
    let pages = 0;
    while (next) {
      const reply = await sp(emu, 'GET', next);
      assert.equal(reply.status, 200, reply.text);
      ids.push(...reply.json.value.map((v: { Id: number }) => v.Id));
      next = reply.json['odata.nextLink'];
      if (next) assert.match(next, /^http:\/\/127\.0\.0\.1:\d+\/sites\/governance\/_api\/.*%24skiptoken=Paged%3DTRUE/);
      pages++;
    }
    return { ids, pages, millis: Date.now() - started };
  }

  it('pages 12,000 items by ID in pages of 500 with no gaps or duplicates', async () => {
    const { ids, pages, millis } = await pageAll(`${listPath('Big')}/items?$select=Id,Title&$top=500`);
    console.log(`paged ${ids.length} items in ${pages} pages in ${millis} ms`);
    assert.equal(pages, 24);
    assert.deepEqual(ids, Array.from({ length: COUNT }, (_, i) => i + 1));
    assert.ok(millis < 3000, `paging took ${millis} ms`);
  });

  it('pages an indexed filter with $orderby on an indexed field, stable and complete', async () => {
    const { ids, millis } = await pageAll(`${listPath('Big')}/items?$select=Id,Seq&$filter=${encodeURIComponent("Region eq 'A'")}&$orderby=Seq desc&$top=500`);
    console.log(`paged ${ids.length} filtered+ordered items in ${millis} ms`);
    assert.equal(ids.length, COUNT / 3);
    assert.equal(new Set(ids).size, ids.length);
    const seqs = ids.map((id) => ((id - 1) * 7919) % COUNT);
    assert.deepEqual(seqs, [...seqs].sort((a, b) => b - a));
  });

  it('reads an ID range (the partitioned load) exactly as a scan would: bounds, gaps, paging and other clauses', async () => {
    const idsOf = async (filter: string, extra = ''): Promise<number[]> =>
      (await pageAll(`${listPath('Big')}/items?$select=Id&$filter=${encodeURIComponent(filter)}&$top=700${extra}`)).ids;
    const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);
    assert.deepEqual(await idsOf('ID ge 2001 and ID lt 4001'), range(2001, 4000));
    assert.deepEqual(await idsOf('ID gt 2000 and ID le 2004'), range(2001, 2004));
    assert.deepEqual(await idsOf('2004 ge ID and 2000 lt ID'), range(2001, 2004), 'literal on the left');
    assert.deepEqual(await idsOf('ID ge 11998 and ID lt 15000'), range(11998, 12000), 'past the last item');
    assert.deepEqual(await idsOf('ID eq 7'), [7]);
    assert.deepEqual(await idsOf('ID ge 10 and ID lt 10'), []);
    assert.deepEqual(await idsOf("ID ge 1 and ID le 30 and Region eq 'A'"), range(1, 30).filter((id) => (id - 1) % 3 === 0));
    assert.deepEqual(await idsOf('ID ge 1 and ID le 3000', '&$orderby=Seq'),
      range(1, 3000).sort((a, b) => ((a - 1) * 7919) % COUNT - ((b - 1) * 7919) % COUNT), 'sorted within the range');
    // An `or` is not a seek: every row is visited and the filter decides.
    assert.deepEqual(await idsOf('ID eq 3 or ID eq 11999'), [3, 11999]);
    const deleted = await sp(emu, 'POST', `${listPath('Big')}/items(2003)`, undefined, { 'X-HTTP-Method': 'DELETE', 'IF-MATCH': '*' });
    assert.equal(deleted.status, 200, deleted.text);
    assert.deepEqual(await idsOf('ID ge 2001 and ID le 2004'), [2001, 2002, 2004], 'a deleted ID is skipped');
  });

  it('finds the first rows of a sort with a small $top in one pass, with the same next page as a full sort', async () => {
    const first = await sp(emu, 'GET', `${listPath('Big')}/items?$select=Id,Seq&$orderby=Seq desc&$top=3`);
    assert.equal(first.status, 200, first.text);
    assert.deepEqual(first.json.value.map((v: { Seq: number }) => v.Seq), [COUNT - 1, COUNT - 2, COUNT - 3]);
    const next = await sp(emu, 'GET', first.json['odata.nextLink']);
    assert.deepEqual(next.json.value.map((v: { Seq: number }) => v.Seq), [COUNT - 4, COUNT - 5, COUNT - 6]);
    const filtered = await sp(emu, 'GET', `${listPath('Big')}/items?$select=Id,Seq&$filter=${encodeURIComponent("Region eq 'A'")}&$orderby=Seq&$top=1`);
    const smallest = Math.min(...Array.from({ length: COUNT }, (_, i) => i).filter((i) => i % 3 === 0).map((i) => (i * 7919) % COUNT));
    assert.deepEqual(filtered.json.value.map((v: { Seq: number }) => v.Seq), [smallest]);
    const one = await sp(emu, 'GET', `${listPath('Big')}/items?$select=Id&$filter=${encodeURIComponent('ID eq 5')}&$orderby=Seq desc&$top=2`);
    assert.deepEqual(one.json.value.map((v: { Id: number }) => v.Id), [5]);
    assert.equal(one.json['odata.nextLink'], undefined);
  });

  it('defaults $top to 100 and caps it at 5000', async () => {
    assert.equal((await sp(emu, 'GET', `${listPath('Big')}/items?$select=Id`)).json.value.length, 100);
    assert.equal((await sp(emu, 'GET', `${listPath('Big')}/items?$select=Id&$top=9000`)).json.value.length, 5000);
  });

  it('throttles a non-indexed filter or orderby above the threshold; indexed ones succeed', async () => {
    const throttledReply = await sp(emu, 'GET', `${listPath('Big')}/items?$filter=${encodeURIComponent("Loose eq 'l1'")}`);
    assert.equal(throttledReply.status, 500);
    assert.deepEqual(throttledReply.json, { 'odata.error': { code: '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
      message: { lang: 'en-US', value: 'The attempted operation is prohibited because it exceeds the list view threshold.' } } });
    assert.equal((await sp(emu, 'GET', `${listPath('Big')}/items?$orderby=Loose`)).status, 500);
    // Region 'B' (8,000 items) does not narrow below the threshold; 'A' (4,000) does, and Loose is checked on those.
    assert.equal((await sp(emu, 'GET', `${listPath('Big')}/items?$filter=${encodeURIComponent("Region eq 'B' and Loose eq 'l1'")}`)).status, 500);
    assert.equal((await sp(emu, 'GET', `${listPath('Big')}/items?$filter=${encodeURIComponent("Region eq 'A' and Loose eq 'l1'")}`)).status, 200);
    const indexed = await sp(emu, 'GET', `${listPath('Big')}/items?$select=Id&$filter=${encodeURIComponent('Seq lt 10 and ID gt 0')}`);
    assert.equal(indexed.status, 200);
    assert.equal(indexed.json.value.length, 10);
    await sp(emu, 'POST', `${listPath('Big')}/fields/getByInternalNameOrTitle('Loose')`, { Indexed: true }, { 'X-HTTP-Method': 'MERGE' });
    assert.equal((await sp(emu, 'GET', `${listPath('Big')}/items?$filter=${encodeURIComponent("Loose eq 'l1'")}`)).status, 200);
  });
});
