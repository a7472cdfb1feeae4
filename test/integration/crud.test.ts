import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isGovernanceError } from '../../src/core/errors';
import { frameworkIdOf } from '../../src/core/frameworks/types';
import { ALL_LISTS } from '../../src/core/schema';
import type { ListKey } from '../../src/core/schema/types';
import { createRepositories } from '../../src/data/repositories/createRepositories';
import { startHarness, type Harness, type UserKey } from './support/harness';
import { assertSameValues, sampleRecord, sampleValue, type SampleContext } from './support/samples';

/**
 * Lists whose cross-field rule ties columns together: the generic sample is made consistent, and the patch leaves
 * the tied columns alone (each rule has its own tests).
 */
const CONSISTENT: Partial<Record<ListKey, { fix: (values: Record<string, unknown>) => void; tied: readonly string[] }>> = {
  frameworkControls: {
    fix: (values) => {
      values.controlKey = `${frameworkIdOf(String(values.framework))}:${String(values.controlId)}`;
      values.mappings = '[]';
    },
    tied: ['controlKey', 'controlId']
  },
  controlEvidence: { fix: (values) => { values.controlKey = 'oecd:1.1'; }, tied: ['controlKey'] },
  // The Body column must read as sections of questions (its own rule, tested in src/core/assessments).
  assessmentTemplates: { fix: (values) => { values.body = '{"sections":[]}'; }, tied: ['body'] }
};

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
      const values = sampleRecord(list, context, `round trip ${list.key}`);
      CONSISTENT[list.key]?.fix(values as Record<string, unknown>);

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
      const patch: Record<string, unknown> = { [title.property]: `${list.title} updated` };
      const tied = CONSISTENT[list.key]?.tied ?? [];
      const other = list.fields.find((f) => !f.computed && f.internalName !== 'Title' && !tied.includes(f.property) && (f.type === 'Text' || f.type === 'Number'));
      if (other !== undefined) {
        patch[other.property] = sampleValue(other, context, 'patched');
      }
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
