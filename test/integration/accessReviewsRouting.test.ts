/**
 * The access review campaign's fallback reviewer proposed by the governance roles (issue 19, part 2), through the
 * production service against the emulator: the Accountable for "decide access reviews" at the campaign's mission,
 * region or the organisation (a group proposes its first member who is not the lead creating the campaign), one read
 * of the matrix per proposal; a campaign created with the proposal routes self-reviews to that person, whose
 * decision counts by the campaign's existing rule.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { GovernanceRoleAssignment } from '../../src/core/models/governanceRole';
import { GOVERNANCE_ROLES_LIST } from '../../src/core/schema';
import { addAssignment, DECIDE_ACCESS_REVIEWS, siteGroupNames } from '../../src/data/governanceRoles';
import { GOVERNANCE_LEADS_GROUP } from '../../src/data/people/siteDirectory';
import { FakeDirectoryReader, fakeGroup, fakeUser } from '../../src/webparts/accessReviews/testing/fakeDirectoryReader';
import type { MyReviewRow } from '../../src/webparts/accessReviews/services/IAccessReviewService';
import { draft, reviewService, type ReviewerSession } from './support/accessReviewFixtures';
import { startHarness, type Harness, type UserKey } from './support/harness';

const REGION = 'East and Horn of Africa';
const alice = fakeUser('alice');
const bob = fakeUser('bob');
const reader = new FakeDirectoryReader({ groups: [{ group: fakeGroup('g-finance', 'Finance'), owners: [alice], members: [alice, bob] }] });

describe('access reviews: the fallback reviewer proposed by the governance roles (issue 19)', () => {
  let h: Harness;
  const as = (user: UserKey): ReviewerSession => reviewService(h, user, reader);
  const assign = async (values: Partial<GovernanceRoleAssignment>): Promise<void> => {
    await addAssignment(as('lead').repositories, { activity: DECIDE_ACCESS_REVIEWS, assigneeKind: 'Person', ...values }, { groups: await siteGroupNames(h.sp('lead')) });
  };
  const matrixReads = (mark: number): string[] => h.requests.slice(mark).filter((line) => line.includes(GOVERNANCE_ROLES_LIST.title));

  before(async () => {
    h = await startHarness();
    await h.provision();
    // The leads' group (Lena, and the admin) is Accountable for the organisation; Kenya has Alice, Informed Bob; the
    // region has Bob; South America names Lena herself.
    h.addToGroup('admin', GOVERNANCE_LEADS_GROUP);
    await assign({ scopeKind: 'Organisation', role: 'A', assigneeKind: 'Group', assigneeGroup: GOVERNANCE_LEADS_GROUP });
    await assign({ scopeKind: 'Mission', scopeValue: 'Kenya', role: 'A', assigneePerson: h.people.alice });
    await assign({ scopeKind: 'Mission', scopeValue: 'Kenya', role: 'I', assigneePerson: h.people.bob });
    await assign({ scopeKind: 'Region', scopeValue: REGION, role: 'A', assigneePerson: h.people.bob });
    await assign({ scopeKind: 'Region', scopeValue: 'South America', role: 'A', assigneePerson: h.people.lead });
  });
  after(() => h.close());

  it('an organisation-wide campaign proposes a member of the leads\' group who is not the lead creating it, with one read of the matrix', async () => {
    const lead = as('lead').service;
    await lead.session();
    const mark = h.requests.length;
    const proposal = await lead.proposeFallbackReviewer({});
    assert.equal(matrixReads(mark).length, 1);
    assert.deepEqual(proposal.routing.accountable, { kind: 'Group', group: GOVERNANCE_LEADS_GROUP });
    assert.equal(proposal.routing.resolvedAt, 'Organisation');
    assert.equal(proposal.decider?.id, h.people.admin.id, 'never the lead creating the campaign');
  });

  it('a campaign of a region proposes its Accountable, and of one mission the mission\'s, with the Informed', async () => {
    const lead = as('lead').service;
    const region = await lead.proposeFallbackReviewer({ region: REGION });
    assert.equal(region.decider?.id, h.people.bob.id);
    assert.equal(region.routing.resolvedAt, 'Region');
    assert.equal(region.scopeName, REGION);
    const kenya = await lead.proposeFallbackReviewer({ region: REGION, mission: 'Kenya' });
    assert.equal(kenya.decider?.id, h.people.alice.id);
    assert.equal(kenya.routing.resolvedAt, 'Mission');
    assert.equal(kenya.scopeName, 'Kenya');
    assert.deepEqual(kenya.routing.informed.map((i) => (i.kind === 'Person' ? i.person.id : i.group)), [h.people.bob.id]);
  });

  it('the lead is passed over as a region\'s Accountable: the proposal falls to the organisation\'s group', async () => {
    const proposal = await as('lead').service.proposeFallbackReviewer({ region: 'South America' });
    assert.equal(proposal.routing.resolvedAt, 'Organisation');
    assert.equal(proposal.decider?.id, h.people.admin.id);
  });

  it('a campaign created with the proposal sends the group owner\'s self-review to the proposed reviewer, whose decision counts', async () => {
    const lead = as('lead').service;
    const proposal = await lead.proposeFallbackReviewer({});
    assert.ok(proposal.decider);
    const campaign = await lead.createCampaign(draft('Finance, routed fallback', { kind: 'Groups', groupIds: ['g-finance'] }, proposal.decider), { start: true });
    assert.equal(campaign.fallbackReviewer.id, h.people.admin.id);
    const rows = await as('admin').service.myReviews();
    const selfReview = rows.find((r) => r.item.principalKey === 'user-alice' && r.item.entitlementKind === 'Owner') as MyReviewRow;
    assert.ok(selfReview, 'alice owns the group she is reviewed in: the proposed fallback reviews her');
    assert.deepEqual(await as('admin').service.decide([selfReview], 'Keep', 'Still the finance team\'s owner.'), [{ itemId: selfReview.item.id, ok: true }]);
    const decided = (await lead.campaignDetail(campaign.id)).reviewed.find((r) => r.item.id === selfReview.item.id);
    assert.equal(decided?.state.decision?.decision, 'Keep');
    assert.equal(decided?.state.decision?.author?.id, h.people.admin.id);
  });
});
