/** $batch: raw multipart round trip, and the real PnPjs v4 client (builder and parser) against the emulator. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { BrowserFetchWithRetry, DefaultParse, InjectHeaders } from '@pnp/queryable';
import { DefaultHeaders, DefaultInit, RequestDigest, spfi, type SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import type { EmulatorHandle } from '../index';
import { createList, listPath, seedUsers, sp, start } from './helpers';

describe('$batch', () => {
  let emu: EmulatorHandle;
  let users: ReturnType<typeof seedUsers>;
  let pnp: SPFI;
  before(async () => {
    emu = await start();
    users = seedUsers(emu);
    await createList(emu, 'Batch', ['<Field Type="Number" Name="N" DisplayName="N" />']);
    pnp = spfi(emu.siteUrl).using(DefaultHeaders(), DefaultInit(), BrowserFetchWithRetry(), DefaultParse(), RequestDigest(),
      InjectHeaders({ 'X-Workbench-User': users.alice }));
  });
  after(() => emu.close());

  it('executes a raw multipart batch (LF, changeset) in order and answers CRLF batchresponse parts', async () => {
    const items = `${emu.siteUrl}${listPath('Batch')}/items`;
    const body = [
      '--batch_1', 'Content-Type: multipart/mixed; boundary="changeset_a"', '',
      '--changeset_a', 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '',
      `POST ${items} HTTP/1.1`, 'Accept: application/json', 'Content-Type: application/json;charset=utf-8', '', '{"Title":"one","N":1}', '',
      '--changeset_a', 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '',
      `POST ${items} HTTP/1.1`, 'Accept: application/json', 'Content-Type: application/json', '', '{"Title":"bad","Nope":1}', '',
      '--changeset_a--', '',
      '--batch_1', 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '',
      `GET ${items}?$select=Title HTTP/1.1`, 'Accept: application/json', '', '',
      '--batch_1--', ''
    ].join('\n');
    const reply = await sp(emu, 'POST', '/_api/$batch', body, { 'Content-Type': 'multipart/mixed; boundary=batch_1', 'X-Workbench-User': users.bob });
    assert.equal(reply.status, 200);
    const boundary = /boundary=(batchresponse_[0-9a-f-]+)/.exec(reply.headers.get('content-type') ?? '')?.[1];
    assert.ok(boundary);
    assert.ok(reply.text.includes('\r\n'));
    assert.ok(!/[^\r]\n/.test(reply.text), 'every line ends with CRLF');
    const parts = reply.text.split(`--${boundary}`).slice(1, -1);
    assert.equal(parts.length, 3);
    assert.match(parts[0], /HTTP\/1\.1 201 Created\r\n/);
    assert.match(parts[0], /ETAG: "1"/);
    assert.match(parts[1], /HTTP\/1\.1 400 Bad Request/);
    assert.match(parts[2], /HTTP\/1\.1 200 OK/);
    const listed = JSON.parse(parts[2].slice(parts[2].indexOf('{'))) as { value: { Title: string }[] };
    assert.deepEqual(listed.value.map((v) => v.Title), ['one'], 'non-transactional: the good write stays, the bad one is absent');
    const author = (await sp(emu, 'GET', `${listPath('Batch')}/items(1)?$select=AuthorId`)).json.AuthorId;
    assert.equal(author, emu.store.getUserByLogin(users.bob)!.Id, 'inner requests run as the outer identity');
  });

  it('requires a digest on the outer batch request', async () => {
    const reply = await sp(emu, 'POST', '/_api/$batch', '--batch_x--\n', { 'Content-Type': 'multipart/mixed; boundary=batch_x', 'X-RequestDigest': '' });
    assert.equal(reply.status, 403);
  });

  it('round-trips PnPjs batched adds, updates, reads and deletes through PnPjs own parser', async () => {
    const [batched, execute] = pnp.batched();
    const list = batched.web.lists.getByTitle('Batch');
    const adds = Array.from({ length: 25 }, (_, i) => list.items.add({ Title: `pnp ${i}`, N: i }));
    const read = list.items.select('Id', 'Title').top(1)();
    await execute();
    const added = await Promise.all(adds);
    assert.equal(added.length, 25);
    assert.equal((added[0] as { Title: string }).Title, 'pnp 0');
    assert.ok(Array.isArray(await read));

    const alice = emu.store.getUserByLogin(users.alice)!;
    const firstId = (added[0] as { Id: number }).Id;
    const secondId = (added[1] as { Id: number }).Id;
    assert.equal((added[0] as { AuthorId: number }).AuthorId, alice.Id);

    const [batch2, execute2] = pnp.batched();
    const l2 = batch2.web.lists.getByTitle('Batch');
    const update = l2.items.getById(firstId).update({ N: 100 }, '"1"');
    const stale = l2.items.getById(secondId).update({ N: 100 }, '"7"').then(() => 'ok', (e: { status?: number }) => e.status);
    const del = l2.items.getById(secondId).delete();
    await execute2();
    const updated = await update;
    assert.equal(updated.etag, '"2"');
    assert.equal(await stale, 412);
    await del;
    const remaining = await pnp.web.lists.getByTitle('Batch').items.select('Id', 'N').filter(`Id eq ${firstId} or Id eq ${secondId}`)();
    assert.deepEqual(remaining.map((r: { Id: number; N: number }) => [r.Id, r.N]), [[firstId, 100]]);
  });

  it('pages with PnPjs async iteration over odata.nextLink', async () => {
    let count = 0;
    let pages = 0;
    for await (const page of pnp.web.lists.getByTitle('Batch').items.select('Id').top(7)) {
      count += (page as unknown[]).length;
      pages++;
    }
    const total = (await sp(emu, 'GET', listPath('Batch'))).json.ItemCount as number;
    assert.equal(count, total);
    assert.equal(pages, Math.ceil(total / 7));
  });
});
