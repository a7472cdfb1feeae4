import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isGovernanceError } from '../../src/core/errors';
import type { DataAsset } from '../../src/core/models/dataAsset';
import { DATA_ASSETS_LIST } from '../../src/core/schema';
import { startHarness, type Harness } from './support/harness';
import { SCRIPT_URL } from './support/samples';

const valid: DataAsset = { title: 'Valid', containsPersonalData: false, reviewCycleMonths: 12, ownershipStatus: 'Unassigned', lifecycle: 'Active' };

describe('validation before sending', () => {
  let harness: Harness;

  before(async () => {
    harness = await startHarness();
    await harness.provision([DATA_ASSETS_LIST]);
  });
  after(() => harness.close());

  const cases: [string, Partial<DataAsset>, string][] = [
    ['over-long text', { title: 'x'.repeat(256) }, 'title'],
    ['a javascript: URL', { locationUrl: { url: SCRIPT_URL } }, 'locationUrl'],
    ['an unknown choice', { declaredSensitivity: 'Top Secret', assetType: 'Spaceship' as DataAsset['assetType'] }, 'assetType']
  ];

  for (const [name, bad, field] of cases) {
    it(`create rejects ${name} with a clear message and sends nothing`, async () => {
      const repository = harness.repository(DATA_ASSETS_LIST, 'alice');
      const before = await repository.count();
      const sent = harness.requests.length;
      await assert.rejects(repository.create({ ...valid, ...bad }), (e: unknown) => {
        assert.ok(isGovernanceError(e, 'Validation'), `expected Validation, got ${String(e)}`);
        assert.equal(e.status, undefined, 'no HTTP status: the request was never sent');
        const issue = e.issues.find((i) => i.field === field);
        assert.ok(issue !== undefined, `an issue names ${field}: ${JSON.stringify(e.issues)}`);
        assert.ok(issue.message.length > 10, 'the message explains the problem');
        return true;
      });
      assert.deepEqual(harness.requests.slice(sent), [], 'no request reached the server');
      assert.equal(await repository.count(), before);
    });
  }

  it('update validates the patch and refuses to clear a required field', async () => {
    const repository = harness.repository(DATA_ASSETS_LIST, 'alice');
    const created = await repository.create(valid);
    const sent = harness.requests.length;
    await assert.rejects(repository.update(created.id, { locationUrl: { url: SCRIPT_URL } }, created.etag), (e: unknown) => isGovernanceError(e, 'Validation'));
    await assert.rejects(repository.update(created.id, { title: undefined }, created.etag), (e: unknown) => isGovernanceError(e, 'Validation'));
    assert.deepEqual(harness.requests.slice(sent), [], 'no request reached the server');
    assert.equal((await repository.getById(created.id)).etag, created.etag, 'the item was not written');
  });
});
