import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq, or, startsWith, substringOf } from '../../src/data/odata';
import { startHarness, type Harness } from './support/harness';
import { PAGED_LIST } from './support/testLists';

const TRICKY = ["O'Brien", "' or 1 eq 1", "'", "''", 'Plain', "a' or Title ne 'b", 'percent % and # hash & amp'];

describe('filter values are escaped', () => {
  let harness: Harness;

  before(async () => {
    harness = await startHarness();
    await harness.provision([PAGED_LIST]);
    const rows = TRICKY.map((title, seq) => ({ title, seq, bucket: 'x' }));
    const results = await harness.repository(PAGED_LIST).createMany(rows);
    assert.ok(results.every((r) => r.ok));
  });
  after(() => harness.close());

  for (const title of TRICKY) {
    it(`Title eq ${JSON.stringify(title)} matches only that item`, async () => {
      const page = await harness.repository(PAGED_LIST).page({ filter: eq('Title', title) });
      assert.deepEqual(page.items.map((i) => i.title), [title]);
    });
  }

  it('startswith, substringof and or/and combine escaped values', async () => {
    const repository = harness.repository(PAGED_LIST);
    assert.deepEqual((await repository.page({ filter: startsWith('Title', "O'") })).items.map((i) => i.title), ["O'Brien"]);
    assert.deepEqual((await repository.page({ filter: substringOf("' or 1", 'Title') })).items.map((i) => i.title), ["' or 1 eq 1"]);
    const both = await repository.page({ filter: and(eq('Bucket', 'x'), or(eq('Title', 'Plain'), eq('Title', "O'Brien"))), orderBy: [{ field: 'seq' }] });
    assert.deepEqual(both.items.map((i) => i.title), ["O'Brien", 'Plain']);
  });
});
