/**
 * The DPIA's rules (issue 17, part 3): what a DPIA must state, and which decisions count. Pure; who belongs to the
 * "Data Protection Officers" and "Governance Leads" groups is an input (site user ids), as in the Risk Register.
 *
 * Who decides (README, "DPIAs"):
 * - the DPO's opinion counts only when its Author (set by SharePoint) is a member of the Data Protection Officers
 *   group, is the person the decision names (`decidedBy`: otherwise a forged author), is not the DPIA's Author, and
 *   it was made for the DPIA's current content (`contentHash`);
 * - the controller's validation counts only when its Author is the processing activity's owner, a governance lead
 *   or the Accountable the governance roles route "validate DPIA" to (issue 19: the person, or a member of the group
 *   named Accountable; `routedIds`), is the person it names, is neither the DPIA's Author nor the DPO whose opinion it follows (the adviser
 *   does not decide), was made for the current content, and follows a counting DPO opinion on that same content.
 * The newest counting decision of each kind wins. A DPIA whose content changed after a decision returns to draft,
 * and the state says which decision no longer counts and when the DPIA changed.
 */
import type { FieldIssue } from '../errors';
import { judgeAuthoredDecision, type AuthoredDecisionReason } from '../decisions/authoredDecision';
import type { PersonRef, Stored } from '../models/common';
import { compareByCreated, createdTime, isKnownPerson, samePerson } from '../ownership/counting';
import { fieldIssue } from '../validation/fieldRules';
import { isValidIsoDate } from '../validation/isoDate';
import {
  DPIA_CONTEXT_KEYS, DPIA_FEARED_EVENTS, DPIA_PRINCIPLE_KEYS, DPIA_SCALE_MAX, DPIA_SCALE_MIN, dpiaContentHash, isDpoOpinion,
  type Dpia, type DpiaContent, type DpiaDecision, type DpiaRisk, type DpiaState
} from './dpiaModel';

/** When the rules run: a draft is saved with its values checked; submitting it for the DPO's opinion also needs every section. */
export type DpiaValidationMode = 'draft' | 'submit';

function isScale(value: number): boolean {
  return Number.isInteger(value) && value >= DPIA_SCALE_MIN && value <= DPIA_SCALE_MAX;
}

const RISK_REQUIRED: readonly (keyof DpiaRisk)[] = ['sources', 'impacts', 'likelihood', 'severity', 'measures', 'residualLikelihood', 'residualSeverity'];

/**
 * Every problem of a DPIA's content, each a code the UI maps to an en/fr/es message (English text for logs). Always:
 * likelihood and severity whole numbers 1-4, residual likelihood and severity not above the inherent ones (measures
 * reduce a risk, they cannot add to it), every action with its title, owner and a valid due date. On submit, also
 * every context section, every principle's assessment and judgement, and every feared event fully assessed.
 */
export function dpiaIssues(content: DpiaContent, mode: DpiaValidationMode): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (mode === 'submit') {
    for (const key of DPIA_CONTEXT_KEYS) {
      if (!content.context[key]?.trim()) issues.push(fieldIssue(`context.${key}`, 'dpiaContextRequired', `Describe the context: ${key}.`, { section: key }));
    }
    for (const key of DPIA_PRINCIPLE_KEYS) {
      const p = content.principles[key];
      if (!p?.text?.trim() || !p.judgement) issues.push(fieldIssue(`principles.${key}`, 'dpiaPrincipleRequired', `Assess the principle "${key}" and judge it acceptable or needing improvement.`, { principle: key }));
    }
  }
  for (const event of DPIA_FEARED_EVENTS) {
    const risk = content.risks[event] ?? {};
    if (mode === 'submit' && RISK_REQUIRED.some((k) => risk[k] === undefined || (typeof risk[k] === 'string' && (risk[k] as string).trim() === ''))) {
      issues.push(fieldIssue(`risks.${event}`, 'dpiaRiskIncomplete', `Assess the feared event "${event}": sources, impacts, likelihood, severity, measures and residual values.`, { event }));
    }
    for (const k of ['likelihood', 'severity', 'residualLikelihood', 'residualSeverity'] as const) {
      const value = risk[k];
      if (value !== undefined && !isScale(value)) {
        issues.push(fieldIssue(`risks.${event}.${k}`, 'dpiaScaleOutOfRange', `${k} of "${event}" must be a whole number from ${DPIA_SCALE_MIN} to ${DPIA_SCALE_MAX}.`, { event, min: DPIA_SCALE_MIN, max: DPIA_SCALE_MAX }));
      }
    }
    const pairs = [['residualLikelihood', 'likelihood'], ['residualSeverity', 'severity']] as const;
    for (const [residual, inherent] of pairs) {
      const r = risk[residual];
      const i = risk[inherent];
      if (r !== undefined && i !== undefined && isScale(r) && isScale(i) && r > i) {
        issues.push(fieldIssue(`risks.${event}.${residual}`, 'dpiaResidualAboveInherent', `The residual ${inherent} of "${event}" (${r}) is above the ${inherent} before measures (${i}): measures cannot add risk.`, { event, residual: r, inherent: i }));
      }
    }
  }
  content.actionPlan.forEach((action, index) => {
    const n = index + 1;
    if (!action.title?.trim()) issues.push(fieldIssue(`actionPlan.${action.key}.title`, 'dpiaActionTitleRequired', `Action ${n} needs a title.`, { action: n }));
    if (!isKnownPerson(action.owner)) issues.push(fieldIssue(`actionPlan.${action.key}.owner`, 'dpiaActionOwnerRequired', `Action ${n} needs an owner.`, { action: n }));
    if (!action.dueDate || !isValidIsoDate(action.dueDate)) issues.push(fieldIssue(`actionPlan.${action.key}.dueDate`, 'dpiaActionDueDateRequired', `Action ${n} needs a due date.`, { action: n }));
  });
  return issues;
}

/** Why a DPIA decision does not count, in the order checked. */
export const DPIA_DECISION_REASONS = ['missingAuthor', 'missingCreated', 'forgedAuthor', 'selfDecision', 'notEligible', 'olderVersion', 'noCountingOpinion', 'dpoValidates'] as const;
export type DpiaDecisionReason = (typeof DPIA_DECISION_REASONS)[number];

/** What the rules need besides the DPIA and its decisions. */
export interface DpiaDeciders {
  /** Site user ids of the Data Protection Officers group's members. */
  readonly dpoIds: ReadonlySet<number>;
  /** Site user ids of the Governance Leads group's members. */
  readonly leadIds: ReadonlySet<number>;
  /** The assessed processing activity's owner (the controller's accountable person). */
  readonly activityOwner?: PersonRef;
  /**
   * Site user ids the governance roles route this DPIA's validation to (issue 19): the Accountable person, or every
   * member of the Accountable group, never the DPIA's author. Their validation counts as a lead's does.
   */
  readonly routedIds?: ReadonlySet<number>;
}

/** Whether `person` may validate (controller's validation): the activity's owner, a lead, or the routed Accountable. */
export function mayValidateDpia(person: PersonRef, deciders: DpiaDeciders): boolean {
  return deciders.leadIds.has(person.id) || samePerson(person, deciders.activityOwner) || deciders.routedIds?.has(person.id) === true;
}

export interface JudgedDpiaDecision {
  readonly decision: Stored<DpiaDecision>;
  readonly counts: boolean;
  readonly reason?: DpiaDecisionReason;
}

/** Why a DPIA is back in draft: the controller refused it, or it changed after a decision that therefore no longer counts. */
export type DpiaReturn =
  | { readonly kind: 'refused'; readonly decision: Stored<DpiaDecision> }
  | { readonly kind: 'changed'; readonly decision: Stored<DpiaDecision>; readonly changedOn?: string };

/** The state of a DPIA as its decision items establish it. */
export interface DpiaStatus {
  readonly state: DpiaState;
  /** The fingerprint of the content stored now (recomputed, never read from the stored column). */
  readonly contentHash: string;
  readonly opinion?: Stored<DpiaDecision>;
  readonly validation?: Stored<DpiaDecision>;
  readonly returned?: DpiaReturn;
  /** Every decision on this DPIA, newest first, with whether it counts and why not. */
  readonly decisions: readonly JudgedDpiaDecision[];
}

/**
 * Judges the decisions of `dpia` (others' are ignored) oldest first and derives its state:
 * - Validated: the newest counting validation on the current content says Validated;
 * - Returned to draft: it says Refused, or the content changed after a decision that would otherwise count (and the
 *   author has not submitted the changed content again);
 * - Awaiting validation: a counting DPO opinion on the current content and no counting validation;
 * - Awaiting DPO opinion: its author submitted the current content (`submittedHash`) and no counting opinion yet;
 * - Draft otherwise.
 */
export function deriveDpiaState(dpia: Stored<Dpia>, decisions: readonly Stored<DpiaDecision>[], deciders: DpiaDeciders): DpiaStatus {
  const hash = dpiaContentHash(dpia);
  const mine = decisions.filter((d) => d.dpia?.id === dpia.id).sort(compareByCreated);
  const judged: JudgedDpiaDecision[] = [];
  const countingOpinions: Stored<DpiaDecision>[] = [];
  let opinion: Stored<DpiaDecision> | undefined;
  let validation: Stored<DpiaDecision> | undefined;
  let stale: Stored<DpiaDecision> | undefined;
  for (const decision of mine) {
    const reason = judgeDpiaDecision(decision, dpia, hash, deciders, countingOpinions);
    judged.unshift({ decision, counts: reason === undefined, reason });
    if (reason === 'olderVersion') stale = decision;
    if (reason !== undefined) continue;
    if (isDpoOpinion(decision.decision)) {
      countingOpinions.push(decision);
      opinion = decision;
    } else {
      validation = decision;
    }
  }
  const base = { contentHash: hash, opinion, validation, decisions: judged };
  if (validation) {
    return validation.decision === 'Validated' ? { ...base, state: 'Validated' } : { ...base, state: 'Returned to draft', returned: { kind: 'refused', decision: validation } };
  }
  if (opinion) return { ...base, state: 'Awaiting validation' };
  const returned: DpiaReturn | undefined = stale ? { kind: 'changed', decision: stale, changedOn: dpia.modified } : undefined;
  if (dpia.submittedHash === hash) return { ...base, state: 'Awaiting DPO opinion', returned };
  return returned ? { ...base, state: 'Returned to draft', returned } : { ...base, state: 'Draft' };
}

/** Undefined when `decision` counts; else why not. `countingOpinions`: the DPO opinions that counted before it. */
function judgeDpiaDecision(
  decision: Stored<DpiaDecision>,
  dpia: Stored<Dpia>,
  hash: string,
  deciders: DpiaDeciders,
  countingOpinions: readonly Stored<DpiaDecision>[]
): DpiaDecisionReason | undefined {
  // A decision naming someone other than its Author is forged, whoever wrote it: checked before eligibility so the
  // UI says so rather than "not a DPO".
  if (isKnownPerson(decision.author) && createdTime(decision) !== undefined && !samePerson(decision.author, decision.decidedBy)) return 'forgedAuthor';
  const opinionKind = isDpoOpinion(decision.decision) && decision.kind === 'DPO opinion';
  const validationKind = !isDpoOpinion(decision.decision) && decision.kind === 'Controller validation';
  const verdict = judgeAuthoredDecision<Stored<DpiaDecision>, 'olderVersion' | 'noCountingOpinion' | 'dpoValidates'>(decision, {
    isSubject: (author) => samePerson(author, dpia.author),
    isEligible: (author) => {
      if (opinionKind) return deciders.dpoIds.has(author.id);
      if (validationKind) return mayValidateDpia(author, deciders);
      return false;
    },
    extraCheck: (d) => {
      if (d.contentHash !== hash) return 'olderVersion';
      if (!validationKind) return undefined;
      const decided = createdTime(d) ?? 0;
      const before = countingOpinions.filter((o) => o.contentHash === hash && (createdTime(o) ?? Infinity) <= decided);
      if (before.length === 0) return 'noCountingOpinion';
      if (samePerson(d.author, before[before.length - 1].author)) return 'dpoValidates';
      return undefined;
    }
  });
  return verdict.counts ? undefined : (verdict.reason as AuthoredDecisionReason | DpiaDecisionReason as DpiaDecisionReason);
}

/** The decision the signed-in user may add now, if any (the UI shows "Give opinion" or "Validate" only then). */
export function dpiaActionsFor(user: PersonRef, dpia: Stored<Dpia>, status: DpiaStatus, deciders: DpiaDeciders): { readonly giveOpinion: boolean; readonly validate: boolean } {
  const author = samePerson(user, dpia.author);
  const giveOpinion = !author && deciders.dpoIds.has(user.id) && (status.state === 'Awaiting DPO opinion' || status.state === 'Awaiting validation');
  const validate = !author && status.state === 'Awaiting validation' && mayValidateDpia(user, deciders) && !samePerson(user, status.opinion?.author);
  return { giveOpinion, validate };
}
