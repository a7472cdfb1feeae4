import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isGovernanceError } from '../../src/core/errors';
import { PeopleService } from '../../src/graph/people/PeopleService';
import { startGraphHarness, type GraphHarness } from './support/graphHarness';

describe('Graph people through the Graph client v3 against the emulator', () => {
  let h: GraphHarness;
  before(async () => { h = await startGraphHarness(42); });
  beforeEach(() => h.graph.faults.clear());
  after(() => h.close());

  it('finds people by name or mail with job title and department', async () => {
    const found = await new PeopleService(h.requester).search('alice');
    assert.deepEqual(found.map((p) => [p.displayName, p.jobTitle, p.department, p.mail]), [['Alice Moreau', 'Data Custodian', 'Protection', 'alice.moreau@governance.test']]);
    assert.match(h.graph.faults.served.log[0], /\$search="displayName:alice" OR "mail:alice"/);
    const quoted = await new PeopleService(h.requester).search('"CJ"');
    assert.deepEqual(quoted.map((p) => p.displayName), ['Carla "CJ" Diaz']);
  });

  it('a $search without ConsistencyLevel: eventual is refused, as Graph does', async () => {
    await assert.rejects(h.requester.get('/users?$search="displayName:bob"'), (e: unknown) => isGovernanceError(e, 'Validation') && /ConsistencyLevel/.test(e.message));
  });

  it('resolves 45 people in 3 batches; an unknown one fails alone; the cache answers the second time', async () => {
    const people = new PeopleService(h.requester);
    const keys = [...Array.from({ length: 42 }, (_, i) => `staff${i}@governance.test`), 'bob.tan@governance.test', 'nobody@governance.test', 'alice.moreau@governance.test'];
    const progress: number[] = [];
    const resolved = await people.resolveMany(keys, { onProgress: (p) => progress.push(p.done) });
    assert.equal(h.graph.faults.served.batches, 3);
    assert.deepEqual(progress, [20, 40, 45]);
    assert.equal(resolved.size, 45);
    const bob = resolved.get('bob.tan@governance.test');
    assert.ok(bob?.ok === true && bob.person.jobTitle === 'Information Management Officer');
    const nobody = resolved.get('nobody@governance.test');
    assert.ok(nobody?.ok === false && nobody.error.kind === 'NotFound');
    await people.resolveMany(['bob.tan@governance.test', 'alice.moreau@governance.test']);
    assert.equal(h.graph.faults.served.batches, 3, 'cached people cost no request');
  });

  it('a 429 inside a batch is retried alone after its Retry-After; the rest of the batch is not sent again', async () => {
    h.graph.faults.inject({ status: 429, count: 1, retryAfterSeconds: 1, inBatch: true, pathContains: '/users/staff7@' });
    const keys = Array.from({ length: 30 }, (_, i) => `staff${i}@governance.test`);
    const started = Date.now();
    const resolved = await new PeopleService(h.requester).resolveMany(keys);
    assert.ok([...resolved.values()].every((r) => r.ok), 'every person resolved');
    const log = h.graph.faults.served.log;
    assert.equal(log.filter((l) => l.includes('/users/staff7@')).length, 2, 'the throttled request was sent twice');
    assert.equal(log.filter((l) => l.includes('/users/staff8@')).length, 1, 'its neighbours once');
    assert.equal(h.graph.faults.served.batches, 3, 'two batches plus one retry batch');
    assert.ok(Date.now() - started >= 950, 'the retry waited for Retry-After');
  });

  it('a throttled $batch call itself is retried by the client after Retry-After', async () => {
    h.graph.faults.inject({ status: 503, count: 1, retryAfterSeconds: 0, inBatch: false, pathContains: '/$batch' });
    const resolved = await new PeopleService(h.requester).resolveMany(['staff1@governance.test']);
    assert.ok(resolved.get('staff1@governance.test')?.ok);
    assert.equal(h.graph.faults.served.faulted, 1);
  });

  it('serves photos as small images, and none for people without one', async () => {
    const people = new PeopleService(h.requester);
    const found = await people.search('staff');
    const photos = await Promise.all(found.map((p) => people.photo(p.id)));
    const present = photos.filter((p): p is Blob => p !== undefined);
    assert.ok(present.length > 0 && present.length < photos.length, 'some people have photos, some do not');
    const bytes = new Uint8Array(await present[0].arrayBuffer());
    assert.deepEqual(Array.from(bytes.slice(1, 4)), [0x50, 0x4e, 0x47], 'a PNG');
  });
});
