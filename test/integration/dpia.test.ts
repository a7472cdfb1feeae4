/**
 * DPIAs over the real data layer (PnPjs repositories against the emulator, SharePoint setting each decision's
 * Author from the signed-in user): a DPIA started from a record of processing links the record; the DPO's opinion
 * counts only from a member of the Data Protection Officers group who is not the DPIA's author and is the person the
 * decision names; the controller's validation after a counting opinion validates it; raising an action creates one
 * pre-filled risk, once; a change after validation returns the DPIA to draft and says why; a stale ETag is a Conflict.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isGovernanceError } from '../../src/core/errors';
import type { ProcessingActivity } from '../../src/core/privacy/model';
import { DATA_PROTECTION_OFFICERS_GROUP } from '../../src/core/roles';
import { SiteDirectory } from '../../src/data/people/siteDirectory';
import { DpiaStore } from '../../src/data/privacy/dpiaStore';
import { createRepositories, type Repositories } from '../../src/data/repositories/createRepositories';
import { completeDpiaContent as completeContent, controllerRecord } from './support/privacySamples';
import { startHarness, type Harness, type UserKey } from './support/harness';

describe('DPIAs: authored DPO opinion and controller validation over the real data layer', () => {
  let harness: Harness;
  let repos: Repositories;
  let activityId: number;
  let dpiaId: number;
  const store = (user: UserKey): DpiaStore => {
    const sp = harness.sp(user);
    return new DpiaStore(createRepositories(sp, { log: harness.log }), new SiteDirectory(sp), { webUrl: async () => harness.emulator.siteUrl });
  };

  const activity = (title: string): ProcessingActivity => controllerRecord({ title, owner: harness.people.lead, dpiaRequired: true });

  before(async () => {
    harness = await startHarness();
    await harness.provision();
    harness.addToGroup('bob', DATA_PROTECTION_OFFICERS_GROUP);
    repos = createRepositories(harness.sp('alice'), { log: harness.log });
    activityId = (await repos.processingActivities.create(activity('Beneficiary registration - Chad'), { includeComputed: true })).id;
  });
  after(() => harness.close());

  it('a focal point starts a DPIA from the record: context pre-filled, the record links it, state Draft', async () => {
    const record = await store('alice').createDpia(activityId);
    dpiaId = record.dpia.id;
    assert.equal(record.status.state, 'Draft');
    assert.equal(record.dpia.author?.id, harness.people.alice.id);
    assert.match(record.content.context.description ?? '', /Register displaced persons/);
    assert.match(record.content.context.data ?? '', /Internally displaced persons/);
    const linked = await repos.processingActivities.getById(activityId);
    assert.equal(linked.dpiaLink?.url, `${harness.emulator.siteUrl}/Lists/DPIAs/DispForm.aspx?ID=${dpiaId}`);
  });

  it('refuses an incomplete submission and a residual above inherent, with nothing saved', async () => {
    const alice = store('alice');
    const before = await alice.loadDpia(dpiaId);
    await assert.rejects(alice.submitDpia(dpiaId, before.dpia.title, before.content, before.dpia.etag), (e: unknown) => isGovernanceError(e, 'Validation') && e.issues.some((i) => i.code === 'dpiaPrincipleRequired'));
    const complete = completeContent(before.content, harness.people.lead.id);
    const worse = { ...complete, risks: { ...complete.risks, disappearance: { ...complete.risks.disappearance, residualSeverity: 4 } } };
    await assert.rejects(alice.saveDpia(dpiaId, before.dpia.title, worse, before.dpia.etag), (e: unknown) => isGovernanceError(e, 'Validation') && e.issues[0].code === 'dpiaResidualAboveInherent');
    const after = await alice.loadDpia(dpiaId);
    assert.equal(after.dpia.etag, before.dpia.etag, 'nothing was written');
  });

  it('a submitted DPIA awaits the DPO; a non-DPO\'s opinion and a forged author do not count', async () => {
    const alice = store('alice');
    const current = await alice.loadDpia(dpiaId);
    const submitted = await alice.submitDpia(dpiaId, current.dpia.title, completeContent(current.content, harness.people.lead.id), current.dpia.etag);
    assert.equal(submitted.status.state, 'Awaiting DPO opinion');
    assert.equal(submitted.dpia.state, 'Awaiting DPO opinion', 'the state column follows');

    const byAdmin = await store('admin').addDecision(dpiaId, 'Favourable', 'Looks fine to me.');
    assert.equal(byAdmin.status.state, 'Awaiting DPO opinion');
    assert.equal(byAdmin.status.decisions[0].reason, 'notEligible');

    // Alice writes a decision item naming the DPO: SharePoint records her as its Author.
    await repos.dpiaDecisions.create({ title: 'Forged', dpia: { id: dpiaId }, kind: 'DPO opinion', decision: 'Favourable', decidedBy: harness.people.bob, contentHash: submitted.status.contentHash });
    const forged = await alice.loadDpia(dpiaId);
    assert.equal(forged.status.state, 'Awaiting DPO opinion');
    assert.equal(forged.status.decisions[0].decision.author?.id, harness.people.alice.id);
    assert.equal(forged.status.decisions[0].reason, 'forgedAuthor');
  });

  it('a DPO\'s opinion on their own DPIA does not count', async () => {
    const otherActivity = (await repos.processingActivities.create(activity('Biometric enrolment - Chad'), { includeComputed: true })).id;
    const bob = store('bob');
    const own = await bob.createDpia(otherActivity);
    const filled = completeContent(own.content, harness.people.lead.id);
    await bob.submitDpia(own.dpia.id, own.dpia.title, filled, own.dpia.etag);
    const opined = await bob.addDecision(own.dpia.id, 'Favourable', undefined);
    assert.equal(opined.status.state, 'Awaiting DPO opinion');
    assert.equal(opined.status.decisions[0].reason, 'selfDecision');
  });

  it('the DPO\'s opinion then the owner\'s validation validate the DPIA', async () => {
    const opined = await store('bob').addDecision(dpiaId, 'Favourable with reservations', 'Shorten the retention of contact details.');
    assert.equal(opined.status.state, 'Awaiting validation');
    assert.equal(opined.status.opinion?.author?.id, harness.people.bob.id);
    // The DPO cannot validate (not the owner, not a lead); the owner (also a lead here) can.
    const byDpo = await store('bob').addDecision(dpiaId, 'Validated', undefined);
    assert.equal(byDpo.status.state, 'Awaiting validation');
    const validated = await store('lead').addDecision(dpiaId, 'Validated', 'Approved with the DPO\'s reservation.');
    assert.equal(validated.status.state, 'Validated');
    assert.equal(validated.dpia.state, 'Validated');
    assert.equal(validated.status.validation?.author?.id, harness.people.lead.id);
  });

  it('raises an action as one pre-filled risk, not twice, and the DPIA stays validated', async () => {
    const alice = store('alice');
    const raised = await alice.raiseActionAsRisk(dpiaId, 'mfa');
    const risk = raised.risk;
    assert.match(risk.title, /^Enforce multi-factor authentication for partner accounts \(DPIA: DPIA - Beneficiary registration - Chad\)/);
    assert.equal(risk.likelihood, 3);
    assert.equal(risk.impact, 4);
    assert.equal(risk.residualLikelihood, 2);
    assert.equal(risk.residualImpact, 4);
    assert.equal(risk.inherentScore, 12);
    assert.equal(risk.riskOwner?.id, harness.people.lead.id);
    assert.equal(risk.dueDate?.slice(0, 10), '2027-03-31');
    assert.equal(risk.category, 'Data protection');
    assert.match(risk.description ?? '', /Mission: Chad; region: Central and West Africa/);
    assert.match(risk.evidenceLinks ?? '', /Lists\/DPIAs\/DispForm\.aspx\?ID=/);
    assert.equal(raised.record.content.actionPlan[0].riskId, risk.id);
    assert.equal(raised.record.status.state, 'Validated', 'recording the risk id is not a change of the assessment');

    const again = await alice.raiseActionAsRisk(dpiaId, 'mfa');
    assert.equal(again.risk.id, risk.id);
    const all = await repos.risks.page({ top: 100 });
    assert.equal(all.items.filter((r) => r.title.startsWith('Enforce multi-factor')).length, 1);
  });

  it('reports an ETag conflict and keeps the other user\'s save', async () => {
    const alice = store('alice');
    const stale = await alice.loadDpia(dpiaId);
    const fresh = await store('lead').saveDpia(dpiaId, stale.dpia.title, stale.content, stale.dpia.etag);
    assert.notEqual(fresh.dpia.etag, stale.dpia.etag);
    await assert.rejects(alice.saveDpia(dpiaId, 'Renamed', stale.content, stale.dpia.etag), (e: unknown) => isGovernanceError(e, 'Conflict'));
    assert.equal((await alice.loadDpia(dpiaId)).dpia.title, stale.dpia.title);
  });

  it('a change after validation returns the DPIA to draft and says which decision no longer counts', async () => {
    const alice = store('alice');
    const current = await alice.loadDpia(dpiaId);
    assert.equal(current.status.state, 'Validated', 'saving unchanged content keeps the validation');
    const changed = { ...current.content, context: { ...current.content.context, data: `${current.content.context.data ?? ''}\nBiometric data (fingerprints)` } };
    const saved = await alice.saveDpia(dpiaId, current.dpia.title, changed, current.dpia.etag);
    assert.equal(saved.status.state, 'Returned to draft');
    assert.equal(saved.dpia.state, 'Returned to draft');
    assert.equal(saved.status.returned?.kind, 'changed');
    assert.equal(saved.status.returned?.decision.decision, 'Validated');
    assert.equal(saved.status.returned?.kind === 'changed' ? saved.status.returned.changedOn : undefined, saved.dpia.modified);
    assert.ok(saved.status.decisions.filter((d) => d.reason === 'olderVersion').length >= 2);
  });
});
