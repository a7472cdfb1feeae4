import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { SPFI } from '@pnp/sp';
import { isGovernanceError } from '../../src/core/errors';
import { peopleFallbackOf } from '../../src/core/people';
import { DATA_ASSETS_LIST, MISSIONS_LIST } from '../../src/core/schema';
import { DirectoryPeople } from '../../src/data/people/directoryPeople';
import { ensureSchema } from '../../src/data/provisioning/ensureSchema';
import { createRepositories } from '../../src/data/repositories/createRepositories';
import { createNodeSp } from '../../src/data/sp/createSp';
import { createNodeGraphRequester } from '../../src/graph/client/createNodeGraph';
import type { GraphRequester } from '../../src/graph/client/types';
import { PeopleService } from '../../src/graph/people/PeopleService';
import { autoMatchColumns } from '../../src/core/import';
import { resolveSiteUsers } from '../../src/data/people/siteUserResolver';
import { ImportService } from '../../src/webparts/dataInventory/services/ImportService';
import { InventoryService } from '../../src/webparts/dataInventory/services/InventoryService';
import { GRAPH_USERS, startGraphHarness, type GraphHarness } from './support/graphHarness';

const ADMIN = GRAPH_USERS[0].loginName;

describe('People from the directory: Graph search, ensureUser, fallback (both emulators)', () => {
  let h: GraphHarness;
  const logged: string[] = [];
  const quietLog = (source: string): void => { logged.push(source); };
  const sp = (): SPFI => createNodeSp(h.emulator.siteUrl, { user: ADMIN });
  const directory = (requester: GraphRequester = h.requester): DirectoryPeople => new DirectoryPeople(sp(), new PeopleService(requester), undefined, quietLog);

  before(async () => {
    h = await startGraphHarness(25);
    await ensureSchema(sp(), [DATA_ASSETS_LIST, MISSIONS_LIST]);
  });
  beforeEach(() => h.graph.faults.clear());
  after(() => h.close());

  it('a directory person found by part of their name becomes a site user the inventory saves as custodian', async () => {
    const people = directory();
    const found = await people.search('Tan');
    assert.deepEqual(found.map((p) => [p.title, p.id, p.profile?.jobTitle, p.profile?.department]), [['Bob Tan', 0, 'Information Management Officer', 'Operations']]);
    assert.equal(peopleFallbackOf(found), undefined, 'from the directory');
    assert.ok(h.graph.faults.served.log.some((l) => l.startsWith('GET /users?') && l.includes('$search=')), 'Graph was searched');

    const bob = await people.ensureSiteUser(found[0]);
    const siteUser = h.emulator.store.getUserByLogin(GRAPH_USERS[1].loginName);
    assert.equal(bob.id, siteUser?.Id, 'the id SharePoint knows Bob by');
    assert.equal(bob.profile?.jobTitle, 'Information Management Officer', 'the profile stays with the person');

    const inventory = new InventoryService(createRepositories(sp()), people);
    const created = await inventory.create({ title: 'Directory custodian test', containsPersonalData: false, reviewCycleMonths: 12, ownershipStatus: 'Unassigned', lifecycle: 'Active', custodian: bob });
    const stored = await inventory.getById(created.id);
    assert.equal(stored.custodian?.id, bob.id);
    assert.equal(stored.custodian?.title, 'Bob Tan');
    assert.equal(stored.ownershipStatus, 'Unassigned', 'no request yet: the inventory nominates the custodian next');
  });

  it('the inventory service searches the directory through the same people search', async () => {
    const inventory = new InventoryService(createRepositories(sp()), directory());
    const found = await inventory.searchPeople('carla');
    assert.deepEqual(found.map((p) => p.title), ['Carla "CJ" Diaz']);
  });

  it('a site user already on the site is ensured to the same id; a person unknown to SharePoint is refused', async () => {
    const people = directory();
    const [alice] = await people.search('alice.moreau@governance.test');
    assert.equal((await people.ensureSiteUser(alice)).id, h.emulator.store.getUserByLogin(GRAPH_USERS[0].loginName)?.Id);
    await assert.rejects(people.ensureSiteUser({ id: 0, title: 'Ghost', profile: { directoryId: 'x', displayName: 'Ghost', userPrincipalName: 'ghost@governance.test' } }),
      (e: unknown) => isGovernanceError(e, 'NotFound'));
  });

  it('without Graph consent (401) it searches the site users instead, says why, and stops asking Graph', async () => {
    const refused = createNodeGraphRequester(h.graph.baseUrl, { user: 'i:0#.f|membership|nobody@governance.test' });
    const people = directory(refused);
    const found = await people.search('bob');
    assert.equal(peopleFallbackOf(found), 'noConsent');
    assert.deepEqual(found.map((p) => p.title), ['Bob Tan']);
    assert.ok(found[0].id > 0, 'site users have their site id already');
    const graphCalls = h.graph.faults.served.log.length;
    assert.equal(peopleFallbackOf(await people.search('alice')), 'noConsent');
    assert.equal(h.graph.faults.served.log.length, graphCalls, 'the second search went to SharePoint only');
    assert.equal(await people.profileOf({ id: 3, title: 'Bob Tan', email: 'bob.tan@governance.test' }), undefined, 'personas show stored names');
    assert.ok(logged.includes('DirectoryPeople.search'), 'the failure is logged');
  });

  it('with Graph unreachable it falls back to the site users as "unavailable"', async () => {
    const unreachable = createNodeGraphRequester('http://127.0.0.1:9/graph/');
    const found = await directory(unreachable).search('carla');
    assert.equal(peopleFallbackOf(found), 'unavailable');
    assert.deepEqual(found.map((p) => p.title), ['Carla "CJ" Diaz']);
  });

  it('search text is cleaned and bounded before it reaches Graph', async () => {
    const people = directory();
    assert.deepEqual(await people.search('  \u0000 \t '), []);
    await assert.rejects(people.search('x'.repeat(101)), (e: unknown) => isGovernanceError(e, 'Validation'));
    h.graph.faults.served.log.length = 0;
    await people.search('bob\u0007 tan');
    assert.match(h.graph.faults.served.log[0], /\$search="displayName:bob tan"/);
  });

  it('personas asked for together cost one $batch; unknown people fall back to their stored name', async () => {
    const people = directory();
    const stored = [
      { id: 10, title: 'Stored Alice', email: 'alice.moreau@governance.test' },
      { id: 11, title: 'Stored Bob', loginName: 'i:0#.f|membership|bob.tan@governance.test' },
      ...Array.from({ length: 22 }, (_, i) => ({ id: 20 + i, title: `Staff ${i}`, email: `staff${i}@governance.test` })),
      { id: 99, title: 'Gone', email: 'gone@governance.test' }
    ];
    const profiles = await Promise.all(stored.map((p) => people.profileOf(p)));
    assert.equal(h.graph.faults.served.batches, 2, '25 people: two $batch calls of at most 20, one round for the screen');
    assert.equal(profiles[0]?.jobTitle, 'Data Custodian');
    assert.equal(profiles[1]?.displayName, 'Bob Tan');
    assert.equal(profiles[24], undefined);
    await Promise.all(stored.map((p) => people.profileOf(p)));
    assert.equal(h.graph.faults.served.batches, 2, 'cached: no more calls, not even for the unknown one');
  });

  it('photos of a screen of personas go out together: 25 people cost two $batch calls, once', async () => {
    const people = new PeopleService(h.requester);
    const found = await people.search('staff', { top: 25 });
    assert.ok(found.length >= 21, `enough staff for two batches (found ${found.length})`);
    const people2 = new DirectoryPeople(sp(), people, undefined, quietLog);
    const before = h.graph.faults.served.batches;
    const photos = await Promise.all(found.map((p) => people2.photoOf(p.id)));
    assert.equal(h.graph.faults.served.batches - before, Math.ceil(found.length / 20), 'one $batch per 20 photos');
    assert.ok(!h.graph.faults.served.log.some((l) => l.includes('/photo/$value') && l.startsWith('GET ')), 'no photo read on its own');
    const present = photos.filter((p): p is Blob => p !== undefined);
    assert.ok(present.length > 0 && present.length < photos.length, 'people without a photo get none (initials), the others an image');
    assert.equal(present[0].type, 'image/png');
    const bytes = new Uint8Array(await present[0].arrayBuffer());
    assert.deepEqual(Array.from(bytes.slice(1, 4)), [0x50, 0x4e, 0x47], 'the image decoded from the batch is a PNG');
    await Promise.all(found.map((p) => people2.photoOf(p.id)));
    assert.equal(h.graph.faults.served.batches - before, Math.ceil(found.length / 20), 'cached for the page: no more calls');
  });

  it('a photo throttled inside its batch is retried alone and still arrives', async () => {
    const people = new PeopleService(h.requester);
    const found = await people.search('staff', { top: 5 });
    h.graph.faults.inject({ status: 429, count: 1, retryAfterSeconds: 0, inBatch: true, pathContains: '/photo/$value' });
    const photos = await Promise.all(Array.from(people.photos(found.map((p) => p.id)).values()));
    const again = await Promise.all(found.map((p) => new PeopleService(h.requester).photo(p.id)));
    assert.equal(h.graph.faults.served.faulted, 1, 'one photo was throttled');
    assert.deepEqual(photos.map((p) => p?.size), again.map((p) => p?.size), 'the throttled photo came back after its retry');
  });
  it('an import naming an e-mail the directory does not know sends no ensureUser for it (no expected 404); the row still says no user matches', async () => {
    h.emulator.store.addDirectoryUser({ loginName: 'i:0#.f|membership|dina.okafor@governance.test', title: 'Dina Okafor', email: 'dina.okafor@governance.test' });
    const sent: string[] = [];
    // Every SharePoint request this import's PnPjs root sends, as the browser's network panel would list it.
    const watched = sp().using((instance) => {
      instance.on.pre(async (url: string, init: RequestInit, result: unknown): Promise<[string, RequestInit, unknown]> => {
        sent.push(url);
        return [url, init, result];
      });
      return instance;
    });
    const service = new ImportService(watched, { directory: (emails) => directory().knownInDirectory(emails), log: quietLog });
    const table = { headers: ['Title', 'Custodian'], rows: [['Known', 'Dina.Okafor@governance.test'], ['Unknown', 'ghost.person@governance.test']] };
    const people = await resolveSiteUsers(watched, ['Dina.Okafor@governance.test', 'ghost.person@governance.test'], (emails) => directory().knownInDirectory(emails));
    assert.equal(people.get('ghost.person@governance.test'), undefined);
    assert.equal(people.get('dina.okafor@governance.test')?.title, 'Dina Okafor', 'the directory person is added to the site');
    const ensured = sent.filter((url) => /ensureuser/i.test(url));
    assert.equal(ensured.length, 1, `only the known person is ensured: ${ensured.join(', ')}`);

    sent.length = 0;
    const prepared = await service.check(table, autoMatchColumns(table.headers), 'DMY');
    assert.deepEqual(prepared.rows.map((r) => r.issues.map((i) => i.code)), [[], ['unknownPerson']], 'the unknown address is reported on its row');
    assert.ok(!sent.some((url) => /ensureuser/i.test(url)), 'no ensureUser for the unknown address (the known one is a site user now)');
  });

  it('when the directory cannot tell (no consent), ensureUser still decides as before', async () => {
    const refused = directory(createNodeGraphRequester(h.graph.baseUrl, { user: 'i:0#.f|membership|nobody@governance.test' }));
    h.emulator.store.addDirectoryUser({ loginName: 'i:0#.f|membership|emil.berg@governance.test', title: 'Emil Berg', email: 'emil.berg@governance.test' });
    const known = await refused.knownInDirectory(['emil.berg@governance.test']);
    assert.equal(known.get('emil.berg@governance.test'), undefined, 'cannot tell');
    const people = await resolveSiteUsers(sp(), ['emil.berg@governance.test', 'nobody.at.all@governance.test'], (emails) => refused.knownInDirectory(emails));
    assert.equal(people.get('emil.berg@governance.test')?.title, 'Emil Berg');
    assert.equal(people.get('nobody.at.all@governance.test'), undefined);
  });
});
