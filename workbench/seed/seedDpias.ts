/**
 * Seeds a dozen DPIAs (issue 17, part 3) through the production DPIA store, each step signed in as the person who
 * takes it, so every Author is real: a mission's focal point writes and submits the DPIA, the demo DPO (member of the
 * Data Protection Officers group) gives the opinion, a governance lead validates. The DPIAs cover every state: draft,
 * awaiting the DPO's opinion, awaiting validation, validated (one with an action raised as a risk), returned to draft
 * after a change, and returned to draft after a refusal. Only processing activities that need a DPIA and have none are
 * used, so the "DPIA required, none recorded" flag goes from those. Fictional: no real personal data.
 */
import type { PersonRef, Stored } from '../../src/core/models/common';
import type { DpiaContent } from '../../src/core/privacy/dpiaModel';
import type { ProcessingActivity } from '../../src/core/privacy/model';
import { dpiaMissing } from '../../src/core/privacy/screening';
import { createDpiaStore, type DpiaStore } from '../../src/data/privacy/dpiaStore';
import { readAll } from '../../src/data/query/readMatching';
import { createRepositories } from '../../src/data/repositories/createRepositories';
import { createNodeSp } from '../../src/data/sp/createSp';
import type { EmulatorHandle } from '../emulator';
import { DEMO_USERS, type DemoUser } from './demoUsers';

/** DPIAs the workbench shows. */
export const DEMO_DPIA_COUNT = 12;

/** The state each seeded DPIA ends in, in order. */
const PLAN = [
  'draft', 'draft', 'draft',
  'submitted', 'submitted',
  'opinion', 'opinion',
  'validated', 'validated', 'validatedRaised',
  'changed', 'refused'
] as const;

/** Every section of a DPIA for `activity`, as a focal point would write it after the pre-filled context. */
function completeContent(prefilled: DpiaContent, activity: Stored<ProcessingActivity>, actionOwner: PersonRef, dueDate: string): DpiaContent {
  const subjects = (activity.dataSubjectCategories ?? []).join(', ').toLowerCase() || 'the people concerned';
  const ok = (text: string): { text: string; judgement: 'acceptable' } => ({ text, judgement: 'acceptable' });
  return {
    context: {
      ...prefilled.context,
      lifecycle: prefilled.context.lifecycle ?? 'Collected at registration by mission staff, used for case follow-up, archived then erased at the end of the retention period.',
      assets: prefilled.context.assets ?? 'The mission\'s case management system, its backups, and staff laptops.'
    },
    principles: {
      purposes: ok('The purposes are stated in the record of processing and in the information notice.'),
      legalBasis: ok(activity.legalBasis ? `${activity.legalBasis}, documented in the mission's mandate.` : 'On behalf of the controller, under a data processing agreement.'),
      minimisation: { text: 'The registration form collects more contact fields than case follow-up needs.', judgement: 'needsImprovement' },
      accuracy: ok('Data is checked with the person at each visit and can be corrected at any time.'),
      retention: ok('Retention follows the record of processing; erasure is scheduled in the system.'),
      information: ok(`An information notice is read to ${subjects} in their language at registration.`),
      consent: ok('Not the legal basis; consent is still sought for optional photographs.'),
      accessPortability: ok('Requests go to the mission\'s data protection focal point, answered within a month.'),
      rectificationErasure: ok('Staff correct data on request; erasure follows the retention rule or a justified request.'),
      restrictionObjection: ok('Objections are logged and assessed case by case by the legal officer.'),
      processors: ok('Partners sign data sharing agreements with Art. 28 clauses.'),
      transfers: ok(activity.internationalTransfers ? `Transfers rely on ${activity.transferSafeguard ?? 'the recorded safeguard'}.` : 'No transfer outside the organisation.')
    },
    risks: {
      illegitimateAccess: { sources: 'Staff with excessive rights, partners, attackers targeting displaced people', impacts: `Exposure of ${subjects} to persecution or discrimination`, likelihood: 3, severity: 4, measures: 'Role-based access, multi-factor authentication, encryption at rest, yearly access reviews', residualLikelihood: 2, residualSeverity: 4 },
      unwantedModification: { sources: 'Staff error, partner systems', impacts: 'Wrong eligibility decisions, assistance denied', likelihood: 2, severity: 3, measures: 'Audit trail, four-eyes check on eligibility fields', residualLikelihood: 1, residualSeverity: 3 },
      disappearance: { sources: 'Server failure, ransomware, loss of a laptop', impacts: 'Assistance interrupted, cases lost', likelihood: 2, severity: 3, measures: 'Daily encrypted backups kept off site, restore tested quarterly', residualLikelihood: 1, residualSeverity: 2 }
    },
    actionPlan: [
      { key: 'mfa', title: `Enforce multi-factor authentication for partner accounts (${activity.mission ?? 'mission'})`, owner: actionOwner, dueDate, fearedEvent: 'illegitimateAccess' },
      { key: 'form', title: 'Remove unneeded contact fields from the registration form', owner: actionOwner, dueDate, fearedEvent: 'unwantedModification' }
    ]
  };
}

/** Seeds the DPIAs; returns the number that failed. Idempotent: does nothing when DPIAs exist. */
export async function seedDpias(emulator: EmulatorHandle, options: { now: Date; log: (line: string) => void; count?: number }): Promise<number> {
  const as = (user: DemoUser): DpiaStore => {
    const sp = createNodeSp(emulator.siteUrl, { user: user.loginName });
    return createDpiaStore(sp, createRepositories(sp));
  };
  const person = (user: DemoUser): PersonRef => {
    const stored = emulator.store.getUserByLogin(user.loginName);
    return { id: stored?.Id ?? 0, title: user.title, email: user.email };
  };
  const lead = DEMO_USERS.find((u) => u.role === 'lead') as DemoUser;
  const dpo = DEMO_USERS.find((u) => u.role === 'dpo');
  if (!dpo) return 0;
  const repos = createRepositories(createNodeSp(emulator.siteUrl, { user: lead.loginName }));
  if ((await repos.dpias.count()) > 0) return 0;
  const focalPoints = DEMO_USERS.filter((u) => u.role === 'focalPoint');
  const candidates = (await readAll(repos.processingActivities, {})).filter((a) => dpiaMissing(a) && a.role === 'Controller').sort((a, b) => a.id - b.id);
  const plan = PLAN.slice(0, Math.min(options.count ?? DEMO_DPIA_COUNT, candidates.length));
  const dueDate = new Date(options.now.getTime() + 120 * 86400000).toISOString().slice(0, 10);
  let failed = 0;
  const reached: Record<string, number> = {};
  for (const [index, target] of plan.entries()) {
    const activity = candidates[index];
    // The region's focal point writes it; the lead validates (never the same person, never the DPO).
    const author = focalPoints.find((f) => f.region === activity.region) ?? focalPoints[index % focalPoints.length];
    const validator = lead;
    try {
      const writer = as(author);
      let record = await writer.createDpia(activity.id);
      if (target !== 'draft' || index === 0) {
        const content = completeContent(record.content, activity, activity.owner ?? person(author), dueDate);
        record = target === 'draft'
          ? await writer.saveDpia(record.dpia.id, record.dpia.title, content, record.dpia.etag)
          : await writer.submitDpia(record.dpia.id, record.dpia.title, content, record.dpia.etag);
      }
      if (target === 'opinion' || target.startsWith('validated') || target === 'changed' || target === 'refused') {
        const opinion = target === 'refused' ? 'Unfavourable' : index % 2 === 0 ? 'Favourable with reservations' : 'Favourable';
        record = await as(dpo).addDecision(record.dpia.id, opinion, opinion === 'Favourable' ? undefined : 'Reduce the contact fields collected before the next registration round.');
      }
      if (target.startsWith('validated') || target === 'changed') record = await as(validator).addDecision(record.dpia.id, 'Validated', 'Validated for the controller.');
      if (target === 'refused') record = await as(validator).addDecision(record.dpia.id, 'Refused', 'Residual risk of illegitimate access too high: add the measures the DPO asks for.');
      if (target === 'validatedRaised') record = (await writer.raiseActionAsRisk(record.dpia.id, 'mfa')).record;
      if (target === 'changed') {
        const changed = { ...record.content, context: { ...record.content.context, data: `${record.content.context.data ?? ''}\nFingerprints added for identity verification.` } };
        record = await writer.saveDpia(record.dpia.id, record.dpia.title, changed, record.dpia.etag);
      }
      reached[record.status.state] = (reached[record.status.state] ?? 0) + 1;
    } catch (error) {
      failed++;
      options.log(`DPIA for "${activity.title}" failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  options.log(`seeded ${plan.length - failed} DPIAs (${Object.entries(reached).map(([state, n]) => `${n} ${state}`).join(', ')})`);
  return failed;
}
