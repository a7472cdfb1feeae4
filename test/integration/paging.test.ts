import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isGovernanceError } from '../../src/core/errors';
import { eq } from '../../src/data/odata';
import { startHarness, type Harness } from './support/harness';
import { PAGED_LIST, type PagedItem } from './support/testLists';

const TOTAL = 12_000;

describe('paging across 12,000 items', () => {
  let harness: Harness;

  before(async () => {
    harness = await startHarness();
    await harness.provision([PAGED_LIST]);
    const rows: PagedItem[] = Array.from({ length: TOTAL }, (_, i) => ({ title: `Item ${i}`, seq: i, bucket: `b${i % 3}`, colour: i % 2 === 0 ? 'red' : 'blue' }));
    const results = await harness.repository(PAGED_LIST).createMany(rows);
    const failed = results.filter((r) => !r.ok);
    assert.equal(failed.length, 0, `bulk create failed rows: ${failed.slice(0, 3).map((r) => (!r.ok ? r.error.message : '')).join('; ')}`);
  });
  after(() => harness.close());

  it('createMany reports every row in input order', async () => {
    assert.equal(await harness.repository(PAGED_LIST).count(), TOTAL);
  });

  it('pages through every item once, with no gaps or duplicates', async () => {
    const repository = harness.repository(PAGED_LIST);
    const seen = new Set<number>();
    let continuation: string | undefined;
    let pages = 0;
    do {
      const page = await repository.page({ top: 1000 }, continuation);
      for (const item of page.items) {
        assert.ok(!seen.has(item.seq), `duplicate ${item.seq}`);
        seen.add(item.seq);
      }
      continuation = page.continuation;
      pages += 1;
    } while (continuation !== undefined);
    assert.equal(seen.size, TOTAL);
    assert.equal(pages, TOTAL / 1000);
    for (let i = 0; i < TOTAL; i += 1) {
      assert.ok(seen.has(i), `gap at ${i}`);
    }
  });

  it('pages a filtered, sorted query on indexed columns', async () => {
    const repository = harness.repository(PAGED_LIST);
    const seqs: number[] = [];
    let continuation: string | undefined;
    do {
      const page = await repository.page({ filter: eq('Bucket', 'b1'), orderBy: [{ field: 'seq', ascending: false }], top: 1500 }, continuation);
      seqs.push(...page.items.map((i) => i.seq));
      continuation = page.continuation;
    } while (continuation !== undefined);
    assert.equal(seqs.length, TOTAL / 3);
    assert.deepEqual(seqs, [...seqs].sort((a, b) => b - a));
    assert.ok(seqs.every((s) => s % 3 === 1));
  });

  it('refuses a continuation that points outside the site', async () => {
    await assert.rejects(harness.repository(PAGED_LIST).page({}, 'https://evil.example/_api/web/lists'), (e: unknown) => isGovernanceError(e, 'Validation'));
  });
});
