/**
 * DPIA validation routed by the governance roles (issue 19, part 2) over the real data layer against the emulator:
 * a DPIA of a mission with its own Accountable for "validate DPIA" is routed to that person, who is neither a lead nor
 * the activity's owner, and their validation counts (in the panel and in the scorecard's figures); without an
 * Accountable it falls to the Governance Leads group and the same person's validation does not count; the submitter
 * is passed over; the matrix is read once per DPIA panel and once for all the figures.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { GovernanceRoleAssignment } from '../../src/core/models/governanceRole';
import type { ProcessingActivity } from '../../src/core/privacy/model';
import { DATA_PROTECTION_OFFICERS_GROUP } from '../../src/core/roles';
import { GOVERNANCE_ROLES_LIST } from '../../src/core/schema';
import { addAssignment, siteGroupNames, VALIDATE_DPIA } from '../../src/data/governanceRoles';
import { GOVERNANCE_LEADS_GROUP, SiteDirectory } from '../../src/data/people/siteDirectory';
import { DpiaStore, type DpiaRecord } from '../../src/data/privacy/dpiaStore';
import { loadPrivacyFigures } from '../../src/data/privacy/privacyFigures';
import { createRepositories, type Repositories } from '../../src/data/repositories/createRepositories';
import { completeDpiaContent, controllerRecord } from './support/privacySamples';
import { startHarness, type Harness, type UserKey } from './support/harness';

const REGION = 'East and Horn of Africa';

describe('DPIA validation is routed by the governance roles (issue 19)', () => {
  let harness: Harness;
  const repos = (user: UserKey): Repositories => createRepositories(harness.sp(user), { log: harness.log });
  const store = (user: UserKey): DpiaStore => new DpiaStore(repos(user), new SiteDirectory(harness.sp(user)), { webUrl: async () => harness.emulator.siteUrl });
  const assign = async (values: Partial<GovernanceRoleAssignment>): Promise<void> => {
    await addAssignment(repos('lead'), { activity: VALIDATE_DPIA, assigneeKind: 'Person', ...values }, { groups: await siteGroupNames(harness.sp('lead')) });
  };
  /** Requests to the RACI list since `mark` (the emulator logs one line per request answered). */
  const matrixReads = (mark: number): string[] => harness.requests.slice(mark).filter((line) => line.includes(GOVERNANCE_ROLES_LIST.title));
  const activity = (title: string, mission: string, region: string): ProcessingActivity => controllerRecord({ title, mission, region, owner: harness.people.lead, dpiaRequired: true });

  /** `author` starts and submits a complete DPIA for a new record of `mission`; the DPO (admin) gives a favourable opinion. */
  const awaitingValidation = async (author: UserKey, title: string, mission: string, region: string): Promise<DpiaRecord> => {
    const activityId = (await repos(author).processingActivities.create(activity(title, mission, region), { includeComputed: true })).id;
    const created = await store(author).createDpia(activityId);
    await store(author).submitDpia(created.dpia.id, created.dpia.title, completeDpiaContent(created.content, harness.people.lead.id), created.dpia.etag);
    const opined = await store('admin').addDecision(created.dpia.id, 'Favourable', undefined);
    assert.equal(opined.status.state, 'Awaiting validation');
    return opined;
  };

  before(async () => {
    harness = await startHarness();
    await harness.provision();
    harness.addToGroup('admin', DATA_PROTECTION_OFFICERS_GROUP);
    // Kenya's Accountable is Alice (neither a lead nor an activity's owner), Lena Informed; the region's is Bob. No
    // organisation assignment: elsewhere the Governance Leads group (Lena) validates.
    await assign({ scopeKind: 'Mission', scopeValue: 'Kenya', role: 'A', assigneePerson: harness.people.alice });
    await assign({ scopeKind: 'Mission', scopeValue: 'Kenya', role: 'I', assigneePerson: harness.people.lead });
    await assign({ scopeKind: 'Region', scopeValue: REGION, role: 'A', assigneePerson: harness.people.bob });
  });
  after(() => harness.close());

  it('a Kenya DPIA is routed to Kenya\'s Accountable, read with one request to the matrix, and her validation counts', async () => {
    const waiting = await awaitingValidation('bob', 'Refugee registration - Kenya', 'Kenya', REGION);
    const mark = harness.requests.length;
    const loaded = await store('alice').loadDpia(waiting.dpia.id);
    assert.equal(matrixReads(mark).length, 1, 'one read of the matrix for the panel');
    assert.equal(loaded.route?.decider?.id, harness.people.alice.id);
    assert.equal(loaded.route?.routing.resolvedAt, 'Mission');
    assert.equal(loaded.route?.scopeName, 'Kenya');
    assert.deepEqual(loaded.route?.routing.informed.map((i) => (i.kind === 'Person' ? i.person.title : i.group)), ['Lena Lead']);
    assert.equal(loaded.routeError, undefined);

    const validated = await store('alice').addDecision(waiting.dpia.id, 'Validated', 'Validated as Kenya\'s Accountable.');
    assert.equal(validated.status.state, 'Validated');
    assert.equal(validated.dpia.state, 'Validated', 'the state column follows');
    assert.equal(validated.status.validation?.author?.id, harness.people.alice.id, 'SharePoint recorded her as the decider');
    assert.equal(validated.status.decisions[0].counts, true);
  });

  it('without a mission or region Accountable it falls to the Governance Leads group: the lead validates, Alice does not count', async () => {
    const waiting = await awaitingValidation('bob', 'Health assessments - Peru', 'Peru', 'South America');
    assert.equal(waiting.route?.routing.resolvedAt, 'fallback');
    assert.deepEqual(waiting.route?.routing.accountable, { kind: 'Group', group: GOVERNANCE_LEADS_GROUP });
    assert.equal(waiting.route?.decider?.id, harness.people.lead.id);
    const byAlice = await store('alice').addDecision(waiting.dpia.id, 'Validated', undefined);
    assert.equal(byAlice.status.state, 'Awaiting validation');
    assert.equal(byAlice.status.decisions[0].reason, 'notEligible');
    const byLead = await store('lead').addDecision(waiting.dpia.id, 'Validated', undefined);
    assert.equal(byLead.status.state, 'Validated', 'a lead still validates, as before');
  });

  it('the submitter is passed over: Alice\'s own Kenya DPIA goes to the region\'s Accountable, and her validation of it never counts', async () => {
    const waiting = await awaitingValidation('alice', 'Protection case management - Kenya', 'Kenya', REGION);
    assert.equal(waiting.route?.decider?.id, harness.people.bob.id);
    assert.equal(waiting.route?.routing.resolvedAt, 'Region');
    assert.equal(waiting.route?.scopeName, REGION);
    assert.equal(waiting.route?.deciderIds.has(harness.people.alice.id), false);
    const self = await store('alice').addDecision(waiting.dpia.id, 'Validated', undefined);
    assert.equal(self.status.state, 'Awaiting validation');
    assert.equal(self.status.decisions[0].reason, 'selfDecision');
    const byBob = await store('bob').addDecision(waiting.dpia.id, 'Validated', undefined);
    assert.equal(byBob.status.state, 'Validated');
  });

  it('the scorecard\'s figures count the routed validations too, with one read of the matrix for every DPIA', async () => {
    const mark = harness.requests.length;
    const figures = await loadPrivacyFigures(repos('lead'), new SiteDirectory(harness.sp('lead')), new Date());
    assert.equal(matrixReads(mark).length, 1, 'one read of the matrix for all the DPIAs');
    // Three records need a DPIA and have one, each validated (by Alice as routed, the lead, Bob as routed).
    assert.equal(figures.missions.reduce((sum, m) => sum + m.records, 0), 3);
    assert.deepEqual(figures.flagged.filter((f) => f.figures.includes('dpiaNotValidated')).map((f) => f.title), []);
  });
});
