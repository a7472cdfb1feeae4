import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isGovernanceError } from '../../src/core/errors';
import type { DataAsset } from '../../src/core/models/dataAsset';
import type { GovernanceRoleAssignment } from '../../src/core/models/governanceRole';
import { DATA_ASSETS_LIST, GOVERNANCE_ROLES_LIST, MISSIONS_LIST, OWNERSHIP_DECISIONS_LIST, OWNERSHIP_REQUESTS_LIST } from '../../src/core/schema';
import { addAssignment, createRoutedOwnershipRequest, loadAssignments, siteGroupNames } from '../../src/data/governanceRoles';
import { GOVERNANCE_LEADS_GROUP, SiteDirectory } from '../../src/data/people/siteDirectory';
import { createRepositories, type Repositories } from '../../src/data/repositories/createRepositories';
import { GovernanceRolesService } from '../../src/webparts/governanceRoles/services/GovernanceRolesService';
import { SiteUserSearch } from '../../src/data/people/siteUserSearch';
import { OwnershipApprovalsService } from '../../src/webparts/ownershipApprovals/services/OwnershipApprovalsService';
import { startHarness, type Harness, type UserKey } from './support/harness';

const NOW = new Date();

function record(title: string, mission: string, region: string): DataAsset {
  return { title, mission, region, containsPersonalData: false, reviewCycleMonths: 12, ownershipStatus: 'Unassigned', lifecycle: 'Active' };
}

describe('governance roles route ownership requests to the Accountable (issue 19)', () => {
  let harness: Harness;
  const repos = (user: UserKey): Repositories => createRepositories(harness.sp(user), { log: harness.log });
  const groups = (): Promise<string[]> => siteGroupNames(harness.sp('lead'));
  const assign = async (values: Partial<GovernanceRoleAssignment>): Promise<void> => {
    await addAssignment(repos('lead'), { activity: 'approveOwnership', assigneeKind: 'Person', ...values }, { groups: await groups() });
  };
  const route = (user: UserKey, assetId: number): ReturnType<typeof createRoutedOwnershipRequest> => createRoutedOwnershipRequest(repos(user), new SiteDirectory(harness.sp(user)), assetId, harness.people[user], NOW);

  before(async () => {
    harness = await startHarness();
    await harness.provision([MISSIONS_LIST, DATA_ASSETS_LIST, OWNERSHIP_REQUESTS_LIST, OWNERSHIP_DECISIONS_LIST, GOVERNANCE_ROLES_LIST]);
    // The lead maintains the RACI: the organisation falls to the leads' group; Kenya has its own Accountable (Alice),
    // the region's is the admin; Bob is Informed for Kenya.
    await assign({ scopeKind: 'Organisation', role: 'A', assigneeKind: 'Group', assigneeGroup: GOVERNANCE_LEADS_GROUP });
    await assign({ scopeKind: 'Mission', scopeValue: 'Kenya', role: 'A', assigneePerson: harness.people.alice });
    await assign({ scopeKind: 'Mission', scopeValue: 'Kenya', role: 'I', assigneePerson: harness.people.bob });
    await assign({ scopeKind: 'Region', scopeValue: 'East and Horn of Africa', role: 'A', assigneePerson: harness.people.admin });
  });
  after(() => harness.close());

  it('a new request in a mission with its own Accountable goes to that person, and she decides it', async () => {
    const asset = await repos('bob').dataAssets.create(record('Kenya border crossings', 'Kenya', 'East and Horn of Africa'));
    const { request, route: routed } = await route('bob', asset.id);
    assert.equal(routed.routing.resolvedAt, 'Mission');
    assert.equal(request.nominee.id, harness.people.alice.id, 'the mission Accountable is asked');
    assert.equal(request.author?.id, harness.people.bob.id, 'SharePoint recorded the submitter');
    assert.match(request.message ?? '', /Informed: Bob Requester/);
    const outcome = await new OwnershipApprovalsService(harness.sp('alice'), repos('alice')).decide(request, { decision: 'Approve' });
    assert.equal(outcome.status, 'Confirmed', 'the routed decider\'s approval counts');
  });

  it('falls back to the region, then to the Governance Leads group', async () => {
    const uganda = await repos('bob').dataAssets.create(record('Uganda health survey', 'Uganda', 'East and Horn of Africa'));
    assert.equal((await route('bob', uganda.id)).request.nominee.id, harness.people.admin.id);
    const peru = await repos('bob').dataAssets.create(record('Peru registry', 'Peru', 'South America'));
    const { request, route: routed } = await route('bob', peru.id);
    assert.equal(routed.routing.resolvedAt, 'Organisation');
    assert.equal(request.nominee.id, harness.people.lead.id, 'a member of the leads group decides');
  });

  it('never routes to the submitter: the mission Accountable submitting goes to the region', async () => {
    const asset = await repos('alice').dataAssets.create(record('Kenya staff list', 'Kenya', 'East and Horn of Africa'));
    const { request } = await route('alice', asset.id);
    assert.equal(request.nominee.id, harness.people.admin.id);
  });

  it('refuses bad assignments with their codes and writes nothing', async () => {
    const before = await loadAssignments(repos('lead'));
    const refused = async (values: Partial<GovernanceRoleAssignment>): Promise<string[]> => {
      try {
        await assign(values);
      } catch (error) {
        assert.ok(isGovernanceError(error, 'Validation'));
        return error.issues.map((i) => i.code);
      }
      return [];
    };
    assert.deepEqual(await refused({ scopeKind: 'Mission', scopeValue: 'Kenya', role: 'A', assigneePerson: harness.people.alice }), ['duplicate']);
    assert.deepEqual(await refused({ scopeKind: 'Organisation', role: 'C', assigneeKind: 'Group', assigneeGroup: 'No Such Group' }), ['unknownGroup']);
    assert.deepEqual(await refused({ role: 'R', assigneePerson: harness.people.bob, scopeKind: undefined }), ['scopeRequired']);
    assert.equal((await loadAssignments(repos('lead'))).length, before.length);
  });

  it('the service refuses a person who is not a site user, and a group the site does not have, with their codes', async () => {
    const sp = harness.sp('lead');
    const service = new GovernanceRolesService(sp, repos('lead'), new SiteUserSearch(sp), new SiteDirectory(sp));
    const codes = async (values: Partial<GovernanceRoleAssignment>): Promise<string[]> => {
      try {
        await service.add({ activity: 'validateDPIA', scopeKind: 'Organisation', role: 'C', ...values });
      } catch (error) {
        assert.ok(isGovernanceError(error, 'Validation'));
        return error.issues.map((i) => i.code);
      }
      return [];
    };
    assert.deepEqual(await codes({ assigneeKind: 'Person', assigneePerson: { id: 9999, title: 'Nobody Here' } }), ['unknownPerson']);
    assert.deepEqual(await codes({ assigneeKind: 'Group', assigneeGroup: 'Ghosts' }), ['unknownGroup']);
    assert.deepEqual(await codes({ assigneeKind: 'Person', assigneePerson: harness.people.bob }), []);
    const session = await service.session();
    assert.equal(session.isLead, true);
    assert.ok(session.groups.includes(GOVERNANCE_LEADS_GROUP));
  });

  it('only the leads write the matrix (leadsWrite)', async () => {
    await assert.rejects(
      addAssignment(repos('bob'), { activity: 'acceptRisk', scopeKind: 'Organisation', role: 'A', assigneeKind: 'Person', assigneePerson: harness.people.bob }, { groups: [] }),
      (error: unknown) => isGovernanceError(error, 'Forbidden') || isGovernanceError(error, 'Unauthorized')
    );
  });
});
