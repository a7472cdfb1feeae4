/**
 * The inventory's "Nominate custodian" dialogs routed by the governance roles (issue 19): the NominationService
 * path the single and bulk dialogs use (`routes`, then `nominate` / `nominateMany` with them) against the emulator,
 * as the users SharePoint would see.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isGovernanceError } from '../../src/core/errors';
import type { Stored } from '../../src/core/models/common';
import type { DataAsset } from '../../src/core/models/dataAsset';
import type { GovernanceRoleAssignment } from '../../src/core/models/governanceRole';
import type { OwnershipRequest } from '../../src/core/models/ownershipRequest';
import { DATA_ASSETS_LIST, GOVERNANCE_ROLES_LIST, MISSIONS_LIST, OWNERSHIP_DECISIONS_LIST, OWNERSHIP_REQUESTS_LIST } from '../../src/core/schema';
import { addAssignment, siteGroupNames } from '../../src/data/governanceRoles';
import { GOVERNANCE_LEADS_GROUP } from '../../src/data/people/siteDirectory';
import { createRepositories, type Repositories } from '../../src/data/repositories/createRepositories';
import { readAll } from '../../src/data/query/readMatching';
import { NominationService } from '../../src/webparts/dataInventory/services/NominationService';
import { OwnershipApprovalsService } from '../../src/webparts/ownershipApprovals/services/OwnershipApprovalsService';
import { startHarness, type Harness, type UserKey } from './support/harness';

const REGION = 'East and Horn of Africa';

function record(title: string, mission: string, region: string): DataAsset {
  return { title, mission, region, containsPersonalData: false, reviewCycleMonths: 12, ownershipStatus: 'Unassigned', lifecycle: 'Active' };
}

/** A due date a week ahead (yyyy-mm-dd). */
function dueInAWeek(): string {
  return new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
}

describe('the Nominate custodian dialogs route by the governance roles (issue 19)', () => {
  let harness: Harness;
  const repos = (user: UserKey): Repositories => createRepositories(harness.sp(user), { log: harness.log });
  const service = (user: UserKey): NominationService => new NominationService(harness.sp(user), repos(user), { search: () => Promise.resolve([]) });
  const requestsFor = async (assetId: number): Promise<Stored<OwnershipRequest>[]> => (await readAll(repos('admin').ownershipRequests, {})).filter((r) => r.asset?.id === assetId);
  const assign = async (values: Partial<GovernanceRoleAssignment>): Promise<void> => {
    await addAssignment(repos('lead'), { activity: 'approveOwnership', assigneeKind: 'Person', ...values }, { groups: await siteGroupNames(harness.sp('lead')) });
  };
  /** Requests to the RACI list since `mark` (the emulator logs one line per request answered). */
  const matrixReads = (mark: number): string[] => harness.requests.slice(mark).filter((line) => line.includes(GOVERNANCE_ROLES_LIST.title));

  before(async () => {
    harness = await startHarness();
    await harness.provision([MISSIONS_LIST, DATA_ASSETS_LIST, OWNERSHIP_REQUESTS_LIST, OWNERSHIP_DECISIONS_LIST, GOVERNANCE_ROLES_LIST]);
    // The organisation falls to the leads' group (Lena its only member); Kenya has its own Accountable (Alice) and
    // Lena Informed; the region's Accountable is the admin.
    await assign({ scopeKind: 'Organisation', role: 'A', assigneeKind: 'Group', assigneeGroup: GOVERNANCE_LEADS_GROUP });
    await assign({ scopeKind: 'Mission', scopeValue: 'Kenya', role: 'A', assigneePerson: harness.people.alice });
    await assign({ scopeKind: 'Mission', scopeValue: 'Kenya', role: 'I', assigneePerson: harness.people.lead });
    await assign({ scopeKind: 'Region', scopeValue: REGION, role: 'A', assigneePerson: harness.people.admin });
  });
  after(() => harness.close());

  it('single: the dialog\'s route names Kenya\'s Accountable, the request goes to her with the Informed, and her approval counts', async () => {
    const asset = await repos('bob').dataAssets.create(record('Kenya border crossings', 'Kenya', REGION));
    const bob = service('bob');
    const [route] = await bob.routes([asset]);
    assert.equal(route.decider?.id, harness.people.alice.id);
    assert.equal(route.resolvedAt, 'Mission');
    assert.equal(route.scopeName, 'Kenya');
    assert.deepEqual(route.informed.map((i) => (i.kind === 'Person' ? i.person.title : i.group)), ['Lena Lead']);

    // The focal point keeps the routed person: the draft names nobody.
    const stored = await bob.nominate(asset, { dueDate: dueInAWeek(), message: 'Please confirm.' }, route);
    assert.equal(stored.ownershipStatus, 'Pending');
    const [request] = await requestsFor(asset.id);
    assert.equal(request.nominee.id, harness.people.alice.id, 'the routed decider is the request\'s nominee');
    assert.equal(request.author?.id, harness.people.bob.id, 'SharePoint recorded the submitter');
    assert.equal(request.message, 'Please confirm.\n\nInformed: Lena Lead');

    // The existing counting rule decides: the nominee's own approval on someone else's nomination.
    const outcome = await new OwnershipApprovalsService(harness.sp('alice'), repos('alice')).decide(request, { decision: 'Approve' });
    assert.equal(outcome.status, 'Confirmed');
    assert.equal((await repos('admin').dataAssets.getById(asset.id)).custodian?.id, harness.people.alice.id);
  });

  it('single: another nominee chosen in the dialog is asked instead, and the request still lists the Informed', async () => {
    const asset = await repos('bob').dataAssets.create(record('Kenya clinic visits', 'Kenya', REGION));
    const bob = service('bob');
    const [route] = await bob.routes([asset]);
    await bob.nominate(asset, { nominee: harness.people.admin, dueDate: dueInAWeek() }, route);
    const [request] = await requestsFor(asset.id);
    assert.equal(request.nominee.id, harness.people.admin.id);
    assert.equal(request.message, 'Informed: Lena Lead');
  });

  it('single: nobody but the submitter could decide (the leads\' group has no other member): Validation noDecider, nothing written', async () => {
    const asset = await repos('lead').dataAssets.create(record('Peru registry', 'Peru', 'South America'));
    const lena = service('lead');
    const [route] = await lena.routes([asset]);
    assert.equal(route.decider, undefined);
    assert.equal(route.resolvedAt, 'Organisation');
    await assert.rejects(lena.nominate(asset, { dueDate: dueInAWeek() }, route), (error: unknown) => isGovernanceError(error, 'Validation') && error.issues.some((i) => i.code === 'noDecider'));
    assert.deepEqual(await requestsFor(asset.id), []);
    assert.equal((await repos('admin').dataAssets.getById(asset.id)).ownershipStatus, 'Unassigned');
  });

  it('single: the user\'s message is checked as typed before the Informed are added (too long: nothing written)', async () => {
    const asset = await repos('bob').dataAssets.create(record('Kenya long message', 'Kenya', REGION));
    const bob = service('bob');
    const [route] = await bob.routes([asset]);
    await assert.rejects(bob.nominate(asset, { dueDate: dueInAWeek(), message: 'x'.repeat(2001) }, route), (error: unknown) => isGovernanceError(error, 'Validation') && error.issues.some((i) => i.code === 'messageTooLong'));
    assert.deepEqual(await requestsFor(asset.id), []);
  });

  it('bulk: records of different missions go to different people, with one read of the matrix for all of them', async () => {
    const bobRepos = repos('bob');
    const assets = [
      await bobRepos.dataAssets.create(record('Kenya survey A', 'Kenya', REGION)),
      await bobRepos.dataAssets.create(record('Uganda survey', 'Uganda', REGION)),
      await bobRepos.dataAssets.create(record('Kenya survey B', 'Kenya', REGION)),
      await bobRepos.dataAssets.create(record('Peru survey', 'Peru', 'South America'))
    ];
    const bob = service('bob');
    await bob.currentUser();
    const mark = harness.requests.length;
    const routes = await bob.routes(assets);
    assert.equal(matrixReads(mark).length, 1, `one read of the RACI for four records: ${matrixReads(mark).join(' | ')}`);
    assert.deepEqual(routes.map((r) => [r.decider?.title, r.resolvedAt]), [['Alice Custodian', 'Mission'], ['Site Admin', 'Region'], ['Alice Custodian', 'Mission'], ['Lena Lead', 'Organisation']]);

    const rows = await bob.nominateMany(assets, { dueDate: dueInAWeek() }, routes);
    assert.deepEqual(rows.map((r) => [r.title, r.ok, r.nominee?.title]), [
      ['Kenya survey A', true, 'Alice Custodian'],
      ['Uganda survey', true, 'Site Admin'],
      ['Kenya survey B', true, 'Alice Custodian'],
      ['Peru survey', true, 'Lena Lead']
    ]);
    for (const [i, asset] of assets.entries()) {
      const requests = await requestsFor(asset.id);
      assert.equal(requests.length, 1, asset.title);
      assert.equal(requests[0].nominee.id, routes[i].decider?.id, asset.title);
      assert.equal((await repos('admin').dataAssets.getById(asset.id)).ownershipStatus, 'Pending', asset.title);
    }
    assert.equal((await requestsFor(assets[0].id))[0].message, 'Informed: Lena Lead');
    assert.equal((await requestsFor(assets[1].id))[0].message, undefined, 'Uganda has nobody Informed');
  });

  it('bulk: a record nobody but the submitter could decide is reported and not written; the others are sent', async () => {
    const leadRepos = repos('lead');
    const kenya = await leadRepos.dataAssets.create(record('Kenya payroll', 'Kenya', REGION));
    const peru = await leadRepos.dataAssets.create(record('Peru payroll', 'Peru', 'South America'));
    const lena = service('lead');
    const routes = await lena.routes([kenya, peru]);
    const rows = await lena.nominateMany([kenya, peru], { dueDate: dueInAWeek() }, routes);
    assert.deepEqual(rows.map((r) => [r.title, r.ok, r.code, r.nominee?.title]), [
      ['Kenya payroll', true, undefined, 'Alice Custodian'],
      ['Peru payroll', false, 'noDecider', undefined]
    ]);
    assert.equal((await requestsFor(kenya.id)).length, 1);
    assert.deepEqual(await requestsFor(peru.id), [], 'nothing written for the record nobody can decide');
    assert.equal((await repos('admin').dataAssets.getById(peru.id)).ownershipStatus, 'Unassigned');
  });

  it('bulk: a due date in the past stops everything before any write', async () => {
    const asset = await repos('bob').dataAssets.create(record('Kenya past due', 'Kenya', REGION));
    const bob = service('bob');
    const routes = await bob.routes([asset]);
    await assert.rejects(bob.nominateMany([asset], { dueDate: '2020-01-01' }, routes), (error: unknown) => isGovernanceError(error, 'Validation') && error.issues.some((i) => i.code === 'dueDatePast'));
    assert.deepEqual(await requestsFor(asset.id), []);
  });

  it('bulk: one chosen nominee for every record, as before, with each record\'s Informed', async () => {
    const bobRepos = repos('bob');
    const assets = [await bobRepos.dataAssets.create(record('Kenya chosen', 'Kenya', REGION)), await bobRepos.dataAssets.create(record('Uganda chosen', 'Uganda', REGION))];
    const bob = service('bob');
    const routes = await bob.routes(assets);
    const rows = await bob.nominateMany(assets, { nominee: harness.people.lead, dueDate: dueInAWeek() }, routes);
    assert.ok(rows.every((r) => r.ok && r.nominee?.id === harness.people.lead.id));
    assert.equal((await requestsFor(assets[0].id))[0].message, 'Informed: Lena Lead');
    assert.equal((await requestsFor(assets[1].id))[0].nominee.id, harness.people.lead.id);
  });
});
