/** Fault injection: 429/503 with Retry-After, method/path matching, latency, HTTP control, and PnPjs retrying. */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { BrowserFetchWithRetry, DefaultParse } from '@pnp/queryable';
import { DefaultHeaders, DefaultInit, RequestDigest, spfi } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { EmulatorHandle } from '../index';
import { createList, listPath, sp, start } from './helpers';

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
    const pnp = spfi(emu.siteUrl).using(DefaultHeaders(), DefaultInit(), BrowserFetchWithRetry(), DefaultParse(), RequestDigest());
    emu.faults.inject({ status: 429, count: 1, retryAfterSeconds: 0, pathContains: "getByTitle('Faulty')/items" });
    emu.faults.inject({ status: 503, count: 1, retryAfterSeconds: 0, pathContains: "getByTitle('Faulty')/items" });
    const items = await pnp.web.lists.getByTitle('Faulty').items.select('Title')();
    assert.equal(items.length, 1);
    assert.equal(emu.faults.served.faulted, 2);
    assert.equal(emu.faults.served.total, 3);
  });
});
