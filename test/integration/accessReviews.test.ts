/**
 * Access reviews against the emulator (issue 16): the real schema provisioned with its permissions, the production
 * service signed in as different people, a deterministic in-memory directory. Snapshot and routing, decisions that
 * do not count (forged, self), "Don't know" handing an item to the fallback, closing under each undecided rule with
 * the remediation list, recurrence, SoD exceptions, stale groups and the permission model.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ReviewedItem, SoDViolation } from '../../src/core/accessReviews';
import { isGovernanceError } from '../../src/core/errors';
import type { AccessReviewCampaign } from '../../src/core/models/accessReview';
import type { Stored } from '../../src/core/models/common';
import type { DataAsset } from '../../src/core/models/dataAsset';
import { ACCESS_REVIEW_DECISIONS_LIST, ACCESS_REVIEW_ITEMS_LIST, DATA_ASSETS_LIST } from '../../src/core/schema';
import { FakeDirectoryReader, fakeGroup, fakeUser } from '../../src/webparts/accessReviews/testing/fakeDirectoryReader';
import type { CloseResult, MyReviewRow } from '../../src/webparts/accessReviews/services/IAccessReviewService';
import { csvRows, day, draft, rest, reviewService, type ReviewerSession } from './support/accessReviewFixtures';
import { startHarness, type Harness, type UserKey } from './support/harness';

const alice = fakeUser('alice');
const bob = fakeUser('bob');
const gus = fakeUser('gus', { type: 'Guest', email: 'gus@partner.test', sponsorCount: 0 });
const dora = fakeUser('dora', { accountEnabled: false });
const erin = fakeUser('erin');
const frank = fakeUser('frank');
const FINANCE_SITE = 'https://contoso.sharepoint.com/sites/finance';

const reader = new FakeDirectoryReader({
  groups: [
    { group: fakeGroup('g-finance', 'Finance', FINANCE_SITE), owners: [alice], members: [bob, gus, dora, erin] },
    { group: fakeGroup('g-payments', 'Payments', 'https://contoso.sharepoint.com/sites/payments'), owners: [bob], members: [bob, frank] },
    { group: fakeGroup('g-ops', 'Ops'), owners: [alice], members: [erin, dora, frank] }
  ]
});

describe('access reviews against the emulator', () => {
  let h: Harness;
  const as = (user: UserKey): ReviewerSession => reviewService(h, user, reader);
  let campaign: Stored<AccessReviewCampaign>;
  const itemOf = async (principal: string, resource: string, c: { id: number } = campaign): Promise<ReviewedItem | undefined> =>
    (await as('lead').service.campaignDetail(c.id)).reviewed.find((r) => r.item.principalKey === `user-${principal}` && r.item.resourceKey === resource);

  before(async () => {
    h = await startHarness();
    await h.provision();
    const asset: DataAsset = { title: 'General ledger', containsPersonalData: false, reviewCycleMonths: 12, ownershipStatus: 'Unassigned', lifecycle: 'Active', declaredSensitivity: 'Highly Confidential', locationUrl: { url: `${FINANCE_SITE}/Shared%20Documents/ledger.xlsx` } };
    await h.repository(DATA_ASSETS_LIST).create(asset);
    await as('lead').service.saveSoDRule({ title: 'Finance and payments', entitlementA: 'Member:g-finance:Member', labelA: 'Finance member', entitlementB: 'Member:g-payments:Member', labelB: 'Payments member', riskStatement: 'One person can raise and pay an invoice.', active: true });
    campaign = await as('lead').service.createCampaign(draft('Finance Q1', { kind: 'Groups', groupIds: ['g-finance', 'g-payments'] }, h.people.lead), { start: true });
  });
  after(() => h.close());

  it('snapshots a groups campaign: items, reviewers routed, a self-owner routed to the fallback, recommendations', async () => {
    assert.equal(campaign.state, 'Active');
    assert.equal(campaign.itemCount, 8);
    const detail = await as('lead').service.campaignDetail(campaign.id);
    assert.equal(detail.reviewed.length, 8);
    const ownerAlice = await itemOf('alice', 'g-finance');
    assert.equal(ownerAlice?.item.entitlementKind, 'Owner');
    assert.equal(ownerAlice?.item.reviewer?.id, h.people.lead.id, 'alice owns the group she is reviewed in: the fallback reviews');
    assert.equal(ownerAlice?.item.routedToFallback, true);
    const bobFinance = await itemOf('bob', 'g-finance');
    assert.equal(bobFinance?.item.reviewer?.id, h.people.alice.id, 'the group owner, resolved to a site user by e-mail');
    assert.equal(bobFinance?.item.routedToFallback, false);
    assert.equal(bobFinance?.item.recommendation, 'Remove');
    assert.deepEqual(JSON.parse(bobFinance?.item.recommendationReasons ?? '[]'), ['sodConflict', 'highlyConfidential']);
    assert.equal((await itemOf('dora', 'g-finance'))?.item.recommendation, 'Remove');
    assert.deepEqual(JSON.parse((await itemOf('gus', 'g-finance'))?.item.recommendationReasons ?? '[]'), ['guestWithoutSponsor', 'highlyConfidential']);
    assert.equal((await itemOf('frank', 'g-payments'))?.item.reviewer?.id, h.people.bob.id);
    assert.equal(detail.progress.total, 8);
  });

  it('a forged decision and a self-decision are written but do not count, with their reasons', async () => {
    const gusItem = await itemOf('gus', 'g-finance');
    const bobItem = await itemOf('bob', 'g-finance');
    const post = (itemId: number): ReturnType<typeof rest> => rest(h, 'bob', 'POST', `web/lists/getbytitle('${ACCESS_REVIEW_DECISIONS_LIST.title}')/items`, { Title: 'Forged', ItemId: itemId, CampaignId: campaign.id, Decision: 'Keep', Justification: 'Trust me' });
    assert.equal((await post(gusItem!.item.id)).status, 201, 'anyone may add a decision item: whether it counts is the rule\'s');
    assert.equal((await post(bobItem!.item.id)).status, 201);
    const gusAfter = await itemOf('gus', 'g-finance');
    assert.equal(gusAfter?.state.decision, undefined);
    assert.deepEqual(gusAfter?.state.ignored.map((i) => i.reason), ['notEligible']);
    const bobAfter = await itemOf('bob', 'g-finance');
    assert.equal(bobAfter?.state.decision, undefined);
    assert.deepEqual(bobAfter?.state.ignored.map((i) => i.reason), ['selfDecision']);
    assert.equal((await as('lead').service.campaignDetail(campaign.id)).progress.ignoredDecisions, 2);
  });

  it('the service refuses rows the signed-in user may not decide, and a missing justification', async () => {
    const aliceRows = await as('alice').service.myReviews();
    assert.deepEqual(aliceRows.map((r) => r.item.principalKey).sort(), ['user-bob', 'user-dora', 'user-erin', 'user-gus']);
    const gusRow = aliceRows.find((r) => r.item.principalKey === 'user-gus') as MyReviewRow;
    assert.deepEqual(await as('bob').service.decide([gusRow], 'Keep', 'Looks fine'), [{ itemId: gusRow.item.id, ok: false, error: 'notYourItem' }]);
    await assert.rejects(as('alice').service.decide([gusRow], 'Keep', '  '), (e: unknown) => isGovernanceError(e, 'Validation'));
    assert.deepEqual(await as('alice').service.decide([gusRow], 'Remove', 'Guest without sponsor'), [{ itemId: gusRow.item.id, ok: true }]);
    const decided = await itemOf('gus', 'g-finance');
    assert.equal(decided?.state.decision?.decision, 'Remove');
    assert.equal(decided?.state.decision?.author?.id, h.people.alice.id);
  });

  it('"Don\'t know" hands the item to the fallback, whose decision then counts', async () => {
    const erinRow = (await as('alice').service.myReviews()).find((r) => r.item.principalKey === 'user-erin') as MyReviewRow;
    assert.deepEqual(await as('alice').service.decide([erinRow], "Don't know", undefined), [{ itemId: erinRow.item.id, ok: true }]);
    const leadRows = await as('lead').service.myReviews();
    const handed = leadRows.find((r) => r.item.id === erinRow.item.id) as MyReviewRow;
    assert.ok(handed, 'the delegated item appears in the fallback reviewer\'s reviews');
    assert.equal(handed.state.delegated, true);
    assert.ok(leadRows.some((r) => r.item.principalKey === 'user-alice' && r.item.routedToFallback), 'and so do the items routed to the fallback');
    const aliceAgain = (await as('alice').service.myReviews()).find((r) => r.item.id === erinRow.item.id) as MyReviewRow;
    assert.equal((await as('alice').service.decide([aliceAgain], 'Keep', 'Changed my mind'))[0].error, 'notYourItem');
    assert.deepEqual(await as('lead').service.decide([handed], 'Keep', 'Erin runs the month-end close'), [{ itemId: handed.item.id, ok: true }]);
    const after = await itemOf('erin', 'g-finance');
    assert.equal(after?.state.decision?.decision, 'Keep');
    assert.equal(after?.state.decision?.author?.id, h.people.lead.id);
  });

  it('the permission model: a non-lead cannot edit items or campaigns, but can add a decision', async () => {
    const item = await itemOf('dora', 'g-finance');
    const path = `web/lists/getbytitle('${ACCESS_REVIEW_ITEMS_LIST.title}')/items(${item!.item.id})`;
    assert.equal((await rest(h, 'bob', 'POST', path, { ReviewerId: h.people.bob.id }, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' })).status, 403);
    assert.equal((await rest(h, 'alice', 'POST', path, { ReviewerId: h.people.alice.id }, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' })).status, 403, 'not even the item\'s reviewer');
    await assert.rejects(as('bob').service.createCampaign(draft('Bob\'s own', { kind: 'Groups', groupIds: ['g-ops'] }, h.people.bob), { start: false }), (e: unknown) => isGovernanceError(e, 'Forbidden'));
    const written = await as('bob').repositories.accessReviewDecisions.create({ title: 'Bob on dora', item: { id: item!.item.id }, campaign: { id: campaign.id }, decision: "Don't know" });
    assert.equal(written.author?.id, h.people.bob.id);
    assert.deepEqual((await as('bob').service.markApplied([item!.item], day(0))).map((r) => r.ok), [false]);
  });

  describe('closing', () => {
    const closeUnder = async (rule: AccessReviewCampaign['undecidedOutcome'], recurrence: AccessReviewCampaign['recurrence'] = 'One-off'): Promise<{ closed: CloseResult; removed: string[] }> => {
      const c = await as('lead').service.createCampaign(draft(`Ops (${rule})`, { kind: 'Groups', groupIds: ['g-ops'] }, h.people.lead, { undecidedOutcome: rule, recurrence }), { start: true });
      const frankRow = (await as('alice').service.myReviews()).find((r) => r.campaign.id === c.id && r.item.principalKey === 'user-frank') as MyReviewRow;
      await as('alice').service.decide([frankRow], 'Remove', 'Left the ops team');
      const closed = await as('lead').service.closeCampaign(c.id, c.etag);
      const removed = (await csvRows(await as('lead').service.remediationFile(c.id, 'csv'))).map((r) => `${r.PrincipalKey}:${r.Source}`).sort();
      return { closed, removed };
    };

    it('undecided items follow Keep, Remove and Take recommendation; the remediation list holds exactly the removals', async () => {
      assert.deepEqual((await closeUnder('Keep')).removed, ['user-frank:decided']);
      assert.deepEqual((await closeUnder('Remove')).removed, ['user-alice:undecidedRule', 'user-dora:undecidedRule', 'user-erin:undecidedRule', 'user-frank:decided']);
      assert.deepEqual((await closeUnder('Take recommendation')).removed, ['user-dora:undecidedRule', 'user-frank:decided']);
    });

    it('a recurring campaign drafts its next instance; a stale ETag cannot close; the list is final only once closed', async () => {
      const { closed } = await closeUnder('Keep', 'Quarterly');
      assert.equal(closed.campaign.state, 'Closed');
      assert.ok(closed.campaign.closedOn);
      assert.equal(closed.next?.state, 'Draft');
      assert.equal(closed.next?.previousCampaign?.id, closed.campaign.id);
      assert.equal(closed.next?.recurrence, 'Quarterly');
      assert.notEqual(closed.next?.startDate, closed.campaign.startDate);
      const open = await as('lead').service.createCampaign(draft('Ops open', { kind: 'Groups', groupIds: ['g-ops'] }, h.people.lead), { start: true });
      await assert.rejects(as('lead').service.remediationFile(open.id, 'csv'), (e: unknown) => isGovernanceError(e, 'Validation'));
      await assert.rejects(as('lead').service.closeCampaign(open.id, '"999"'), (e: unknown) => isGovernanceError(e, 'Conflict'));
      const evidence = await as('lead').service.evidence(open.id);
      assert.equal(evidence.length, 4);
    });
  });

  describe('segregation of duties', () => {
    const bobViolation = async (user: UserKey = 'lead'): Promise<SoDViolation | undefined> => (await as(user).service.sodViolations()).find((v) => v.principalKey === 'user-bob');

    it('an expired exception and one authored by the principal do not count; a lead\'s valid one excepts the violation', async () => {
      const open = await bobViolation();
      assert.equal(open?.status, 'open');
      const base = { title: 'Exception', rule: { id: open!.rule.id }, principalKey: 'user-bob', principalName: 'bob', principalEmail: 'bob@governance.test', mitigatingControl: 'Dual approval' };
      await as('lead').repositories.sodExceptions.create({ ...base, expiresOn: day(-1) });
      await as('bob').repositories.sodExceptions.create({ ...base, expiresOn: day(30) });
      const still = await bobViolation('bob');
      assert.equal(still?.status, 'open');
      assert.deepEqual(still?.ignoredExceptions.map((i) => i.reason).sort(), ['expired', 'selfDecision']);
      await assert.rejects(as('lead').service.addException(open!, 'Dual approval', day(400)), (e: unknown) => isGovernanceError(e, 'Validation'));
      await assert.rejects(as('lead').service.addException(open!, 'Dual approval', day(0)), (e: unknown) => isGovernanceError(e, 'Validation'));
      const exception = await as('lead').service.addException(open!, 'Monthly reconciliation by Finance', day(60));
      const excepted = await bobViolation();
      assert.equal(excepted?.status, 'excepted');
      assert.equal(excepted?.exception?.id, exception.id);
    });

    it('raises a Risk Register risk from a violation', async () => {
      const violation = await bobViolation();
      const id = await as('lead').service.raiseRisk(violation!);
      const risk = await as('lead').repositories.risks.getById(id);
      assert.equal(risk.status, 'Open');
      assert.equal(risk.category, 'Information security');
      assert.match(risk.description ?? '', /raise and pay an invoice/);
    });
  });

  it('reports stale groups with their reasons and linked inventory records', async () => {
    const rows = await as('lead').service.staleGroups();
    const finance = rows.find((r) => r.group.id === 'g-finance');
    assert.deepEqual(finance?.reasons, ['singleOwner', 'guestsWithoutSponsor']);
    assert.equal(finance?.linkedRecords, 1);
    assert.deepEqual(rows.find((r) => r.group.id === 'g-payments')?.reasons, ['singleOwner', 'noInventoryRecord']);
  });
});
