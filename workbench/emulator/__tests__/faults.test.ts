/** Fault injection: 429/503 with Retry-After, method/path matching, latency (fixed or a seeded range), HTTP control, and PnPjs retrying. */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { BrowserFetchWithRetry, DefaultParse, InjectHeaders } from '@pnp/queryable';
import { DefaultHeaders, DefaultInit, RequestDigest, spfi } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { FaultController, parseLatency, startEmulator, type EmulatorHandle } from '../index';
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

describe('modelled latency', () => {
  it('answers at once by default: no latency unless asked for', async () => {
    const emu = await start();
    try {
      assert.deepEqual({ min: emu.faults.latencyRange.min, max: emu.faults.latencyRange.max }, { min: 0, max: 0 });
      assert.equal(emu.faults.nextLatencyMs(), 0);
      assert.equal((await sp(emu, 'GET', '/_api/web')).status, 200);
    } finally {
      await emu.close();
    }
  });

  it('holds every SharePoint response for the configured latency (100 ms takes at least 100 ms)', async () => {
    const emu = await startEmulator({ port: 0, dbPath: ':memory:', latencyMs: 100 });
    emu.store.upsertUser({ loginName: TEST_ADMIN, title: 'Test Admin', email: 'tests.admin@example.org', isSiteAdmin: true });
    try {
      for (const path of ['/_api/web', "/_api/web/lists/getByTitle('Missing')"]) {
        const started = performance.now();
        const reply = await sp(emu, 'GET', path);
        const took = performance.now() - started;
        assert.ok(took >= 100, `${path} answered ${reply.status} after ${took.toFixed(1)} ms`);
      }
      // The control endpoints are not SharePoint: they answer without the modelled delay.
      const started = performance.now();
      assert.equal((await fetch(`${emu.url}/_emulator/faults`)).status, 200);
      assert.ok(performance.now() - started < 100);
    } finally {
      await emu.close();
    }
  });

  it('draws a range from a seeded generator: every delay within bounds, the same sequence on every run', () => {
    const draw = (seed: number): number[] => {
      const faults = new FaultController({ min: 80, max: 150, seed });
      return Array.from({ length: 200 }, () => faults.nextLatencyMs());
    };
    const first = draw(7);
    assert.deepEqual(draw(7), first);
    assert.notDeepEqual(draw(8), first);
    assert.ok(first.every((ms) => ms >= 80 && ms <= 150));
    assert.ok(Math.max(...first) - Math.min(...first) > 50, 'the draws spread over the range');
    assert.throws(() => new FaultController({ min: 150, max: 80 }));
    assert.throws(() => new FaultController(-1));
  });

  it('reads "80-150", "100" and "0" settings and refuses anything else', () => {
    assert.deepEqual(parseLatency('80-150'), { min: 80, max: 150 });
    assert.deepEqual(parseLatency(' 100 '), { min: 100, max: 100 });
    assert.deepEqual(parseLatency('0'), { min: 0, max: 0 });
    assert.deepEqual(parseLatency(undefined), { min: 0, max: 0 });
    assert.equal(parseLatency('150-80'), undefined);
    assert.equal(parseLatency('fast'), undefined);
  });

  it('sets a range over HTTP for out-of-process tests, reported by GET /_emulator/faults', async () => {
    const emu = await start();
    try {
      const put = await fetch(`${emu.url}/_emulator/latency`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ min: 20, max: 40, seed: 3 }) });
      assert.equal(put.status, 200);
      const state = await (await fetch(`${emu.url}/_emulator/faults`)).json() as { latency: { min: number; max: number; seed: number } };
      assert.deepEqual(state.latency, { min: 20, max: 40, seed: 3 });
      const started = performance.now();
      await sp(emu, 'GET', '/_api/web');
      assert.ok(performance.now() - started >= 20);
    } finally {
      await emu.close();
    }
  });
});
