import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ALL_LISTS } from '../../src/core/schema';
import { seedCrosswalk } from '../../src/core/frameworks/seed';
import { describeReport, provisionSite, seedFrameworks } from '../../tools/provision';
import { startEmulator } from '../../workbench/emulator';

describe('npm run provision (the tenant provisioning tool)', () => {
  let emulator: Awaited<ReturnType<typeof startEmulator>>;
  before(async () => {
    emulator = await startEmulator({ port: 0, dbPath: ':memory:' });
    emulator.store.upsertUser({ loginName: 'owner@governance.test', title: 'Site Owner', email: 'owner@governance.test', isSiteAdmin: true });
  });
  after(async () => emulator.close());

  it('creates every list on an empty site, then reports the schema up to date', async () => {
    const first = await provisionSite(emulator.siteUrl, 'token-not-checked-by-the-emulator', 'owner@governance.test');
    const created = first.actions.filter((a) => a.kind === 'createList').map((a) => a.list).sort();
    assert.deepEqual(created, ALL_LISTS.map((l) => l.title).sort());
    const second = await provisionSite(emulator.siteUrl, 'token-not-checked-by-the-emulator', 'owner@governance.test');
    assert.equal(describeReport(second), 'Schema is up to date: nothing to change.');
  });

  it('seeds the framework crosswalk\'s controls once, so leads\' edits survive a second run', async () => {
    assert.equal(await seedFrameworks(emulator.siteUrl, 'token', 'owner@governance.test'), seedCrosswalk().controls.length);
    assert.equal(await seedFrameworks(emulator.siteUrl, 'token', 'owner@governance.test'), 0);
  });

  it('refuses a plain-http tenant URL', async () => {
    await assert.rejects(provisionSite('http://contoso.sharepoint.com/sites/governance', 'x'), /must use https/);
  });
});
