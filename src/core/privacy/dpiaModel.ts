/**
 * Data protection impact assessments (GDPR Art. 35) in the CNIL's PIA method: the domain model of the `DPIAs` and
 * `DPIADecisions` lists. The structured sections (context, fundamental principles, risks, action plan) are stored as
 * JSON in multi-line fields, as ProcessingActivities stores its screening answers; this file is the one place that
 * turns the raw JSON text into domain values (`readDpiaContent`) and back (`dpiaContentFields`). Pure: no SPFx,
 * PnPjs or React.
 */
import type { IsoDate, JsonText, LookupRef, PersonRef } from '../models/common';

/**
 * Where a DPIA stands. Stored by the suite (for the register's filters); what counts is derived from the decision
 * items (`deriveDpiaState`), and a stored state that disagrees is never trusted.
 */
export const DPIA_STATES = ['Draft', 'Awaiting DPO opinion', 'Awaiting validation', 'Validated', 'Returned to draft'] as const;
export type DpiaState = (typeof DPIA_STATES)[number];

/** CNIL method, part 1: the context of the processing. */
export const DPIA_CONTEXT_KEYS = ['description', 'data', 'lifecycle', 'assets'] as const;
export type DpiaContextKey = (typeof DPIA_CONTEXT_KEYS)[number];
export type DpiaContext = Partial<Record<DpiaContextKey, string>>;

/** CNIL method, part 2a: necessity and proportionality of the processing. */
export const DPIA_PROPORTIONALITY_KEYS = ['purposes', 'legalBasis', 'minimisation', 'accuracy', 'retention'] as const;
/** CNIL method, part 2b: the measures protecting the data subjects' rights. */
export const DPIA_RIGHTS_KEYS = ['information', 'consent', 'accessPortability', 'rectificationErasure', 'restrictionObjection', 'processors', 'transfers'] as const;
export const DPIA_PRINCIPLE_KEYS = [...DPIA_PROPORTIONALITY_KEYS, ...DPIA_RIGHTS_KEYS] as const;
export type DpiaPrincipleKey = (typeof DPIA_PRINCIPLE_KEYS)[number];

export const DPIA_JUDGEMENTS = ['acceptable', 'needsImprovement'] as const;
export type DpiaJudgement = (typeof DPIA_JUDGEMENTS)[number];

/** One principle's assessment: what the processing does about it, and whether that is acceptable. */
export interface DpiaPrincipleAssessment {
  readonly text?: string;
  readonly judgement?: DpiaJudgement;
}
export type DpiaPrinciples = Partial<Record<DpiaPrincipleKey, DpiaPrincipleAssessment>>;

/** CNIL method, part 3: the three feared events. */
export const DPIA_FEARED_EVENTS = ['illegitimateAccess', 'unwantedModification', 'disappearance'] as const;
export type DpiaFearedEvent = (typeof DPIA_FEARED_EVENTS)[number];

/** The CNIL's scale for likelihood and severity: 1 negligible, 2 limited, 3 significant, 4 maximum. */
export const DPIA_SCALE_MIN = 1;
export const DPIA_SCALE_MAX = 4;

/** One feared event: where it comes from, what it does to the people, how likely and how severe, before and after measures. */
export interface DpiaRisk {
  readonly sources?: string;
  readonly impacts?: string;
  readonly likelihood?: number;
  readonly severity?: number;
  /** The measures that treat it (existing or planned). */
  readonly measures?: string;
  readonly residualLikelihood?: number;
  readonly residualSeverity?: number;
}
export type DpiaRisks = Partial<Record<DpiaFearedEvent, DpiaRisk>>;

/** One measure of the action plan; `riskId` is the Risk Register item it became ("Raise as risk"), once raised. */
export interface DpiaAction {
  /** Stable within the DPIA (so "Raise as risk" names one action even when the plan is reordered). */
  readonly key: string;
  readonly title?: string;
  readonly owner?: PersonRef;
  readonly dueDate?: IsoDate;
  /** The feared event it treats, whose likelihood and severity pre-fill the raised risk. */
  readonly fearedEvent?: DpiaFearedEvent;
  readonly riskId?: number;
}

/** The list item (DPIAs): the JSON sections as text, exactly as the list stores them. */
export interface Dpia {
  title: string;
  /** The processing activity it assesses. */
  activity: LookupRef;
  /** Copied from the processing activity, so DPIAs filter by mission and region on indexed columns. */
  mission?: string;
  region?: string;
  state?: DpiaState;
  context?: JsonText;
  principles?: JsonText;
  risks?: JsonText;
  actionPlan?: JsonText;
  /** Fingerprint of the sections (`dpiaContentHash`) when last saved: a decision names the content it was made for. */
  contentHash?: string;
  /** Fingerprint of the content its author submitted for the DPO's opinion (a later change takes it back to draft). */
  submittedHash?: string;
}

/** The DPIA's sections as domain values. */
export interface DpiaContent {
  readonly context: DpiaContext;
  readonly principles: DpiaPrinciples;
  readonly risks: DpiaRisks;
  readonly actionPlan: readonly DpiaAction[];
}

/** Who decides what: the DPO's opinion (Art. 35(2)) and the controller's validation. */
export const DPIA_DECISION_KINDS = ['DPO opinion', 'Controller validation'] as const;
export type DpiaDecisionKind = (typeof DPIA_DECISION_KINDS)[number];

export const DPO_OPINIONS = ['Favourable', 'Favourable with reservations', 'Unfavourable'] as const;
export const CONTROLLER_VALIDATIONS = ['Validated', 'Refused'] as const;
export const DPIA_DECISION_VALUES = [...DPO_OPINIONS, ...CONTROLLER_VALIDATIONS] as const;
export type DpiaDecisionValue = (typeof DPIA_DECISION_VALUES)[number];

/**
 * A decision on a DPIA (list DPIADecisions), added, never edited. The decider is the item's Author, set by
 * SharePoint; `decidedBy` names the person the decision says it is from, and a decision whose Author is someone else
 * does not count (a forged author). `contentHash` and `dpiaModified` name the version of the DPIA it was made for.
 */
export interface DpiaDecision {
  title: string;
  dpia: LookupRef;
  kind: DpiaDecisionKind;
  decision: DpiaDecisionValue;
  decidedBy: PersonRef;
  contentHash: string;
  /** The DPIA's Modified when decided (shown: "made for the version of ..."). */
  dpiaModified?: IsoDate;
  comment?: string;
}

function parseObject(text: JsonText | undefined): Record<string, unknown> {
  if (typeof text !== 'string' || text.trim() === '') return {};
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function parseArray(text: JsonText | undefined): unknown[] {
  if (typeof text !== 'string' || text.trim() === '') return [];
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** A number as stored (validation reports one out of the 1-4 scale; a non-number is dropped). */
function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function person(value: unknown): PersonRef | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const p = value as Record<string, unknown>;
  if (typeof p.id !== 'number' || !Number.isInteger(p.id) || p.id <= 0) return undefined;
  return { id: p.id, title: typeof p.title === 'string' ? p.title : '', email: str(p.email) };
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** Drops undefined properties (so equal content serialises, and hashes, the same). */
function compact<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) if (v !== undefined) out[key] = v;
  return out as T;
}

/**
 * The sections of a stored DPIA as domain values. Unknown keys, values of the wrong type and choices outside the
 * vocabularies are dropped (JSON edited by hand in SharePoint cannot reach the UI or the rules as anything else).
 */
export function readDpiaContent(dpia: Pick<Dpia, 'context' | 'principles' | 'risks' | 'actionPlan'>): DpiaContent {
  const rawContext = parseObject(dpia.context);
  const context: Record<string, string> = {};
  for (const key of DPIA_CONTEXT_KEYS) {
    const value = str(rawContext[key]);
    if (value !== undefined) context[key] = value;
  }
  const rawPrinciples = parseObject(dpia.principles);
  const principles: Record<string, DpiaPrincipleAssessment> = {};
  for (const key of DPIA_PRINCIPLE_KEYS) {
    const raw = rawPrinciples[key];
    if (typeof raw !== 'object' || raw === null) continue;
    const p = raw as Record<string, unknown>;
    const value = compact({ text: str(p.text), judgement: oneOf(p.judgement, DPIA_JUDGEMENTS) });
    if (Object.keys(value).length > 0) principles[key] = value;
  }
  const rawRisks = parseObject(dpia.risks);
  const risks: Record<string, DpiaRisk> = {};
  for (const key of DPIA_FEARED_EVENTS) {
    const raw = rawRisks[key];
    if (typeof raw !== 'object' || raw === null) continue;
    const r = raw as Record<string, unknown>;
    const value = compact({
      sources: str(r.sources), impacts: str(r.impacts), likelihood: num(r.likelihood), severity: num(r.severity),
      measures: str(r.measures), residualLikelihood: num(r.residualLikelihood), residualSeverity: num(r.residualSeverity)
    });
    if (Object.keys(value).length > 0) risks[key] = value;
  }
  const actionPlan: DpiaAction[] = [];
  parseArray(dpia.actionPlan).forEach((raw, index) => {
    if (typeof raw !== 'object' || raw === null) return;
    const a = raw as Record<string, unknown>;
    actionPlan.push(compact({
      key: str(a.key) ?? `action-${index + 1}`,
      title: str(a.title), owner: person(a.owner), dueDate: str(a.dueDate), fearedEvent: oneOf(a.fearedEvent, DPIA_FEARED_EVENTS),
      riskId: typeof a.riskId === 'number' && Number.isInteger(a.riskId) && a.riskId > 0 ? a.riskId : undefined
    }));
  });
  return { context, principles, risks, actionPlan };
}

/** The sections as the list stores them (canonical JSON: known keys in a fixed order, empty values left out). */
export function dpiaContentFields(content: DpiaContent): Pick<Dpia, 'context' | 'principles' | 'risks' | 'actionPlan'> {
  // Round-trip through the reader so only known, well-typed values are written.
  const clean = readDpiaContent({
    context: JSON.stringify(content.context ?? {}),
    principles: JSON.stringify(content.principles ?? {}),
    risks: JSON.stringify(content.risks ?? {}),
    actionPlan: JSON.stringify(content.actionPlan ?? [])
  });
  const ordered = <K extends string, V>(keys: readonly K[], values: Partial<Record<K, V>>): Partial<Record<K, V>> => {
    const out: Partial<Record<K, V>> = {};
    for (const key of keys) if (values[key] !== undefined) out[key] = values[key];
    return out;
  };
  const actionPlan = clean.actionPlan.map((a) => compact({ key: a.key, title: a.title, owner: a.owner ? compact({ id: a.owner.id, title: a.owner.title, email: a.owner.email }) : undefined, dueDate: a.dueDate, fearedEvent: a.fearedEvent, riskId: a.riskId }));
  return {
    context: JSON.stringify(ordered(DPIA_CONTEXT_KEYS, clean.context)),
    principles: JSON.stringify(ordered(DPIA_PRINCIPLE_KEYS, clean.principles)),
    risks: JSON.stringify(ordered(DPIA_FEARED_EVENTS, clean.risks)),
    actionPlan: JSON.stringify(actionPlan)
  };
}

/** 32-bit FNV-1a of `text` with a given offset basis, as 8 hex digits. */
function fnv1a(text: string, basis: number): string {
  let hash = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * Fingerprint of what a decision is about: the title, the assessed activity and the sections, except the
 * Risk Register ids of raised actions (raising an action as a risk carries out the plan; it does not change what
 * the DPO and the controller assessed). Not a security measure: it detects that the DPIA changed.
 */
export function dpiaContentHash(dpia: Pick<Dpia, 'title' | 'activity' | 'context' | 'principles' | 'risks' | 'actionPlan'>): string {
  const content = readDpiaContent(dpia);
  const canonical = dpiaContentFields({ ...content, actionPlan: content.actionPlan.map((a) => ({ ...a, riskId: undefined })) });
  const text = JSON.stringify([dpia.title.trim(), dpia.activity?.id ?? 0, canonical.context, canonical.principles, canonical.risks, canonical.actionPlan]);
  return `d1-${fnv1a(text, 0x811c9dc5)}${fnv1a(text, 0x050c5d1f)}`;
}

/** True when `value` is a DPO opinion (as opposed to a controller's validation). */
export function isDpoOpinion(value: string): boolean {
  return (DPO_OPINIONS as readonly string[]).includes(value);
}

/** An empty DPIA's sections. */
export function emptyDpiaContent(): DpiaContent {
  return { context: {}, principles: {}, risks: {}, actionPlan: [] };
}

/** The DPIA item id a processing activity's DPIA link names, when it points at this suite's DPIAs list; else undefined. */
export function dpiaIdFromLink(url: string | undefined): number | undefined {
  const match = /\/Lists\/DPIAs\/DispForm\.aspx\?ID=(\d+)(?:$|&)/i.exec(url ?? '');
  return match ? Number(match[1]) : undefined;
}
