import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { isGovernanceError } from '../../src/core/errors';
import type { Stored } from '../../src/core/models/common';
import type { Risk } from '../../src/core/models/risk';
import { deriveAcceptance, type AcceptanceDerivation } from '../../src/core/risk';
import { DATA_ASSETS_LIST, RISK_ACCEPTANCES_LIST, RISKS_LIST } from '../../src/core/schema';
import { GOVERNANCE_LEADS_GROUP, SiteDirectory } from '../../src/data/people/siteDirectory';
import { SiteUserSearch } from '../../src/data/people/siteUserSearch';
import { createRepositories } from '../../src/data/repositories/createRepositories';
import { RiskService } from '../../src/webparts/riskRegister/services/RiskService';
import { USERS, startHarness, type Harness, type UserKey } from './support/harness';

const TODAY = new Date();
const NEXT_MONTH = new Date(TODAY.getTime() + 30 * 86400000).toISOString().slice(0, 10);

describe('risk acceptance decision items against the emulator', () => {
  let harness: Harness;
  const service = (user: UserKey): RiskService => {
    const sp = harness.sp(user);
    return new RiskService(createRepositories(sp), new SiteUserSearch(sp), new SiteDirectory(sp));
  };
  /** A risk scoring 4 x 4 = 16 with residual 3 x 4 = 12: above the default appetite of 9. */
  const createRisk = (owner: UserKey, title: string): Promise<Stored<Risk>> =>
    service('admin').createRisk({ title, likelihood: 4, impact: 4, residualLikelihood: 3, residualImpact: 4, status: 'In treatment', riskOwner: harness.people[owner] });
  /** What the register derives for the risk, read back from SharePoint as bob (any reader sees the same). */
  const derive = async (riskId: number): Promise<AcceptanceDerivation> => {
    const reader = service('bob');
    const [session, data] = await Promise.all([reader.session(), reader.loadRegister({})]);
    const risk = data.risks.find((r) => r.id === riskId) as Stored<Risk>;
    return deriveAcceptance(risk, data.acceptances, { leadIds: new Set(session.leadIds), appetite: session.appetite, today: TODAY });
  };

  before(async () => {
    harness = await startHarness();
    await harness.provision();
    // Alice is the governance lead; Bob is not.
    harness.emulator.store.upsertGroup(GOVERNANCE_LEADS_GROUP, [USERS.alice.loginName]);
  });
  after(() => harness.close());

  it('recognises leads by membership of the Governance Leads group, and reads the default appetite', async () => {
    const session = await service('bob').session();
    assert.deepEqual(session.leadIds, [harness.people.alice.id]);
    assert.equal(session.currentUser.id, harness.people.bob.id);
    assert.equal(session.appetite, 9);
  });

  it('a lead accepting a risk she does not own counts, until its expiry', async () => {
    const risk = await createRisk('bob', 'Registry shared with partners without an agreement');
    const accepted = await service('alice').acceptRisk(risk, NEXT_MONTH, 'Board accepted until the migration');
    assert.equal(accepted.status, 'Accepted');
    assert.equal(accepted.acceptedUntil, NEXT_MONTH);
    const derived = await derive(risk.id);
    assert.equal(derived.state, 'accepted');
    assert.equal(derived.decision?.author?.id, harness.people.alice.id, 'SharePoint recorded the lead as Author');
    assert.equal(derived.decision?.acceptedScore, 12);
  });

  it('the risk owner cannot accept their own risk, even as a lead', async () => {
    const risk = await createRisk('alice', 'AI triage tool without human oversight');
    await service('alice').acceptRisk(risk, NEXT_MONTH, 'My own risk');
    const derived = await derive(risk.id);
    assert.equal(derived.state, 'unsupported', 'status says Accepted, but no decision counts');
    assert.deepEqual(derived.flagged.map((f) => f.reason), ['ownerAcceptsOwn']);
    assert.equal(derived.reviewDue, true);
  });

  it('a non-lead cannot accept above appetite, and a forged Author does not make a decision a lead\'s', async () => {
    const risk = await createRisk('admin', 'Beneficiary data kept past retention');
    await service('bob').acceptRisk(risk, NEXT_MONTH, undefined);
    // Bob posts a decision straight through PnPjs claiming Alice as its author, as any client could try.
    const list = harness.sp('bob').web.lists.getByTitle(RISK_ACCEPTANCES_LIST.title);
    await list.items.add({ Title: 'Forged', RiskId: risk.id, Decision: 'Accept', ExpiresOn: NEXT_MONTH, AcceptedScore: 12, AuthorId: harness.people.alice.id, EditorId: harness.people.alice.id });
    const derived = await derive(risk.id);
    assert.equal(derived.state, 'unsupported');
    assert.deepEqual(derived.flagged.map((f) => f.reason), ['notLead', 'notLead'], 'both items are Bob\'s as SharePoint recorded them');
  });

  it('nobody can edit a lead\'s decision but the lead (item-level security)', async () => {
    const risk = await createRisk('bob', 'Vendor may train on organisational data');
    await service('alice').acceptRisk(risk, NEXT_MONTH, 'Accepted');
    const decisions = await harness.repository(RISK_ACCEPTANCES_LIST, 'bob').page({ top: 100 });
    const decision = decisions.items.find((d) => d.risk.id === risk.id && d.author?.id === harness.people.alice.id);
    assert.ok(decision);
    await assert.rejects(
      harness.repository(RISK_ACCEPTANCES_LIST, 'bob').update(decision.id, { expiresOn: '2099-12-31' }, decision.etag),
      (e: unknown) => isGovernanceError(e, 'Forbidden')
    );
  });

  it('an acceptance that has expired sends the risk back to review; a score raised after acceptance is not covered', async () => {
    const risk = await createRisk('bob', 'Outdated duplicates distort reporting');
    const yesterday = new Date(TODAY.getTime() - 86400000).toISOString().slice(0, 10);
    await harness.repository(RISK_ACCEPTANCES_LIST, 'alice').create({ title: 'Old acceptance', risk: { id: risk.id }, decision: 'Accept', expiresOn: yesterday, acceptedScore: 12 });
    const expired = await derive(risk.id);
    assert.equal(expired.state, 'expired');
    assert.equal(expired.reviewDue, true);

    const raised = await createRisk('bob', 'Score raised after acceptance');
    await service('alice').acceptRisk(raised, NEXT_MONTH, undefined);
    const fresh = await service('admin').getRisk(raised.id);
    await service('admin').updateRisk(raised.id, { residualLikelihood: 4 }, fresh.etag);
    const derived = await derive(raised.id);
    assert.deepEqual(derived.flagged.map((f) => f.reason), ['scoreRaised']);
    assert.equal(derived.state, 'unsupported');
  });

  it('lists a data asset\'s open risks, highest first, without closed ones', async () => {
    const asset = await harness.repository(DATA_ASSETS_LIST).create({ title: 'Case management export', containsPersonalData: true, reviewCycleMonths: 12, ownershipStatus: 'Unassigned', lifecycle: 'Active' });
    const admin = service('admin');
    const low = await admin.createRisk({ title: 'Low one', likelihood: 1, impact: 2, status: 'Open', relatedAsset: { id: asset.id } });
    const high = await admin.createRisk({ title: 'High one', likelihood: 4, impact: 4, status: 'In treatment', relatedAsset: { id: asset.id } });
    await admin.createRisk({ title: 'Closed one', likelihood: 5, impact: 5, status: 'Closed', relatedAsset: { id: asset.id } });
    const open = await admin.openRisksFor('dataAssets', asset.id);
    assert.deepEqual(open.map((r) => r.id), [high.id, low.id]);
  });

  it('refuses a residual score above the inherent one before sending anything', async () => {
    await assert.rejects(
      service('admin').createRisk({ title: 'Bad scores', likelihood: 2, impact: 2, residualLikelihood: 3, residualImpact: 3, status: 'Open' }),
      (e: unknown) => isGovernanceError(e, 'Validation') && e.issues.some((i) => i.code === 'residualAboveInherent')
    );
    const count = await harness.repository(RISKS_LIST).page({ top: 500 });
    assert.ok(!count.items.some((r) => r.title === 'Bad scores'));
  });
});
