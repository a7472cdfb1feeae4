import type { PersonRef, Stored } from '../models/common';
import { DPIAS_LIST, DPIA_DECISIONS_LIST } from '../schema';
import { dpiaContentFields, dpiaContentHash, readDpiaContent, type Dpia, type DpiaContent, type DpiaDecision } from './dpiaModel';
import { deriveDpiaState, dpiaActionsFor, dpiaIssues, type DpiaDeciders } from './dpiaRules';

const author: PersonRef = { id: 10, title: 'Amina Focal' };
const dpo: PersonRef = { id: 20, title: 'Dora DPO' };
const otherDpo: PersonRef = { id: 21, title: 'Omar DPO' };
const owner: PersonRef = { id: 30, title: 'Olga Owner' };
const lead: PersonRef = { id: 40, title: 'Lena Lead' };
const staff: PersonRef = { id: 50, title: 'Sam Staff' };

const deciders: DpiaDeciders = { dpoIds: new Set([dpo.id, otherDpo.id]), leadIds: new Set([lead.id]), activityOwner: owner };

/** A DPIA content that passes the submit rules. */
function completeContent(): DpiaContent {
  const principle = { text: 'Stated and documented.', judgement: 'acceptable' as const };
  const risk = { sources: 'Staff, partners', impacts: 'Exposure of protection cases', likelihood: 3, severity: 4, measures: 'Access control, encryption', residualLikelihood: 1, residualSeverity: 4 };
  return {
    context: { description: 'Registration of migrants', data: 'Identity, contact', lifecycle: 'Collected at registration, kept 5 years', assets: 'Case management system' },
    principles: Object.fromEntries(['purposes', 'legalBasis', 'minimisation', 'accuracy', 'retention', 'information', 'consent', 'accessPortability', 'rectificationErasure', 'restrictionObjection', 'processors', 'transfers'].map((k) => [k, principle])),
    risks: { illegitimateAccess: risk, unwantedModification: { ...risk, likelihood: 2, residualLikelihood: 1 }, disappearance: { ...risk, severity: 3, residualSeverity: 2 } },
    actionPlan: [{ key: 'a1', title: 'Encrypt backups', owner, dueDate: '2027-03-31', fearedEvent: 'disappearance' }]
  };
}

function dpia(content: DpiaContent = completeContent(), overrides: Partial<Stored<Dpia>> = {}): Stored<Dpia> {
  const base = { id: 7, etag: '"3"', title: 'DPIA of beneficiary registration', activity: { id: 3 }, author, created: '2026-11-01T09:00:00Z', modified: '2026-11-02T09:00:00Z', ...dpiaContentFields(content) };
  return { ...base, submittedHash: dpiaContentHash(base), ...overrides };
}

let nextId = 1;
function decision(by: PersonRef, value: DpiaDecision['decision'], d: Stored<Dpia>, at: string, overrides: Partial<Stored<DpiaDecision>> = {}): Stored<DpiaDecision> {
  return {
    id: nextId++, etag: '"1"', title: 'x', dpia: { id: d.id }, kind: value === 'Validated' || value === 'Refused' ? 'Controller validation' : 'DPO opinion',
    decision: value, decidedBy: by, contentHash: dpiaContentHash(d), author: by, created: at, ...overrides
  };
}

describe('DPIA content mapping', () => {
  it('round-trips the sections and drops what is not in the vocabularies', () => {
    const stored = dpiaContentFields(completeContent());
    expect(readDpiaContent(stored)).toEqual(completeContent());
    const odd = readDpiaContent({ context: '{"description":"x","unknown":"y"}', principles: '{"purposes":{"judgement":"great"}}', risks: 'not json', actionPlan: '[{"title":"t","riskId":-2}]' });
    expect(odd).toEqual({ context: { description: 'x' }, principles: {}, risks: {}, actionPlan: [{ key: 'action-1', title: 't' }] });
  });

  it('the fingerprint changes with the content but not with a raised risk id', () => {
    const d = dpia();
    const raised = { ...completeContent(), actionPlan: [{ ...completeContent().actionPlan[0], riskId: 99 }] };
    expect(dpiaContentHash(dpia(raised))).toBe(dpiaContentHash(d));
    const changed = { ...completeContent(), context: { ...completeContent().context, data: 'Identity, contact, biometrics' } };
    expect(dpiaContentHash(dpia(changed))).not.toBe(dpiaContentHash(d));
  });

  it('both lists stay within 20 indexed columns and the decisions list is add-only', () => {
    expect(DPIAS_LIST.fields.filter((f) => f.indexed).length).toBeLessThanOrEqual(20);
    expect(DPIA_DECISIONS_LIST.access).toBe('appendOnly');
  });
});

describe('DPIA validation', () => {
  const codes = (content: DpiaContent, mode: 'draft' | 'submit'): string[] => dpiaIssues(content, mode).map((i) => `${i.field}:${i.code}`);

  it('accepts a complete DPIA for submission, and an empty draft', () => {
    expect(codes(completeContent(), 'submit')).toEqual([]);
    expect(codes({ context: {}, principles: {}, risks: {}, actionPlan: [] }, 'draft')).toEqual([]);
  });

  it('requires every section on submit', () => {
    const c = completeContent();
    const missing = { ...c, context: { ...c.context, lifecycle: ' ' }, principles: { ...c.principles, consent: { text: 'n/a' } }, risks: { ...c.risks, disappearance: { likelihood: 2 } } };
    expect(codes(missing, 'submit')).toEqual(['context.lifecycle:dpiaContextRequired', 'principles.consent:dpiaPrincipleRequired', 'risks.disappearance:dpiaRiskIncomplete']);
    expect(codes(missing, 'draft')).toEqual([]);
  });

  it('keeps likelihood and severity on the 1-4 scale and residual not above inherent', () => {
    const c = completeContent();
    const bad = { ...c, risks: { illegitimateAccess: { likelihood: 5, severity: 0 }, unwantedModification: { likelihood: 2, severity: 2, residualLikelihood: 3, residualSeverity: 2 }, disappearance: { likelihood: 2.5 } } };
    expect(codes(bad, 'draft')).toEqual([
      'risks.illegitimateAccess.likelihood:dpiaScaleOutOfRange',
      'risks.illegitimateAccess.severity:dpiaScaleOutOfRange',
      'risks.unwantedModification.residualLikelihood:dpiaResidualAboveInherent',
      'risks.disappearance.likelihood:dpiaScaleOutOfRange'
    ]);
  });

  it('needs each action\'s title, owner and due date', () => {
    const c = { ...completeContent(), actionPlan: [{ key: 'a1' }, { key: 'a2', title: 'Train staff', owner, dueDate: '2027-02-30' }] };
    expect(codes(c, 'draft')).toEqual(['actionPlan.a1.title:dpiaActionTitleRequired', 'actionPlan.a1.owner:dpiaActionOwnerRequired', 'actionPlan.a1.dueDate:dpiaActionDueDateRequired', 'actionPlan.a2.dueDate:dpiaActionDueDateRequired']);
  });
});

describe('DPIA decisions: who counts', () => {
  it('a submitted DPIA awaits the DPO; a draft is a draft', () => {
    expect(deriveDpiaState(dpia(), [], deciders).state).toBe('Awaiting DPO opinion');
    expect(deriveDpiaState(dpia(completeContent(), { submittedHash: undefined }), [], deciders).state).toBe('Draft');
  });

  it('the DPO\'s opinion then the owner\'s validation validate it', () => {
    const d = dpia();
    const opinion = decision(dpo, 'Favourable with reservations', d, '2026-11-03T10:00:00Z');
    expect(deriveDpiaState(d, [opinion], deciders).state).toBe('Awaiting validation');
    const validation = decision(owner, 'Validated', d, '2026-11-04T10:00:00Z');
    const status = deriveDpiaState(d, [opinion, validation], deciders);
    expect(status.state).toBe('Validated');
    expect(status.opinion?.id).toBe(opinion.id);
    expect(status.validation?.id).toBe(validation.id);
    expect(status.decisions.map((j) => j.counts)).toEqual([true, true]);
    // A governance lead may validate as well as the activity's owner.
    expect(deriveDpiaState(d, [opinion, decision(lead, 'Validated', d, '2026-11-04T10:00:00Z')], deciders).state).toBe('Validated');
  });

  it('a self-opinion, a forged author, a non-DPO and an opinion without Author do not count', () => {
    const d = dpia(completeContent(), { author: dpo });
    const self = decision(dpo, 'Favourable', d, '2026-11-03T10:00:00Z');
    const forged = decision(staff, 'Favourable', d, '2026-11-03T11:00:00Z', { decidedBy: otherDpo });
    const notDpo = decision(staff, 'Favourable', d, '2026-11-03T12:00:00Z');
    const anonymous = decision(otherDpo, 'Favourable', d, '2026-11-03T13:00:00Z', { author: undefined });
    const status = deriveDpiaState(d, [self, forged, notDpo, anonymous], deciders);
    expect(status.state).toBe('Awaiting DPO opinion');
    expect(status.decisions.map((j) => j.reason)).toEqual(['missingAuthor', 'notEligible', 'forgedAuthor', 'selfDecision']);
  });

  it('a validation before any counting opinion, by a non-owner, by the DPO or by the author does not count', () => {
    const d = dpia();
    const early = decision(owner, 'Validated', d, '2026-11-02T10:00:00Z');
    const opinion = decision(dpo, 'Favourable', d, '2026-11-03T10:00:00Z');
    const byStaff = decision(staff, 'Validated', d, '2026-11-04T10:00:00Z');
    const byAuthor = decision(author, 'Validated', d, '2026-11-04T11:00:00Z');
    const leadDpo: DpiaDeciders = { ...deciders, leadIds: new Set([lead.id, dpo.id]) };
    const byDpo = decision(dpo, 'Validated', d, '2026-11-04T12:00:00Z');
    const status = deriveDpiaState(d, [early, opinion, byStaff, byAuthor, byDpo], leadDpo);
    expect(status.state).toBe('Awaiting validation');
    expect(status.decisions.map((j) => j.reason)).toEqual(['dpoValidates', 'selfDecision', 'notEligible', undefined, 'noCountingOpinion']);
  });

  it('a refused DPIA returns to draft and says so', () => {
    const d = dpia();
    const refused = decision(owner, 'Refused', d, '2026-11-04T10:00:00Z');
    const status = deriveDpiaState(d, [decision(dpo, 'Unfavourable', d, '2026-11-03T10:00:00Z'), refused], deciders);
    expect(status.state).toBe('Returned to draft');
    expect(status.returned).toEqual({ kind: 'refused', decision: refused });
  });

  it('a DPIA changed after its validation returns to draft, naming the decision and the date of the change', () => {
    const d = dpia();
    const opinion = decision(dpo, 'Favourable', d, '2026-11-03T10:00:00Z');
    const validation = decision(owner, 'Validated', d, '2026-11-04T10:00:00Z');
    const changedContent = { ...completeContent(), context: { ...completeContent().context, data: 'Identity, contact, biometrics' } };
    const changed = dpia(changedContent, { submittedHash: dpiaContentHash(d), modified: '2026-11-10T08:00:00Z' });
    const status = deriveDpiaState(changed, [opinion, validation], deciders);
    expect(status.state).toBe('Returned to draft');
    expect(status.returned).toEqual({ kind: 'changed', decision: validation, changedOn: '2026-11-10T08:00:00Z' });
    expect(status.decisions.map((j) => j.reason)).toEqual(['olderVersion', 'olderVersion']);
    // Submitted again, it awaits a new opinion (and still says why it left the validated state).
    const resubmitted = { ...changed, submittedHash: dpiaContentHash(changed) };
    expect(deriveDpiaState(resubmitted, [opinion, validation], deciders).state).toBe('Awaiting DPO opinion');
  });

  it('offers "Give opinion" to a DPO who is not the author and "Validate" to the owner after an opinion', () => {
    const d = dpia();
    const waiting = deriveDpiaState(d, [], deciders);
    expect(dpiaActionsFor(dpo, d, waiting, deciders)).toEqual({ giveOpinion: true, validate: false });
    expect(dpiaActionsFor(owner, d, waiting, deciders)).toEqual({ giveOpinion: false, validate: false });
    const opined = deriveDpiaState(d, [decision(dpo, 'Favourable', d, '2026-11-03T10:00:00Z')], deciders);
    expect(dpiaActionsFor(owner, d, opined, deciders)).toEqual({ giveOpinion: false, validate: true });
    expect(dpiaActionsFor(author, d, opined, deciders)).toEqual({ giveOpinion: false, validate: false });
  });

  it('the Accountable the governance roles route validation to (issue 19) validates though not a lead nor the owner', () => {
    const d = dpia();
    const opinion = decision(dpo, 'Favourable', d, '2026-11-03T10:00:00Z');
    const routed: DpiaDeciders = { ...deciders, routedIds: new Set([staff.id]) };
    const byRouted = decision(staff, 'Validated', d, '2026-11-04T10:00:00Z');
    // Without the route, the same item does not count; with it, it validates the DPIA.
    expect(deriveDpiaState(d, [opinion, byRouted], deciders).decisions[0].reason).toBe('notEligible');
    const status = deriveDpiaState(d, [opinion, byRouted], routed);
    expect(status.state).toBe('Validated');
    expect(status.validation?.id).toBe(byRouted.id);
    expect(dpiaActionsFor(staff, d, deriveDpiaState(d, [opinion], routed), routed)).toEqual({ giveOpinion: false, validate: true });
    expect(dpiaActionsFor(staff, d, deriveDpiaState(d, [opinion], deciders), deciders)).toEqual({ giveOpinion: false, validate: false });
    // A lead's validation still counts when someone else is routed.
    expect(deriveDpiaState(d, [opinion, decision(lead, 'Validated', d, '2026-11-04T10:00:00Z')], routed).state).toBe('Validated');
  });

  it('a routed Accountable who submitted the DPIA, or who gave the opinion, still does not validate it', () => {
    const d = dpia();
    const opinion = decision(dpo, 'Favourable', d, '2026-11-03T10:00:00Z');
    const routedAuthor: DpiaDeciders = { ...deciders, routedIds: new Set([author.id, dpo.id]) };
    const byAuthor = decision(author, 'Validated', d, '2026-11-04T10:00:00Z');
    const byDpo = decision(dpo, 'Validated', d, '2026-11-04T11:00:00Z');
    const status = deriveDpiaState(d, [opinion, byAuthor, byDpo], routedAuthor);
    expect(status.state).toBe('Awaiting validation');
    expect(status.decisions.map((j) => j.reason)).toEqual(['dpoValidates', 'selfDecision', undefined]);
    expect(dpiaActionsFor(author, d, status, routedAuthor).validate).toBe(false);
  });
});
