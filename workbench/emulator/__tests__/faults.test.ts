/** Fault injection: 429/503 with Retry-After, method/path matching, latency, HTTP control, and PnPjs retrying. */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { BrowserFetchWithRetry, DefaultParse, InjectHeaders } from '@pnp/queryable';
import { DefaultHeaders, DefaultInit, RequestDigest, spfi } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { EmulatorHandle } from '../index';
import { createList, listPath, sp, start, TEST_ADMIN } from './helpers';

describe('fault injection', () => {
  let emu: EmulatorHandle;
  before(async () => {
    emu = await start();
    await createList(emu, 'Faulty', []);
  });
  beforeEach(() => emu.faults.clear());
  after(() => emu.close());

  it('fails the next N matching requests with 429 + Retry-After and an SP error body, then recovers', async () => {
    emu.faults.inject({ status: 429, count: 2, retryAfterSeconds: 3, pathContains: '/items', method: 'GET' });
    assert.equal((await sp(emu, 'GET', listPath('Faulty'))).status, 200, 'path does not match');
    assert.equal((await sp(emu, 'POST', `${listPath('Faulty')}/items`, { Title: 'x' })).status, 201, 'method does not match');
    const first = await sp(emu, 'GET', `${listPath('Faulty')}/items`);
    assert.equal(first.status, 429);
    assert.equal(first.headers.get('retry-after'), '3');
    assert.match(first.json['odata.error'].code, /SPRequestThrottledException/);
    assert.equal((await sp(emu, 'GET', `${listPath('Faulty')}/items`)).status, 429);
    assert.equal((await sp(emu, 'GET', `${listPath('Faulty')}/items`)).status, 200);
    assert.equal(emu.faults.served.faulted, 2);
    assert.equal(emu.faults.served.byStatus[429], 2);
    assert.equal(emu.faults.served.total, 5);
  });

  it('injects 503 and latency over HTTP for out-of-process browser tests', async () => {
    const control = (method: string, path: string, body?: unknown): Promise<Response> =>
      fetch(`${emu.url}/_emulator/${path}`, { method, headers: { 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    assert.equal((await control('POST', 'faults', { status: 503, count: 1, retryAfterSeconds: 0 })).status, 200);
    const failed = await sp(emu, 'GET', '/_api/web');
    assert.equal(failed.status, 503);
    assert.equal(failed.headers.get('retry-after'), '0');
    assert.equal((await sp(emu, 'GET', '/_api/web')).status, 200);
    assert.equal((await control('PUT', 'latency', { ms: 150 })).status, 200);
    const started = Date.now();
    await sp(emu, 'GET', '/_api/web');
    assert.ok(Date.now() - started >= 140);
    assert.equal((await control('DELETE', 'faults')).status, 200);
    assert.equal(emu.faults.latencyMs, 0);
    assert.equal((await control('POST', 'faults', { status: 418, count: 1 })).status, 400);
  });

  it('is retried by PnPjs BrowserFetchWithRetry, which honours Retry-After', async () => {
    const pnp = spfi(emu.siteUrl).using(DefaultHeaders(), DefaultInit(), BrowserFetchWithRetry(), DefaultParse(), RequestDigest(), InjectHeaders({ 'X-Workbench-User': TEST_ADMIN }));
    emu.faults.inject({ status: 429, count: 1, retryAfterSeconds: 0, pathContains: "getByTitle('Faulty')/items" });
    emu.faults.inject({ status: 503, count: 1, retryAfterSeconds: 0, pathContains: "getByTitle('Faulty')/items" });
    const items = await pnp.web.lists.getByTitle('Faulty').items.select('Title')();
    assert.equal(items.length, 1);
    assert.equal(emu.faults.served.faulted, 2);
    assert.equal(emu.faults.served.total, 3);
  });

  it('rate mode fails a seeded share of matching requests, the same share on every run', async () => {
    const run = async (): Promise<number[]> => {
      emu.faults.clear();
      emu.faults.setRate({ rate: 0.2, seed: 42, method: 'GET', pathContains: "getByTitle('Faulty')", retryAfterSeconds: 0 });
      const statuses: number[] = [];
      for (let i = 0; i < 200; i++) statuses.push((await sp(emu, 'GET', listPath('Faulty'))).status);
      assert.equal((await sp(emu, 'GET', '/_api/web')).status, 200, 'other paths are never faulted');
      return statuses;
    };
    const first = await run();
    const failed = first.filter((s) => s !== 200).length;
    assert.ok(failed > 20 && failed < 60, `about 20% of 200 failed: ${failed}`);
    assert.ok(first.includes(429) && first.includes(503));
    assert.deepEqual(await run(), first, 'deterministic with a seed');
    assert.equal(emu.faults.served.faulted, failed);
  });

  it('rate mode with scope part fails parts inside a $batch, and lostRate drops answers of applied requests', async () => {
    emu.faults.setRate({ rate: 1, scope: 'part', method: 'POST', pathContains: "getByTitle('Faulty')/items", retryAfterSeconds: 0 });
    const pnp = spfi(emu.siteUrl).using(DefaultHeaders(), DefaultInit(), BrowserFetchWithRetry(), DefaultParse(), RequestDigest(), InjectHeaders({ 'X-Workbench-User': TEST_ADMIN }));
    const [batched, execute] = pnp.batched();
    const add = batched.web.lists.getByTitle('Faulty').items.add({ Title: 'in batch' });
    await execute();
    await assert.rejects(add, (e: { status?: number }) => e.status === 429 || e.status === 503, 'the part fails although the batch answered 200');
    emu.faults.clear();
    const before = (await sp(emu, 'GET', `${listPath('Faulty')}/items`)).json.value.length as number;
    emu.faults.setRate({ rate: 0, lostRate: 1, method: 'POST', pathContains: "getByTitle('Faulty')/items" });
    await assert.rejects(fetch(`${emu.siteUrl}${listPath('Faulty')}/items`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-RequestDigest': 'x', 'X-Workbench-User': TEST_ADMIN }, body: JSON.stringify({ Title: 'lost' }) }));
    emu.faults.clear();
    assert.equal((await sp(emu, 'GET', `${listPath('Faulty')}/items`)).json.value.length, before + 1, 'the write was applied');
  });
});
