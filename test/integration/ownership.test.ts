import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { isGovernanceError } from '../../src/core/errors';
import type { DataAsset } from '../../src/core/models/dataAsset';
import { buildNomination } from '../../src/core/ownership';
import { DATA_ASSETS_LIST, OWNERSHIP_DECISIONS_LIST, OWNERSHIP_REQUESTS_LIST } from '../../src/core/schema';
import { applyAssetOwnership, reconcileOwnership } from '../../src/data/ownership';
import { createRepositories, type Repositories } from '../../src/data/repositories/createRepositories';
import { OwnershipApprovalsService } from '../../src/webparts/ownershipApprovals/services/OwnershipApprovalsService';
import { startHarness, USERS, type Harness, type UserKey } from './support/harness';

const NOW = new Date();

function record(title: string): DataAsset {
  return { title, containsPersonalData: false, reviewCycleMonths: 12, ownershipStatus: 'Unassigned', lifecycle: 'Active' };
}

describe('ownership attestation against the emulator: SharePoint sets the decider', () => {
  let harness: Harness;
  const repos = (user: UserKey): Repositories => createRepositories(harness.sp(user), { log: harness.log });
  const service = (user: UserKey): OwnershipApprovalsService => new OwnershipApprovalsService(harness.sp(user), repos(user));

  /** An asset created by Bob, with Bob's nomination of Alice. */
  async function nominated(title: string): Promise<{ assetId: number; requestId: number }> {
    const asset = await repos('bob').dataAssets.create(record(title));
    const request = await repos('bob').ownershipRequests.create(buildNomination(asset, { nominee: harness.people.alice }, harness.people.bob, NOW));
    return { assetId: asset.id, requestId: request.id };
  }

  before(async () => {
    harness = await startHarness();
    await harness.provision([DATA_ASSETS_LIST, OWNERSHIP_REQUESTS_LIST, OWNERSHIP_DECISIONS_LIST]);
    harness.emulator.store.upsertGroup('Governance Leads', [USERS.admin.loginName]);
  });
  after(() => harness.close());

  it('a decision posted with a forged Author/AuthorId still carries the signed-in user, and does not count', async () => {
    const { assetId, requestId } = await nominated('Forged approval target');
    // Bob, the requester, posts an approval claiming Alice (the nominee) wrote it.
    await harness.sp('bob').web.lists.getByTitle(OWNERSHIP_DECISIONS_LIST.title).items.add({
      Title: 'Approve', RequestId: requestId, AssetId: assetId, Decision: 'Approve', AuthorId: harness.people.alice.id
    });
    const forged = (await repos('admin').ownershipDecisions.page({ top: 50 })).items.filter((d) => d.request.id === requestId);
    assert.equal(forged.length, 1);
    assert.equal(forged[0].author?.id, harness.people.bob.id, 'Author is the signed-in user (Bob), not the forged one (Alice)');

    const applied = await applyAssetOwnership(repos('admin'), assetId, NOW);
    assert.equal(applied.asset.ownershipStatus, 'Pending', 'the forged approval changes nothing');
    assert.deepEqual(applied.derivation.flagged.map((f) => f.reason), ['authorNotNominee']);
    const anomalies = await service('admin').anomalies();
    assert.ok(anomalies.some((a) => a.decision.id === forged[0].id && a.reason === 'authorNotNominee'), 'leads see it flagged');
  });

  it('the nominee approves through the service: Confirmed, custodian named, health recomputed, stored with the ETag', async () => {
    const { assetId, requestId } = await nominated('Alice approves');
    const before = await repos('admin').dataAssets.getById(assetId);
    const request = await repos('alice').ownershipRequests.getById(requestId);
    const outcome = await service('alice').decide(request, { decision: 'Approve' });
    assert.deepEqual(outcome, { requestId, assetId, status: 'Confirmed' });
    const after = await repos('admin').dataAssets.getById(assetId);
    assert.equal(after.ownershipStatus, 'Confirmed');
    assert.equal(after.custodian?.id, harness.people.alice.id);
    assert.ok((after.healthScore ?? 0) > (before.healthScore ?? 0), 'the approval raises the stored health score');
    const queue = await service('alice').loadQueue(harness.people.alice);
    assert.ok(queue.past.some((p) => p.request?.id === requestId && p.counts));
    assert.ok(!queue.pending.some((p) => p.request.id === requestId));
  });

  it('the requester cannot decide their own nomination: refused by the service, ignored if posted anyway', async () => {
    const asset = await repos('bob').dataAssets.create(record('Self nomination'));
    const self = await repos('bob').ownershipRequests.create({ ...buildNomination(asset, { nominee: harness.people.alice }, harness.people.bob, NOW), nominee: harness.people.bob });
    await assert.rejects(service('bob').decide(self, { decision: 'Approve' }), (e: unknown) => isGovernanceError(e, 'Validation') && e.issues.some((i) => i.code === 'ownNomination'));
    await repos('bob').ownershipDecisions.create({ title: 'Approve', request: { id: self.id }, asset: { id: asset.id }, decision: 'Approve' });
    const applied = await applyAssetOwnership(repos('bob'), asset.id, NOW);
    assert.equal(applied.asset.ownershipStatus, 'Unassigned');
    assert.deepEqual(applied.derivation.flagged.map((f) => f.reason), ['selfNomination']);
  });

  it('a Decline needs a comment', async () => {
    const { requestId } = await nominated('Decline without comment');
    const request = await repos('alice').ownershipRequests.getById(requestId);
    await assert.rejects(service('alice').decide(request, { decision: 'Decline', comment: '  ' }), (e: unknown) => isGovernanceError(e, 'Validation') && e.issues[0].code === 'commentRequired');
    const outcome = await service('alice').decide(request, { decision: 'Decline', comment: 'Not my team\'s data.' });
    assert.equal(outcome.status, 'Declined');
  });

  it('re-reads and retries when the asset was saved in between (Conflict)', async () => {
    const { assetId, requestId } = await nominated('Saved meanwhile');
    await repos('alice').ownershipDecisions.create({ title: 'Approve', request: { id: requestId }, asset: { id: assetId }, decision: 'Approve' });
    const repositories = repos('admin');
    const update = repositories.dataAssets.update.bind(repositories.dataAssets);
    let interfered = false;
    repositories.dataAssets.update = async (id, patch, etag, options) => {
      if (!interfered) {
        interfered = true;
        // Someone edits the description between our read and our write.
        await repos('bob').dataAssets.update(id, { description: 'Edited meanwhile' }, etag);
      }
      return update(id, patch, etag, options);
    };
    const applied = await applyAssetOwnership(repositories, assetId, NOW);
    assert.equal(applied.asset.ownershipStatus, 'Confirmed');
    const stored = await repos('admin').dataAssets.getById(assetId);
    assert.equal(stored.description, 'Edited meanwhile', 'the other save is kept');
    assert.equal(stored.ownershipStatus, 'Confirmed');
  });

  it('the leads\' recompute job corrects a hand-edited status and raises nothing for fresh approvals', async () => {
    const asset = await repos('bob').dataAssets.create(record('Hand-edited status'));
    await repos('admin').dataAssets.update(asset.id, { ownershipStatus: 'Confirmed' }, asset.etag, { includeComputed: true });
    const progress: number[] = [];
    const lead = service('admin');
    assert.equal((await lead.viewer()).isLead, true);
    const summary = await lead.recomputeAll((checked) => progress.push(checked));
    assert.ok(summary.changed >= 1);
    assert.equal(summary.failed, 0);
    assert.equal(summary.reattestationsRaised, 0);
    assert.equal((await repos('admin').dataAssets.getById(asset.id)).ownershipStatus, 'Unassigned');
    assert.equal(progress[progress.length - 1], summary.checked);
    assert.equal((await service('alice').viewer()).isLead, false);
    await assert.rejects(service('alice').recomputeAll(() => undefined), (e: unknown) => isGovernanceError(e, 'Forbidden'));
    // The job is idempotent.
    assert.equal((await reconcileOwnership(repos('admin'), NOW)).changed, 0);
  });
});
