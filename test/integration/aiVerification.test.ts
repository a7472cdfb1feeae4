import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { emptyAIActProfile } from '../../src/core/aiAct/profile';
import { isGovernanceError } from '../../src/core/errors';
import { AI_VERIFICATIONS_LIST } from '../../src/core/schema';
import { SiteDirectory } from '../../src/data/people/siteDirectory';
import { SiteUserSearch } from '../../src/data/people/siteUserSearch';
import { createRepositories } from '../../src/data/repositories/createRepositories';
import { AIRegistryService } from '../../src/webparts/aiRegistry/services/AIRegistryService';
import { registerCsv, type RegisterCsvLabels } from '../../src/webparts/aiRegistry/services/registerCsv';
import { startHarness, USERS, type Harness, type UserKey } from './support/harness';
import { refusedWith } from './support/refusals';

const migrationTool = emptyAIActProfile({ annexIIIUses: ['7b'], profilesNaturalPersons: true, publicBody: true });

describe('AI classification verification (segregation of duties, against the emulator)', () => {
  let harness: Harness;
  const service = (user: UserKey): AIRegistryService => {
    const sp = harness.sp(user);
    return new AIRegistryService(createRepositories(sp, { log: harness.log }), new SiteUserSearch(sp), new SiteDirectory(sp));
  };

  before(async () => {
    harness = await startHarness();
    await harness.provision();
    // alice and admin are governance leads; bob is staff.
    harness.emulator.store.upsertGroup('Governance Leads', [USERS.alice.loginName, USERS.admin.loginName]);
  });
  after(() => harness.close());

  async function classifiedBy(user: UserKey, title: string): Promise<number> {
    const created = await service(user).create({ title, lifecycle: 'Pilot', approvalStatus: 'Pending review' });
    const row = await service(user).saveClassification(created.system.id, { profile: migrationTool, applicabilityBasis: 'Voluntary alignment' }, created.system.etag);
    assert.equal(row.system.riskTier, 'high');
    assert.equal(row.system.classifiedBy?.id, harness.people[user].id);
    assert.equal(row.verification.state, 'Unverified');
    return row.system.id;
  }

  it('recognises leads by membership of the Governance Leads group', async () => {
    assert.equal((await service('alice').currentUser()).isLead, true);
    assert.equal((await service('bob').currentUser()).isLead, false);
  });

  it('a lead verifies a classification someone else submitted, and the register shows who and when', async () => {
    const id = await classifiedBy('bob', 'Border risk scorer');
    const row = await service('alice').verify(id, 'Verified', 'Grounds checked');
    assert.equal(row.verification.state, 'Verified');
    assert.equal(row.verification.by?.id, harness.people.alice.id);
    assert.equal(row.system.verificationState, 'Verified', 'cached column follows');
    assert.equal(row.system.verifiedBy?.id, harness.people.alice.id);
    assert.equal(row.system.reviewPriority, 11);
  });

  it('the submitter cannot verify their own classification, even as a lead, and a decision they post anyway does not count', async () => {
    const id = await classifiedBy('alice', 'Asylum case triage');
    await assert.rejects(service('alice').verify(id, 'Verified'), refusedWith('submitterCannotVerify'));
    const system = (await service('alice').getRow(id)).system;
    // Bypassing the service: alice writes a decision item straight through PnPjs, as any client could.
    await harness.repository(AI_VERIFICATIONS_LIST, 'alice').create({ title: 'Self', system: { id }, decision: 'Verified', profileHash: system.profileHash ?? '' });
    const row = await service('bob').getRow(id);
    assert.equal(row.verification.state, 'Unverified');
    assert.deepEqual(row.verification.ignored.map((i) => i.reason), ['submitterVerified']);
  });

  it('a forged author does not count: SharePoint sets Author from the signed-in user', async () => {
    const id = await classifiedBy('admin', 'Visa document OCR');
    const system = (await service('bob').getRow(id)).system;
    // bob (not a lead) posts a decision claiming alice as its author.
    await harness.sp('bob').web.lists.getByTitle(AI_VERIFICATIONS_LIST.title).items.add({
      Title: 'Forged', SystemId: id, Decision: 'Verified', ProfileHash: system.profileHash, AuthorId: harness.people.alice.id, EditorId: harness.people.alice.id
    });
    const row = await service('admin').getRow(id);
    assert.equal(row.verification.state, 'Unverified');
    assert.equal(row.verification.ignored[0]?.decision.author?.id, harness.people.bob.id);
    assert.equal(row.verification.ignored[0]?.reason, 'notALead');
    await assert.rejects(service('bob').verify(id, 'Verified'), refusedWith('notALead'));
  });

  it('changing any answer resets verification to Unverified; saving the same answers keeps it', async () => {
    const id = await classifiedBy('bob', 'Irregular migration forecaster');
    let row = await service('alice').verify(id, 'Verified');
    assert.equal(row.verification.state, 'Verified');

    row = await service('bob').saveClassification(id, { profile: migrationTool, applicabilityBasis: 'Legally applicable' }, row.system.etag);
    assert.equal(row.verification.state, 'Verified', 'same answers, only the applicability basis changed');

    row = await service('bob').saveClassification(id, { profile: { ...migrationTool, transparencyTriggers: ['interactsWithPersons'] }, applicabilityBasis: 'Legally applicable' }, row.system.etag);
    assert.equal(row.verification.state, 'Unverified');
    assert.equal(row.system.verificationState, 'Unverified');
    assert.equal(row.system.verifiedBy, undefined);
    assert.equal(row.verification.ignored[0]?.reason, 'answersChanged');
  });

  it('a stale ETag on a classification save is a Conflict, not a silent overwrite', async () => {
    const created = await service('bob').create({ title: 'Translation assistant', lifecycle: 'Production', approvalStatus: 'Approved' });
    await service('bob').update(created.system.id, { vendor: 'Contoso' }, created.system.etag);
    await assert.rejects(
      service('bob').saveClassification(created.system.id, { profile: emptyAIActProfile(), applicabilityBasis: 'Voluntary alignment' }, created.system.etag),
      (e: unknown) => isGovernanceError(e, 'Conflict')
    );
  });

  it('lists unverified high-risk systems first and exports a formula-safe CSV', async () => {
    const bob = service('bob');
    const minimal = await bob.create({ title: '=HYPERLINK("http://x")', lifecycle: 'Proposed', approvalStatus: 'Pending review' });
    await bob.saveClassification(minimal.system.id, { profile: emptyAIActProfile(), applicabilityBasis: 'Voluntary alignment' }, minimal.system.etag);
    const page = await bob.page({ filters: {}, pageSize: 50 });
    const first = page.items[0];
    assert.equal(first.system.riskTier, 'high');
    assert.notEqual(first.verification.state, 'Verified');
    const priorities = page.items.map((r) => r.system.reviewPriority ?? 99);
    assert.deepEqual(priorities, [...priorities].sort((a, b) => a - b));

    const rows = await bob.exportRows({});
    const labels: RegisterCsvLabels = {
      headers: {
        id: 'ID', title: 'Title', vendor: 'Vendor', systemType: 'Type', department: 'Department', lifecycle: 'Lifecycle', approvalStatus: 'Approval',
        businessOwner: 'Business owner', technicalOwner: 'Technical owner', riskTier: 'Tier', grounds: 'Grounds', obligations: 'Obligations',
        needsReview: 'Needs review', applicabilityBasis: 'Applicability', verificationState: 'Verification', verifiedBy: 'Verified by',
        verifiedOn: 'Verified on', submittedBy: 'Submitted by', nextReviewDate: 'Next review', linkedDatasets: 'Datasets'
      },
      tier: (t) => t, obligation: (o) => o, yes: 'Yes', no: 'No'
    };
    const csv = registerCsv(rows, labels);
    assert.equal(rows.length, page.items.length);
    assert.match(csv, /Border risk scorer,[^\r\n]*,high,Annex III 7\(b\),aiLiteracy; humanOversight/);
    assert.match(csv, /,Verified,Alice Custodian,/);
    assert.match(csv, /"'=HYPERLINK\(""http:\/\/x""\)"/, 'the formula is quoted as text');
  });
});
