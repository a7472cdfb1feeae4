/**
 * DPIA screening (GDPR Art. 35(1) and (3)) with the EDPB's nine criteria (WP248 rev.01, endorsed by the EDPB):
 * a processing that meets two or more of them is likely to result in a high risk, so a DPIA is required. Pure:
 * the answers are facts the user gives; some criteria also follow from the record itself (its data subjects and
 * special categories) and from the AI systems it uses (their registry tier and Annex III uses), and each such
 * ground says where it came from.
 */
import { parseAIActProfile } from '../aiAct/profile';
import type { AIRiskTier } from '../models/aiSystem';
import type { ProcessingActivity } from './model';

/** The nine criteria, in the guidelines' order. */
export const SCREENING_CRITERIA = [
  'evaluationScoring',
  'automatedDecisions',
  'systematicMonitoring',
  'sensitiveData',
  'largeScale',
  'matchingDatasets',
  'vulnerableSubjects',
  'innovativeTechnology',
  'preventsRights'
] as const;
export type ScreeningCriterion = (typeof SCREENING_CRITERIA)[number];

/** The user's answers: true = the criterion is met; absent = not answered (counts as not met). */
export type ScreeningAnswers = Partial<Record<ScreeningCriterion, boolean>>;

/** WP248 rev.01: "in most cases" two criteria mean a DPIA is required. */
export const DPIA_THRESHOLD = 2;

/**
 * Data subject categories that are vulnerable data subjects (criterion 7): people in a position of imbalance of
 * power towards the organisation. Migrants and refugees are named by the issue; displaced people, returnees and
 * victims of trafficking are in the same position.
 */
export const VULNERABLE_SUBJECTS: readonly string[] = ['Migrants', 'Refugees', 'Internally displaced persons', 'Returnees', 'Victims of trafficking'];

/** Personal data categories of the inventory that are sensitive or highly personal (criterion 4). */
export const SENSITIVE_DATA_CATEGORIES: readonly string[] = ['Biometric data', 'Health data', 'Ethnicity, religion or political opinion', 'Protection and vulnerability information', "Children's data"];

/** What the screening needs to know about a linked AI system. */
export interface ScreeningAISystem {
  readonly id: number;
  readonly title: string;
  readonly riskTier?: AIRiskTier;
  /** The system is used in Annex III area 7 (migration, asylum and border control management). */
  readonly annexIIIArea7: boolean;
}

/** Why a criterion is met: the user's answer, or a rule of the record or a linked AI system. */
export type ScreeningGroundSource = 'answer' | 'vulnerableSubjects' | 'specialCategories' | 'sensitiveCategories' | 'highRiskAISystem' | 'annexIIIArea7';

export interface ScreeningGround {
  readonly criterion: ScreeningCriterion;
  readonly source: ScreeningGroundSource;
  /** What triggered a rule: the data subject or data categories, or the AI system's title. */
  readonly detail?: string;
}

export interface ScreeningResult {
  /** The criteria met, in the guidelines' order. */
  readonly met: ScreeningCriterion[];
  /** Every reason, criterion by criterion (a criterion may have several). */
  readonly grounds: ScreeningGround[];
  readonly dpiaRequired: boolean;
}

/** What the screening reads from a record. */
export type ScreeningRecord = Pick<ProcessingActivity, 'dataSubjectCategories' | 'specialCategories' | 'personalDataCategories'>;

/** Decides whether a DPIA is required and why. */
export function screenProcessing(answers: ScreeningAnswers, record: ScreeningRecord, aiSystems: readonly ScreeningAISystem[] = []): ScreeningResult {
  const grounds: ScreeningGround[] = [];
  for (const criterion of SCREENING_CRITERIA) {
    if (answers[criterion] === true) grounds.push({ criterion, source: 'answer' });
  }
  const vulnerable = (record.dataSubjectCategories ?? []).filter((s) => VULNERABLE_SUBJECTS.includes(s));
  if (vulnerable.length > 0) grounds.push({ criterion: 'vulnerableSubjects', source: 'vulnerableSubjects', detail: vulnerable.join(', ') });
  const special = record.specialCategories ?? [];
  if (special.length > 0) grounds.push({ criterion: 'sensitiveData', source: 'specialCategories', detail: special.join(', ') });
  const sensitive = (record.personalDataCategories ?? []).filter((c) => SENSITIVE_DATA_CATEGORIES.includes(c));
  if (sensitive.length > 0) grounds.push({ criterion: 'sensitiveData', source: 'sensitiveCategories', detail: sensitive.join(', ') });
  for (const system of aiSystems) {
    const source: ScreeningGroundSource | undefined = system.riskTier === 'high' ? 'highRiskAISystem' : system.annexIIIArea7 ? 'annexIIIArea7' : undefined;
    if (source === undefined) continue;
    grounds.push({ criterion: 'innovativeTechnology', source, detail: system.title });
    grounds.push({ criterion: 'automatedDecisions', source, detail: system.title });
  }
  const metSet = new Set(grounds.map((g) => g.criterion));
  const met = SCREENING_CRITERIA.filter((c) => metSet.has(c));
  const order = (c: ScreeningCriterion): number => SCREENING_CRITERIA.indexOf(c);
  grounds.sort((a, b) => order(a.criterion) - order(b.criterion));
  return { met, grounds, dpiaRequired: met.length >= DPIA_THRESHOLD };
}

/** Reads stored answers (JSON text); anything unreadable or unknown is ignored, never thrown. */
export function parseScreeningAnswers(json: string | undefined): ScreeningAnswers {
  if (json === undefined || json.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return {};
  }
  const answers: ScreeningAnswers = {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return answers;
  for (const criterion of SCREENING_CRITERIA) {
    const answer = (value as Record<string, unknown>)[criterion];
    if (typeof answer === 'boolean') answers[criterion] = answer;
  }
  return answers;
}

/** Stores answers as JSON in the guidelines' order (only the answered criteria). */
export function serializeScreeningAnswers(answers: ScreeningAnswers): string {
  const out: ScreeningAnswers = {};
  for (const criterion of SCREENING_CRITERIA) {
    if (typeof answers[criterion] === 'boolean') out[criterion] = answers[criterion];
  }
  return JSON.stringify(out);
}

/** The screening facts of an AI Registry record: its tier and whether its profile names an Annex III area 7 use. */
export function screeningAISystem(system: { id: number; title: string; riskTier?: AIRiskTier; classificationProfile?: string }): ScreeningAISystem {
  const profile = system.classificationProfile ? parseAIActProfile(system.classificationProfile).profile : undefined;
  return { id: system.id, title: system.title, riskTier: system.riskTier, annexIIIArea7: (profile?.annexIIIUses ?? []).some((use) => use.startsWith('7')) };
}

/** A record that needs a DPIA (per its last saved screening) and names none. */
export function dpiaMissing(record: Pick<ProcessingActivity, 'dpiaRequired' | 'dpiaLink'>): boolean {
  return record.dpiaRequired === true && !record.dpiaLink?.url;
}
