/**
 * AI classification verification routed by the governance roles (issue 19, part 2), against the emulator: a system
 * used in one mission with its own Accountable is routed to that person, who verifies although not a lead and whose
 * decision counts; without an Accountable the Governance Leads group decides; the submitter is passed over; a page of
 * the register reads the matrix once.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { emptyAIActProfile } from '../../src/core/aiAct/profile';
import type { GovernanceRoleAssignment } from '../../src/core/models/governanceRole';
import { AI_VERIFICATIONS_LIST, GOVERNANCE_ROLES_LIST } from '../../src/core/schema';
import { addAssignment, siteGroupNames } from '../../src/data/governanceRoles';
import { GOVERNANCE_LEADS_GROUP, SiteDirectory } from '../../src/data/people/siteDirectory';
import { SiteUserSearch } from '../../src/data/people/siteUserSearch';
import { createRepositories, type Repositories } from '../../src/data/repositories/createRepositories';
import { AIRegistryService } from '../../src/webparts/aiRegistry/services/AIRegistryService';
import { startHarness, type Harness, type UserKey } from './support/harness';
import { refusedWith } from './support/refusals';

const REGION = 'East and Horn of Africa';
const profile = emptyAIActProfile({ annexIIIUses: ['7b'], profilesNaturalPersons: true, publicBody: true });

describe('AI verification routed by the governance roles (issue 19)', () => {
  let harness: Harness;
  let kenya: number;
  const repos = (user: UserKey): Repositories => createRepositories(harness.sp(user), { log: harness.log });
  const service = (user: UserKey): AIRegistryService => new AIRegistryService(repos(user), new SiteUserSearch(harness.sp(user)), new SiteDirectory(harness.sp(user)));
  const assign = async (values: Partial<GovernanceRoleAssignment>): Promise<void> => {
    await addAssignment(repos('lead'), { activity: 'verifyAIClassification', assigneeKind: 'Person', ...values }, { groups: await siteGroupNames(harness.sp('lead')) });
  };
  const matrixReads = (mark: number): string[] => harness.requests.slice(mark).filter((line) => line.includes(GOVERNANCE_ROLES_LIST.title));

  /** A system `user` registers and classifies (so they are its submitter), used in Kenya or in department `department`. */
  async function classified(user: UserKey, title: string, where: { mission?: boolean; department?: string }): Promise<number> {
    const created = await service(user).create({ title, lifecycle: 'Pilot', approvalStatus: 'Pending review', department: where.department, missions: where.mission ? [{ id: kenya }] : undefined });
    const row = await service(user).saveClassification(created.system.id, { profile, applicabilityBasis: 'Voluntary alignment' }, created.system.etag);
    assert.equal(row.verification.submittedBy?.id, harness.people[user].id);
    return row.system.id;
  }

  before(async () => {
    harness = await startHarness();
    await harness.provision();
    kenya = (await repos('admin').missions.create({ title: 'Kenya', code: 'KEN', region: REGION })).id;
    // The organisation falls to the leads' group (Lena its only member); Kenya's Accountable is Alice (not a lead),
    // Lena Informed; the region's Accountable is the admin.
    await assign({ scopeKind: 'Organisation', role: 'A', assigneeKind: 'Group', assigneeGroup: GOVERNANCE_LEADS_GROUP });
    await assign({ scopeKind: 'Mission', scopeValue: 'Kenya', role: 'A', assigneePerson: harness.people.alice });
    await assign({ scopeKind: 'Mission', scopeValue: 'Kenya', role: 'I', assigneePerson: harness.people.lead });
    await assign({ scopeKind: 'Region', scopeValue: REGION, role: 'A', assigneePerson: harness.people.admin });
  });
  after(() => harness.close());

  it('routes a Kenya system to Kenya\'s Accountable, who sees it awaiting her, verifies it although not a lead, and it counts', async () => {
    const id = await classified('bob', 'Kenya border risk scorer', { mission: true });
    assert.equal((await service('alice').currentUser()).isLead, false);
    const row = await service('bob').getRow(id);
    assert.equal(row.route?.decider?.id, harness.people.alice.id);
    assert.equal(row.route?.resolvedAt, 'Mission');
    assert.equal(row.route?.scopeName, 'Kenya');
    assert.deepEqual(row.route?.informed.map((i) => (i.kind === 'Person' ? i.person.title : i.group)), ['Lena Lead']);
    assert.deepEqual((await service('alice').awaitingMyVerification()).map((r) => r.system.id), [id]);
    assert.deepEqual((await service('bob').awaitingMyVerification()).map((r) => r.system.id), [], 'the submitter awaits nothing');

    const verified = await service('alice').verify(id, 'Verified', 'Checked for Kenya');
    assert.equal(verified.verification.state, 'Verified');
    assert.equal(verified.verification.by?.id, harness.people.alice.id);
    assert.equal((await service('admin').getRow(id)).system.verificationState, 'Verified', 'the cached column follows');
    assert.deepEqual((await service('alice').awaitingMyVerification()).map((r) => r.system.id), [], 'it left her queue');
  });

  it('falls back to the Governance Leads group where nobody is Accountable: the lead verifies, a non-routed user\'s decision does not count', async () => {
    const id = await classified('bob', 'Finance invoice reader', { department: 'Finance' });
    const row = await service('bob').getRow(id);
    assert.equal(row.route?.resolvedAt, 'Organisation');
    assert.equal(row.route?.accountable.kind, 'Group');
    assert.equal(row.route?.decider?.id, harness.people.lead.id);
    await assert.rejects(service('alice').verify(id, 'Verified'), refusedWith('notALead'));
    // Alice posts a decision straight through PnPjs, as any client could: SharePoint records her as Author, and she is
    // neither a lead nor routed here.
    await harness.repository(AI_VERIFICATIONS_LIST, 'alice').create({ title: 'Not mine', system: { id }, decision: 'Verified', profileHash: row.system.profileHash ?? '' });
    const after = await service('bob').getRow(id);
    assert.equal(after.verification.state, 'Unverified');
    assert.deepEqual(after.verification.ignored.map((i) => i.reason), ['notALead']);
    assert.equal((await service('lead').verify(id, 'Verified')).verification.state, 'Verified', 'the lead decides as before');
  });

  it('passes over the submitter: Kenya\'s Accountable submits, the region\'s Accountable is routed, and her own decision does not count', async () => {
    const id = await classified('alice', 'Kenya asylum triage', { mission: true });
    const row = await service('alice').getRow(id);
    assert.equal(row.route?.resolvedAt, 'Region');
    assert.equal(row.route?.scopeName, REGION);
    assert.equal(row.route?.decider?.id, harness.people.admin.id);
    await assert.rejects(service('alice').verify(id, 'Verified'), refusedWith('notALead'));
    await harness.repository(AI_VERIFICATIONS_LIST, 'alice').create({ title: 'Self', system: { id }, decision: 'Verified', profileHash: row.system.profileHash ?? '' });
    // The route passed her over, so she is neither a lead nor routed here: her decision does not count.
    assert.deepEqual((await service('bob').getRow(id)).verification.ignored.map((i) => i.reason), ['notALead']);
    assert.equal((await service('admin').verify(id, 'Returned', 'Check 7(c)')).verification.state, 'Returned');
  });

  it('routes a whole page of the register with one read of the matrix', async () => {
    await classified('bob', 'Kenya chatbot', { mission: true });
    await classified('bob', 'HR screening', { department: 'Human resources' });
    const mark = harness.requests.length;
    const page = await service('bob').page({ filters: {}, pageSize: 50 });
    assert.ok(page.items.filter((r) => r.route !== undefined).length >= 5, 'every classified system on the page is routed');
    assert.equal(matrixReads(mark).length, 1, `one read of the RACI for the page: ${matrixReads(mark).join(' | ')}`);
  });
});
