/**
 * Risk acceptance routed by the governance roles (issue 19, part 2) over the Risk Register's service against the
 * emulator: a risk whose asset (or AI system) is in a mission with its own Accountable for "accept risk" is routed to
 * that person, who is not a lead, is offered the acceptance and whose acceptance above the appetite counts; without
 * an Accountable it falls to the Governance Leads group and a non-routed non-lead's acceptance does not count; the
 * risk owner is passed over; the register reads the matrix once for all its risks.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { DataAsset } from '../../src/core/models/dataAsset';
import type { AISystem } from '../../src/core/models/aiSystem';
import type { LookupRef, Stored } from '../../src/core/models/common';
import type { GovernanceRoleAssignment } from '../../src/core/models/governanceRole';
import type { Risk } from '../../src/core/models/risk';
import { acceptanceRefusals, deriveAcceptance, type AcceptanceDerivation } from '../../src/core/risk';
import { AI_SYSTEMS_LIST, DATA_ASSETS_LIST, GOVERNANCE_ROLES_LIST, MISSIONS_LIST } from '../../src/core/schema';
import { ACCEPT_RISK, addAssignment, siteGroupNames } from '../../src/data/governanceRoles';
import { GOVERNANCE_LEADS_GROUP, SiteDirectory } from '../../src/data/people/siteDirectory';
import { SiteUserSearch } from '../../src/data/people/siteUserSearch';
import { createRepositories, type Repositories } from '../../src/data/repositories/createRepositories';
import type { RiskRegisterData, RiskSession } from '../../src/webparts/riskRegister/services/IRiskService';
import { RiskService } from '../../src/webparts/riskRegister/services/RiskService';
import { startHarness, type Harness, type UserKey } from './support/harness';

const REGION = 'East and Horn of Africa';
const TODAY = new Date();
const NEXT_MONTH = new Date(TODAY.getTime() + 30 * 86400000).toISOString().slice(0, 10);

function asset(title: string, mission: string, region: string): DataAsset {
  return { title, mission, region, containsPersonalData: false, reviewCycleMonths: 12, ownershipStatus: 'Unassigned', lifecycle: 'Active' };
}

describe('risk acceptance routed by the governance roles (issue 19)', () => {
  let harness: Harness;
  let kenya: number;
  const repos = (user: UserKey): Repositories => createRepositories(harness.sp(user), { log: harness.log });
  const service = (user: UserKey): RiskService => new RiskService(repos(user), new SiteUserSearch(harness.sp(user)), new SiteDirectory(harness.sp(user)));
  const assign = async (values: Partial<GovernanceRoleAssignment>): Promise<void> => {
    await addAssignment(repos('lead'), { activity: ACCEPT_RISK, assigneeKind: 'Person', ...values }, { groups: await siteGroupNames(harness.sp('lead')) });
  };
  /** Requests to a list since `mark` (the emulator logs one line per request answered). */
  const readsOf = (list: string, mark: number): string[] => harness.requests.slice(mark).filter((line) => line.includes(`getByTitle('${list}')`));
  /** A risk scoring 4 x 4 with residual 3 x 4 = 12, above the default appetite of 9, owned by `owner`. */
  const createRisk = (owner: UserKey, title: string, related: { asset?: LookupRef; system?: LookupRef }): Promise<Stored<Risk>> =>
    service('admin').createRisk({ title, likelihood: 4, impact: 4, residualLikelihood: 3, residualImpact: 4, status: 'In treatment', riskOwner: harness.people[owner], relatedAsset: related.asset, relatedAISystem: related.system });
  const load = async (user: UserKey): Promise<{ session: RiskSession; data: RiskRegisterData }> => {
    const reader = service(user);
    const [session, data] = await Promise.all([reader.session(), reader.loadRegister({})]);
    return { session, data };
  };
  /** What the register derives for the risk, as `user` reads it (with the routes, as the register feeds them). */
  const derive = async (user: UserKey, id: number, withRoutes = true): Promise<AcceptanceDerivation> => {
    const { session, data } = await load(user);
    const risk = data.risks.find((r) => r.id === id) as Stored<Risk>;
    return deriveAcceptance(risk, data.acceptances, { leadIds: new Set(session.leadIds), routedIds: withRoutes ? data.routedIds : undefined, appetite: session.appetite, today: TODAY });
  };
  /** Why `user` may not accept the risk (the register's "Accept…" is disabled with these), routes fed. */
  const refusals = async (user: UserKey, id: number): Promise<string[]> => {
    const { session, data } = await load(user);
    const risk = data.risks.find((r) => r.id === id) as Stored<Risk>;
    return acceptanceRefusals(risk, session.currentUser, { leadIds: new Set(session.leadIds), routedIds: data.routedIds, appetite: session.appetite, today: TODAY }).map((i) => i.code);
  };

  before(async () => {
    harness = await startHarness();
    await harness.provision();
    kenya = (await repos('admin').missions.create({ title: 'Kenya', code: 'KEN', region: REGION })).id;
    // Kenya's Accountable is Alice (not a lead), Lena Informed; the region's is the admin. No organisation row: the
    // Governance Leads group (Lena) accepts elsewhere.
    await assign({ scopeKind: 'Mission', scopeValue: 'Kenya', role: 'A', assigneePerson: harness.people.alice });
    await assign({ scopeKind: 'Mission', scopeValue: 'Kenya', role: 'I', assigneePerson: harness.people.lead });
    await assign({ scopeKind: 'Region', scopeValue: REGION, role: 'A', assigneePerson: harness.people.admin });
  });
  after(() => harness.close());

  it('routes a risk on a Kenya asset to Kenya\'s Accountable, who is offered it although not a lead, and whose acceptance counts', async () => {
    const kenyaAsset = await repos('admin').dataAssets.create(asset('Kenya border crossings', 'Kenya', REGION));
    const risk = await createRisk('bob', 'Kenya border crossings shared without an agreement', { asset: { id: kenyaAsset.id } });
    const { session, data } = await load('bob');
    assert.equal(data.routeError, undefined);
    const route = data.routes?.get(risk.id);
    assert.equal(route?.decider?.id, harness.people.alice.id);
    assert.equal(route?.routing.resolvedAt, 'Mission');
    assert.equal(route?.scopeName, 'Kenya');
    assert.deepEqual(route?.routing.informed.map((i) => (i.kind === 'Person' ? i.person.title : i.group)), ['Lena Lead']);
    assert.deepEqual([...(data.routedIds?.get(risk.id) ?? [])], [harness.people.alice.id]);
    assert.equal(session.leadIds.includes(harness.people.alice.id), false, 'Alice is not a lead');

    assert.deepEqual(await refusals('alice', risk.id), [], 'the routed Accountable is offered the acceptance');
    await service('alice').acceptRisk(risk, NEXT_MONTH, 'Agreement signed next month');
    const derived = await derive('bob', risk.id);
    assert.equal(derived.state, 'accepted');
    assert.equal(derived.decision?.author?.id, harness.people.alice.id, 'SharePoint recorded Alice as Author');
    assert.equal((await derive('bob', risk.id, false)).state, 'unsupported', 'without the route only a lead\'s acceptance would count');
  });

  it('routes a risk on an AI system used only in Kenya through that mission (its region read from Missions)', async () => {
    const system = await repos('admin').aiSystems.create({ title: 'Kenya asylum triage', lifecycle: 'Pilot', approvalStatus: 'Pending review', missions: [{ id: kenya }], department: 'Immigration and Border Governance' } as AISystem);
    const risk = await createRisk('bob', 'Kenya asylum triage without human oversight', { system: { id: system.id } });
    const route = (await load('bob')).data.routes?.get(risk.id);
    assert.equal(route?.routing.resolvedAt, 'Mission');
    assert.equal(route?.scopeName, 'Kenya');
    assert.equal(route?.decider?.id, harness.people.alice.id);
  });

  it('falls back to the Governance Leads group where nobody is Accountable: a non-routed non-lead\'s acceptance does not count', async () => {
    const chadAsset = await repos('admin').dataAssets.create(asset('Chad health registry', 'Chad', 'Central and West Africa'));
    const risk = await createRisk('admin', 'Chad health registry kept past retention', { asset: { id: chadAsset.id } });
    const route = (await load('bob')).data.routes?.get(risk.id);
    assert.equal(route?.routing.resolvedAt, 'fallback');
    assert.deepEqual(route?.routing.accountable, { kind: 'Group', group: GOVERNANCE_LEADS_GROUP });
    assert.equal(route?.decider?.id, harness.people.lead.id);
    assert.deepEqual(await refusals('alice', risk.id), ['leadRequired'], 'Kenya\'s Accountable is not asked here');
    await service('alice').acceptRisk(risk, NEXT_MONTH, undefined);
    const derived = await derive('bob', risk.id);
    assert.equal(derived.state, 'unsupported');
    assert.deepEqual(derived.flagged.map((f) => f.reason), ['notLead']);
    const leadAccepts = await service('lead').acceptRisk(await service('lead').getRisk(risk.id), NEXT_MONTH, 'Leads accept');
    assert.equal(leadAccepts.status, 'Accepted');
    assert.equal((await derive('bob', risk.id)).state, 'accepted', 'the lead decides as before');
  });

  it('passes over the owner: a Kenya risk Alice owns goes to the region\'s Accountable, and her own acceptance never counts', async () => {
    const kenyaAsset = await repos('admin').dataAssets.create(asset('Kenya clinic visits', 'Kenya', REGION));
    const risk = await createRisk('alice', 'Kenya clinic visits stored on a laptop', { asset: { id: kenyaAsset.id } });
    const route = (await load('bob')).data.routes?.get(risk.id);
    assert.equal(route?.routing.resolvedAt, 'Region');
    assert.equal(route?.scopeName, REGION);
    assert.equal(route?.decider?.id, harness.people.admin.id);
    assert.deepEqual(await refusals('alice', risk.id), ['ownerAcceptsOwn', 'leadRequired']);
    await service('alice').acceptRisk(risk, NEXT_MONTH, 'My own');
    assert.deepEqual((await derive('bob', risk.id)).flagged.map((f) => f.reason), ['ownerAcceptsOwn']);
  });

  it('routes the whole register with one read of the matrix and one of the assets; risks within the appetite are not routed', async () => {
    const within = await service('admin').createRisk({ title: 'Kenya minor typo risk', likelihood: 2, impact: 2, status: 'Open', riskOwner: harness.people.bob });
    const mark = harness.requests.length;
    const { data } = await load('bob');
    const above = data.risks.filter((r) => r.id !== within.id);
    assert.ok(above.length >= 4);
    assert.ok(above.every((r) => data.routes?.has(r.id)), 'every risk above the appetite is routed');
    assert.equal(data.routes?.has(within.id), false, 'within the appetite: not routed');
    assert.equal(readsOf(GOVERNANCE_ROLES_LIST.title, mark).length, 1, `one read of the RACI for the register: ${readsOf(GOVERNANCE_ROLES_LIST.title, mark).join(' | ')}`);
    assert.equal(readsOf(DATA_ASSETS_LIST.title, mark).length, 1, `one read of the related assets: ${readsOf(DATA_ASSETS_LIST.title, mark).join(' | ')}`);
    assert.equal(readsOf(MISSIONS_LIST.title, mark).length, 1, 'one read of Missions for the AI system\'s single mission');
    assert.equal(readsOf(AI_SYSTEMS_LIST.title, mark).length, 1, 'one read of the related AI systems');
  });
});
