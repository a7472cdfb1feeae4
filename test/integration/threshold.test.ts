import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isGovernanceError } from '../../src/core/errors';
import { eq } from '../../src/data/odata';
import { startHarness, type Harness } from './support/harness';
import { PAGED_LIST } from './support/testLists';

/** The emulator's threshold is lowered for speed; SharePoint's own is 5,000 and behaves the same way. */
const THRESHOLD = 100;

describe('list view threshold', () => {
  let harness: Harness;

  before(async () => {
    harness = await startHarness({ listViewThreshold: THRESHOLD });
    await harness.provision([PAGED_LIST]);
    const rows = Array.from({ length: THRESHOLD + 20 }, (_, seq) => ({ title: `T${seq}`, seq, bucket: seq % 2 === 0 ? 'even' : 'odd', colour: seq % 2 === 0 ? 'red' : 'blue' }));
    assert.ok((await harness.repository(PAGED_LIST).createMany(rows)).every((r) => r.ok));
  });
  after(() => harness.close());

  it('a filter on a non-indexed column over the threshold gives ThresholdExceeded naming the column', async () => {
    await assert.rejects(harness.repository(PAGED_LIST).page({ filter: eq('Colour', 'red') }), (e: unknown) => {
      assert.ok(isGovernanceError(e, 'ThresholdExceeded'), `expected ThresholdExceeded, got ${String(e)}`);
      assert.match(e.message, /Colour is not indexed/);
      assert.match(e.serverCode ?? '', /SPQueryThrottledException/);
      return true;
    });
  });

  it('the same filter on an indexed column works', async () => {
    const page = await harness.repository(PAGED_LIST).page({ filter: eq('Bucket', 'even'), top: 500 });
    assert.equal(page.items.length, (THRESHOLD + 20) / 2);
    assert.ok(page.items.every((i) => i.colour === 'red'));
  });

  it('an unknown field is refused before sending', async () => {
    await assert.rejects(harness.repository(PAGED_LIST).page({ filter: eq('Nope', 'x') }), (e: unknown) => isGovernanceError(e, 'Validation'));
  });
});
