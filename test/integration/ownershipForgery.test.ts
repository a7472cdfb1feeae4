/**
 * Issue 23, attack 4, replayed through plain REST against the emulator: a custodian writes OwnershipStatus onto an
 * asset with no approval behind it. The inventory must show the status the decisions establish and flag the stored
 * one, the leads' anomalies must list it, and the leads' recompute must repair it.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { DataAsset } from '../../src/core/models/dataAsset';
import { buildNomination, compareOwnershipStatus } from '../../src/core/ownership';
import { aggregateScorecard, findScope } from '../../src/core/scorecard';
import { storedHealth } from '../../src/core/scoring';
import { DATA_ASSETS_LIST, GOVERNANCE_SETTINGS_LIST, MISSIONS_LIST, OWNERSHIP_DECISIONS_LIST, OWNERSHIP_REQUESTS_LIST } from '../../src/core/schema';
import { SiteUserSearch } from '../../src/data/people/siteUserSearch';
import { createRepositories, type Repositories } from '../../src/data/repositories/createRepositories';
import { InventoryService } from '../../src/webparts/dataInventory/services/InventoryService';
import { ScorecardService } from '../../src/webparts/healthScorecard/services/ScorecardService';
import { OwnershipApprovalsService } from '../../src/webparts/ownershipApprovals/services/OwnershipApprovalsService';
import { startHarness, USERS, type Harness, type UserKey } from './support/harness';

const NOW = new Date();

function record(title: string): DataAsset {
  return { title, containsPersonalData: false, reviewCycleMonths: 12, ownershipStatus: 'Unassigned', lifecycle: 'Active', mission: 'Forgery test' };
}

describe('issue 23, attack 4: a stored OwnershipStatus written by REST is neither shown as the truth nor left unflagged', () => {
  let harness: Harness;
  let forgedId: number;
  let approvedId: number;
  const repos = (user: UserKey): Repositories => createRepositories(harness.sp(user), { log: harness.log });
  const approvals = (user: UserKey): OwnershipApprovalsService => new OwnershipApprovalsService(harness.sp(user), repos(user));
  const inventory = (user: UserKey): InventoryService => new InventoryService(repos(user), new SiteUserSearch(harness.sp(user)), () => NOW);

  /** Alice, a custodian, MERGEs columns onto an asset with a plain REST call (no suite code involved). */
  async function restMerge(user: UserKey, id: number, values: Record<string, unknown>): Promise<void> {
    await harness.sp(user).web.lists.getByTitle(DATA_ASSETS_LIST.title).items.getById(id).update(values);
  }

  before(async () => {
    harness = await startHarness();
    await harness.provision([DATA_ASSETS_LIST, OWNERSHIP_REQUESTS_LIST, OWNERSHIP_DECISIONS_LIST, GOVERNANCE_SETTINGS_LIST, MISSIONS_LIST]);
    harness.emulator.store.upsertGroup('Governance Leads', [USERS.admin.loginName]);
    // A record nobody was ever nominated for, and one Alice really approved (Bob's nomination, Alice's decision).
    forgedId = (await repos('bob').dataAssets.create(record('Water points survey'))).id;
    const approved = await repos('bob').dataAssets.create(record('Shelter registry'));
    approvedId = approved.id;
    const request = await repos('bob').ownershipRequests.create(buildNomination(approved, { nominee: harness.people.alice }, harness.people.bob, NOW));
    const outcome = await approvals('alice').decide(request, { decision: 'Approve' });
    assert.equal(outcome.status, 'Confirmed');
  });
  after(() => harness.close());

  it('the attack: a custodian\'s REST MERGE naming herself custodian with OwnershipStatus=Confirmed is accepted by SharePoint', async () => {
    await restMerge('alice', forgedId, { OwnershipStatus: 'Confirmed', CustodianId: harness.people.alice.id });
    const stored = await repos('admin').dataAssets.getById(forgedId);
    assert.equal(stored.ownershipStatus, 'Confirmed', 'the stored column holds the forged value');
    assert.equal(stored.custodian?.id, harness.people.alice.id);
  });

  it('the inventory page shows the derived status (Unassigned) with the disagreement flagged, in three requests', async () => {
    const service = inventory('bob');
    const before = harness.requests.length;
    const page = await service.page({ filters: { mission: 'Forgery test' }, pageSize: 50 });
    const spent = harness.requests.slice(before);
    const forged = page.items.find((item) => item.id === forgedId);
    assert.ok(forged, 'the forged record is on the page');
    assert.equal(page.ownership.get(forgedId), 'Unassigned');
    assert.deepEqual(compareOwnershipStatus(forged.ownershipStatus, page.ownership.get(forgedId) ?? 'Unassigned'), { derived: 'Unassigned', stored: 'Confirmed', disagrees: true });
    const approved = page.items.find((item) => item.id === approvedId);
    assert.ok(approved);
    assert.equal(page.ownership.get(approvedId), 'Confirmed');
    assert.equal(compareOwnershipStatus(approved.ownershipStatus, 'Confirmed').disagrees, false);
    // The page, then the requests and the decisions of its assets by the indexed Asset lookup (in parallel).
    assert.equal(spent.length, 3, spent.join('\n'));
    assert.equal(spent.filter((line) => /OwnershipRequests|OwnershipDecisions/.test(line) && /AssetId/.test(decodeURIComponent(line))).length, 2, spent.join('\n'));
  });

  it('the ownership filter still matches the stored column, and its result carries the derived status', async () => {
    const page = await inventory('bob').page({ filters: { mission: 'Forgery test', ownershipStatus: 'Confirmed' }, pageSize: 50 });
    assert.deepEqual(page.items.map((item) => item.id).sort((a, b) => a - b), [forgedId, approvedId]);
    assert.equal(page.ownership.get(forgedId), 'Unassigned');
  });

  it('a record just saved gets its derived status read again', async () => {
    const stored = await repos('admin').dataAssets.getById(forgedId);
    const derived = await inventory('bob').derivedOwnership([stored]);
    assert.deepEqual([...derived], [[forgedId, 'Unassigned']]);
  });

  it('the scorecard scores the forged record without the approval and does not count it as a confirmed custodian', async () => {
    const load = await new ScorecardService(repos('admin'), {}, () => NOW).loadAssets(() => undefined);
    const forged = load.records.find((r) => r.asset.id === forgedId);
    const approved = load.records.find((r) => r.asset.id === approvedId);
    assert.ok(forged && approved);
    assert.equal(forged.asset.ownershipStatus, 'Unassigned');
    // Custodian named (0.3) but no valid approval (0.4 withheld); the approved record has both.
    assert.equal(forged.score.dimensions.find((d) => d.key === 'ownership')?.value, 0.3);
    assert.equal(approved.score.dimensions.find((d) => d.key === 'ownership')?.value, 0.7);
    const organisation = findScope(aggregateScorecard(load.records, { missions: [], now: NOW }), 'organisation');
    assert.deepEqual(organisation?.coverage.confirmedCustodian, { numerator: 1, denominator: 2, rate: 0.5 });
  });

  it('stored health is scored with the derived status, on a save and in the leads\' "Recompute stale scores"', async () => {
    const before = await repos('admin').dataAssets.getById(forgedId);
    const saved = await inventory('bob').update(forgedId, { description: 'Edited after the forgery.' }, before.etag);
    const honest = storedHealth({ ...saved, ownershipStatus: 'Unassigned' }, NOW).healthScore ?? Number.NaN;
    const trusting = storedHealth(saved, NOW).healthScore ?? Number.NaN;
    assert.ok(trusting > honest, 'the forged status would be worth points if trusted');
    assert.equal(saved.healthScore, honest);
    assert.equal(saved.ownershipStatus, 'Confirmed', 'a form save does not touch the status column (the recompute does)');

    // The custodian writes the score too; the job puts back the honest one.
    await restMerge('alice', forgedId, { HealthScore: 100, HealthBand: 'Healthy' });
    const result = await new ScorecardService(repos('admin'), {}, () => NOW).recomputeHealth(() => undefined);
    assert.equal(result.failed, 0);
    assert.equal((await repos('admin').dataAssets.getById(forgedId)).healthScore, honest);
  });

  it('the leads\' anomalies list the forged record, and an approved record whose column was reset by hand', async () => {
    await restMerge('alice', approvedId, { OwnershipStatus: 'Unassigned' });
    const anomalies = await approvals('admin').statusAnomalies();
    // By asset id: the forged record was created first.
    assert.deepEqual(anomalies, [
      { assetId: forgedId, title: 'Water points survey', stored: 'Confirmed', derived: 'Unassigned' },
      { assetId: approvedId, title: 'Shelter registry', stored: 'Unassigned', derived: 'Confirmed' }
    ]);
    assert.ok(approvals('admin').recordUrl(forgedId).endsWith(`/Lists/DataAssets/DispForm.aspx?ID=${forgedId}`));
  });

  it('the leads\' "Recompute ownership statuses" repairs both, and nothing is flagged afterwards', async () => {
    const summary = await approvals('admin').recomputeAll(() => undefined);
    assert.equal(summary.failed, 0);
    assert.ok(summary.changed >= 2);
    assert.equal((await repos('admin').dataAssets.getById(forgedId)).ownershipStatus, 'Unassigned');
    assert.equal((await repos('admin').dataAssets.getById(approvedId)).ownershipStatus, 'Confirmed');
    assert.deepEqual(await approvals('admin').statusAnomalies(), []);
    const page = await inventory('bob').page({ filters: { mission: 'Forgery test' }, pageSize: 50 });
    for (const item of page.items) assert.equal(compareOwnershipStatus(item.ownershipStatus, page.ownership.get(item.id) ?? 'Unassigned').disagrees, false);
  });
});
