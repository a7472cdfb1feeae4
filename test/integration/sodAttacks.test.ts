/**
 * Issue 23, attacks 1-3, replayed as a hostile member would: plain REST writes to the workbench's SharePoint as the
 * personas, then the production services read the result. None of the forged facts may count, and each is flagged.
 * (The permission half of attack 3, a non-lead refused when writing GovernanceSettings, is in permissions.test.ts.)
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { emptyAIActProfile } from '../../src/core/aiAct/profile';
import { profileHash } from '../../src/core/aiRegistry/profileHash';
import type { Stored } from '../../src/core/models/common';
import type { Risk } from '../../src/core/models/risk';
import { deriveAcceptance, type AcceptanceDerivation } from '../../src/core/risk';
import { AI_SYSTEMS_LIST, AI_VERIFICATIONS_LIST, GOVERNANCE_SETTINGS_LIST, RISK_ACCEPTANCES_LIST, RISKS_LIST } from '../../src/core/schema';
import { GOVERNANCE_LEADS_GROUP, SiteDirectory } from '../../src/data/people/siteDirectory';
import { SiteUserSearch } from '../../src/data/people/siteUserSearch';
import { createRepositories } from '../../src/data/repositories/createRepositories';
import { AIRegistryService } from '../../src/webparts/aiRegistry/services/AIRegistryService';
import { RiskService } from '../../src/webparts/riskRegister/services/RiskService';
import { startHarness, USERS, type Harness, type UserKey } from './support/harness';
import { refusedWith } from './support/refusals';

const highRisk = emptyAIActProfile({ annexIIIUses: ['7b'], profilesNaturalPersons: true, publicBody: true });
const minimal = emptyAIActProfile();
const TODAY = new Date();

describe('segregation of duties holds against direct REST calls (issue 23)', () => {
  let harness: Harness;
  const registry = (user: UserKey): AIRegistryService => {
    const sp = harness.sp(user);
    return new AIRegistryService(createRepositories(sp, { log: harness.log }), new SiteUserSearch(sp), new SiteDirectory(sp));
  };
  const risks = (user: UserKey): RiskService => {
    const sp = harness.sp(user);
    return new RiskService(createRepositories(sp, { log: harness.log }), new SiteUserSearch(sp), new SiteDirectory(sp));
  };
  /** A plain REST MERGE of one item, as any member's browser could send it. */
  const merge = async (user: UserKey, list: string, id: number, body: Record<string, unknown>): Promise<void> => {
    await harness.sp(user).web.lists.getByTitle(list).items.getById(id).update(body);
  };
  const classified = async (user: UserKey, title: string): Promise<number> => {
    const created = await registry(user).create({ title, lifecycle: 'Pilot', approvalStatus: 'Pending review' });
    const row = await registry(user).saveClassification(created.system.id, { profile: highRisk, applicabilityBasis: 'Voluntary alignment' }, created.system.etag);
    return row.system.id;
  };

  before(async () => {
    harness = await startHarness();
    await harness.provision();
    // alice and admin are governance leads; bob is staff.
    harness.emulator.store.upsertGroup(GOVERNANCE_LEADS_GROUP, [USERS.alice.loginName, USERS.admin.loginName]);
  });
  after(() => harness.close());

  it('attack 1: a lead who rewrites ClassifiedBy on her own classification still cannot verify it, and the record is flagged', async () => {
    const id = await classified('alice', 'Asylum interview summariser');
    await merge('alice', AI_SYSTEMS_LIST.title, id, { ClassifiedById: harness.people.bob.id });
    await assert.rejects(registry('alice').verify(id, 'Verified'), refusedWith('submitterCannotVerify'));
    // She posts the decision item herself, bypassing the service.
    await harness.sp('alice').web.lists.getByTitle(AI_VERIFICATIONS_LIST.title).items.add({ Title: 'Forged', SystemId: id, Decision: 'Verified', ProfileHash: profileHash(highRisk) });
    await merge('alice', AI_SYSTEMS_LIST.title, id, { VerificationState: 'Verified', VerifiedById: harness.people.alice.id });
    const row = await registry('bob').getRow(id);
    assert.equal(row.verification.state, 'Unverified');
    assert.equal(row.verification.submittedBy?.id, harness.people.alice.id, 'the submitter is the submission item\'s Author');
    assert.deepEqual(row.verification.ignored.map((i) => i.reason), ['submitterVerified']);
    assert.deepEqual(row.verification.anomalies, ['classifiedByMismatch', 'storedStateMismatch']);
    // Another lead can verify it: the rule is not blocking legitimate work.
    const verified = await registry('admin').verify(id, 'Verified');
    assert.equal(verified.verification.state, 'Verified');
    assert.deepEqual(verified.verification.anomalies, [], 'the suite\'s own write puts the caches back in line');
  });

  it('attack 2: answers changed by REST with the stored hash kept are no longer verified, and cannot be verified until submitted', async () => {
    const id = await classified('bob', 'Border crossing risk scorer');
    let row = await registry('alice').verify(id, 'Verified');
    assert.equal(row.verification.state, 'Verified');
    const storedHash = row.system.profileHash;
    // bob downgrades the answers (high -> minimal) straight through REST, keeping ProfileHash and VerificationState.
    await merge('bob', AI_SYSTEMS_LIST.title, id, { ClassificationProfile: JSON.stringify(minimal), RiskTier: 'minimal', ProfileHash: storedHash });
    row = await registry('alice').getRow(id);
    assert.equal(row.system.profileHash, storedHash, 'the forged record keeps the old hash');
    assert.equal(row.verification.state, 'Unverified');
    assert.deepEqual(row.verification.ignored.map((i) => i.reason), ['answersChanged']);
    assert.deepEqual(row.verification.anomalies, ['notSubmitted', 'storedHashMismatch', 'storedStateMismatch']);
    await assert.rejects(registry('alice').verify(id, 'Verified'), refusedWith('notSubmitted'));
    // A decision item naming the new answers' fingerprint does not count either while nobody submitted them.
    await harness.sp('alice').web.lists.getByTitle(AI_VERIFICATIONS_LIST.title).items.add({ Title: 'Direct', SystemId: id, Decision: 'Verified', ProfileHash: profileHash(minimal) });
    row = await registry('alice').getRow(id);
    assert.equal(row.verification.state, 'Unverified');
    assert.equal(row.verification.ignored[0]?.reason, 'notSubmitted');
    // Saving the answers through the registry submits them (bob is the submitter); then a lead can verify.
    row = await registry('bob').saveClassification(id, { profile: minimal, applicabilityBasis: 'Voluntary alignment' }, row.system.etag);
    assert.equal(row.verification.submittedBy?.id, harness.people.bob.id);
    row = await registry('alice').verify(id, 'Verified');
    assert.equal(row.verification.state, 'Verified');
  });

  describe('attack 3: risk acceptance without a lead', () => {
    const TOO_FAR = '2099-12-31';
    const derive = async (riskId: number): Promise<AcceptanceDerivation> => {
      const reader = risks('alice');
      const [session, data] = await Promise.all([reader.session(), reader.loadRegister({})]);
      const risk = data.risks.find((r) => r.id === riskId) as Stored<Risk>;
      return deriveAcceptance(risk, data.acceptances, { leadIds: new Set(session.leadIds), appetite: session.appetite, today: TODAY });
    };
    const createRisk = (residual: [number, number], title: string): Promise<Stored<Risk>> =>
      risks('admin').createRisk({ title, likelihood: 5, impact: 5, residualLikelihood: residual[0], residualImpact: residual[1], status: 'In treatment', riskOwner: harness.people.bob });

    it('an appetite setting last changed by a non-lead is not trusted: the default applies and leads are told', async () => {
      // Written here by the site admin before he joins nobody's group: on a provisioned site a member cannot write
      // the list at all (permissions.test.ts); this proves the rule holds even where that permission was widened.
      harness.emulator.store.upsertGroup(GOVERNANCE_LEADS_GROUP, [USERS.alice.loginName]);
      try {
        await harness.sp('admin').web.lists.getByTitle(GOVERNANCE_SETTINGS_LIST.title).items.add({ Title: 'riskAppetite', Value: '25' });
        const session = await risks('bob').session();
        assert.equal(session.appetite, 9);
        assert.equal(session.appetiteIgnored, true);
      } finally {
        harness.emulator.store.upsertGroup(GOVERNANCE_LEADS_GROUP, [USERS.alice.loginName, USERS.admin.loginName]);
      }
      const trusted = await risks('bob').session();
      assert.equal(trusted.appetite, 25, 'the same value saved by a lead is in force');
      assert.equal(trusted.appetiteIgnored, false);
      const items = await harness.sp('alice').web.lists.getByTitle(GOVERNANCE_SETTINGS_LIST.title).items.filter("Title eq 'riskAppetite'")();
      await merge('alice', GOVERNANCE_SETTINGS_LIST.title, (items[0] as { Id: number }).Id, { Value: '9' });
      assert.equal((await risks('bob').session()).appetite, 9);
    });

    it('an owner who marks a risk above appetite Accepted until 2099 by REST gets no acceptance', async () => {
      const risk = await createRisk([4, 5], 'Biometric enrolment data exported to a partner');
      await merge('bob', RISKS_LIST.title, risk.id, { Status: 'Accepted', AcceptedUntil: TOO_FAR, Treatment: 'Accept' });
      const derived = await derive(risk.id);
      assert.equal(derived.state, 'unsupported');
      assert.equal(derived.unsupportedReason, 'leadDecisionMissing');
      assert.equal(derived.reviewDue, true);
    });

    it('a risk within appetite marked Accepted until 2099 is flagged: no acceptance lasts over 12 months', async () => {
      const risk = await createRisk([2, 3], 'Shared drive without retention labels');
      await merge('bob', RISKS_LIST.title, risk.id, { Status: 'Accepted', AcceptedUntil: TOO_FAR, Treatment: 'Accept' });
      const derived = await derive(risk.id);
      assert.equal(derived.state, 'unsupported');
      assert.equal(derived.unsupportedReason, 'expiryTooFar');
    });

    it('a lead\'s decision item written past the 12-month cap does not count', async () => {
      const risk = await createRisk([4, 4], 'Case management system without audit logs');
      await harness.sp('alice').web.lists.getByTitle(RISK_ACCEPTANCES_LIST.title).items.add({ Title: 'Until 2099', RiskId: risk.id, Decision: 'Accept', ExpiresOn: TOO_FAR, AcceptedScore: 16 });
      await merge('admin', RISKS_LIST.title, risk.id, { Status: 'Accepted', AcceptedUntil: TOO_FAR });
      const derived = await derive(risk.id);
      assert.equal(derived.state, 'unsupported');
      assert.deepEqual(derived.flagged.map((f) => f.reason), ['expiryTooFar']);
    });
  });
});
