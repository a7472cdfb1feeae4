import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isGovernanceError } from '../../src/core/errors';
import { ALL_LISTS } from '../../src/core/schema';
import type { ListKey } from '../../src/core/schema/types';
import { createRepositories } from '../../src/data/repositories/createRepositories';
import { startHarness, type Harness, type UserKey } from './support/harness';
import { assertSameValues, consistentSampleRecord, samplePatch, type SampleContext } from './support/samples';

describe('repositories: create, read, update, delete on every list', () => {
  let harness: Harness;
  /** The first item created in each list: later lists' lookups point at it. */
  const itemIds = new Map<ListKey, number>();

  before(async () => {
    harness = await startHarness();
    await harness.provision();
  });
  after(() => harness.close());

  // ALL_LISTS puts lookup targets first, so each list's lookups can point at an item created by an earlier test.
  for (const list of ALL_LISTS) {
    it(`${list.title}: round trip through the real PnPjs repository`, async () => {
      // Who may edit and delete after provisioning: anyone on ordinary lists, leads on settings, only site owners and
      // admins on append-only decision lists (permissions.test.ts proves the others cannot).
      const writer: UserKey = list.access === 'appendOnly' ? 'admin' : list.access === 'leadsWrite' ? 'lead' : 'alice';
      const repository = createRepositories(harness.sp(writer), { log: harness.log })[list.key];
      const context: SampleContext = { people: [harness.people.alice, harness.people.bob], itemIds: Object.fromEntries(itemIds) };
      const values = consistentSampleRecord(list, context, `round trip ${list.key}`);

      const created = await repository.create(values as never);
      assert.ok(created.id > 0);
      assert.match(created.etag, /\S/);
      assert.equal(created.author?.id, harness.people[writer].id, 'Author is the signed-in user');
      assertSameValues(list, values, created);
      itemIds.set(list.key, created.id);

      const read = await repository.getById(created.id);
      assertSameValues(list, values, read);
      assert.equal(read.etag, created.etag);

      // Patch the first writable text field (Title on every list) and one more typed field when there is one.
      const title = list.fields.find((f) => f.internalName === 'Title');
      assert.ok(title !== undefined, `${list.title} has a Title field`);
      const patch: Record<string, unknown> = { [title.property]: `${list.title} updated`, ...samplePatch(list, values as Record<string, unknown>, context) };
      const etag = await repository.update(created.id, patch as never, created.etag);
      assert.notEqual(etag, created.etag, 'the ETag changes on update');
      const updated = await repository.getById(created.id);
      assertSameValues(list, patch as never, updated);
      assert.equal(updated.etag, etag);

      const versions = await repository.versions(created.id);
      assert.ok(versions.length >= 2, `${list.title} keeps versions (got ${versions.length})`);
      assert.equal((versions[0].values as Record<string, unknown>)[title.property], `${list.title} updated`, 'newest version first');
      assert.equal((versions[versions.length - 1].values as Record<string, unknown>)[title.property], (values as Record<string, unknown>)[title.property]);
      assert.equal(versions[0].editor?.id, harness.people[writer].id);

      // Delete a second item, so the first stays as a lookup target for the lists that follow.
      const spare = await repository.create(values as never);
      await repository.delete(spare.id, spare.etag);
      await assert.rejects(repository.getById(spare.id), (e: unknown) => isGovernanceError(e, 'NotFound'));
      assert.equal(await repository.count(), 1);
    });
  }
});
