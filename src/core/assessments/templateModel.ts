/**
 * Assessment templates as SharePoint data (issue 18, part 1): one AssessmentTemplates item per template version, its
 * sections and questions a validated JSON body in one Note column (as the DPIAs list keeps its CNIL sections), so a
 * version is one item read and written whole. This file is the one place that reads and writes that JSON and maps
 * list items to the core's shapes; unknown keys and out-of-vocabulary values are dropped on read.
 */
import type { AssessmentTargetList } from '../models/assessment';
import { ASSESSMENT_TARGET_LISTS } from '../models/assessment';
import type { JsonText } from '../models/common';
import type { RiskCategory } from '../models/risk';
import { RISK_CATEGORIES } from '../models/risk';

/** The languages every published template carries. English is the reference (and the fallback). */
export const TEMPLATE_LANGUAGES = ['en', 'fr', 'es'] as const;
export type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number];

/** A text in the three languages; a draft may leave French or Spanish (even English) empty. */
export interface LocalText {
  readonly en: string;
  readonly fr: string;
  readonly es: string;
}

/** A template version's life: drafts are edited, published versions start assessments, retired ones no longer do. */
export const TEMPLATE_STATES = ['Draft', 'Published', 'Retired'] as const;
export type TemplateState = (typeof TEMPLATE_STATES)[number];

/** `yesNo`: yes / partial / no / n.a. (failed items become findings). `scale`: maturity level 1-5 or "don't know". */
export const ANSWER_TYPES = ['yesNo', 'scale'] as const;
export type AnswerType = (typeof ANSWER_TYPES)[number];

/** Levels of a maturity scale question: always five, level 1 first. */
export const SCALE_LEVELS = 5;

/** One question of a template version. */
export interface TemplateQuestion {
  /** Unique within the template version; answers are stored by it. */
  readonly id: string;
  readonly text: LocalText;
  readonly guidance: LocalText;
  readonly answerType: AnswerType;
  /** Scale questions: what each level 1-5 means (five entries). */
  readonly levels: readonly LocalText[];
  /** Relative weight within its section (> 0). */
  readonly weight: number;
  readonly evidenceRequired: boolean;
  /** Crosswalk control keys (`euAiAct:Art. 9`, `nistAiRmf:GOVERN 1.1`): what the question gives evidence for. */
  readonly frameworkRefs: readonly string[];
  /** The risk a failed yes/no item suggests (category, likelihood and impact 1-5). */
  readonly category: RiskCategory;
  readonly likelihood: number;
  readonly impact: number;
}

/** A section: a titled group of questions with a relative weight in the template. */
export interface TemplateSection {
  readonly id: string;
  readonly title: LocalText;
  readonly weight: number;
  readonly questions: readonly TemplateQuestion[];
}

/** What the Body column holds. */
export interface TemplateBody {
  readonly sections: readonly TemplateSection[];
  /** Adds one item per obligation of the AI system's EU AI Act classification (after the fixed items). */
  readonly includeAIActObligations: boolean;
}

/** One version of a template, as the suite works with it. */
export interface TemplateVersion {
  readonly key: string;
  readonly version: number;
  readonly state: TemplateState;
  readonly title: LocalText;
  readonly description: LocalText;
  readonly targetList: AssessmentTargetList;
  readonly body: TemplateBody;
}

/** A template version as stored: its item id and ETag (for If-Match) and when it was last saved. */
export type StoredTemplateVersion = TemplateVersion & { readonly id: number; readonly etag: string; readonly modified?: string };

/** An item of the AssessmentTemplates list (internal names in the schema, `assessmentTemplates.ts`). */
export interface AssessmentTemplateRecord {
  /** English title. */
  title: string;
  titleFr?: string;
  titleEs?: string;
  templateKey: string;
  templateVersion: number;
  state: TemplateState;
  targetList: AssessmentTargetList;
  description?: string;
  descriptionFr?: string;
  descriptionEs?: string;
  /** Sections and questions, JSON (`serializeTemplateBody`). */
  body?: JsonText;
}

/** An empty text in every language. */
export function emptyText(): LocalText {
  return { en: '', fr: '', es: '' };
}

/** The language of a UI culture ("fr-FR" -> "fr"); English for anything else. */
export function templateLanguageOf(culture: string | undefined): TemplateLanguage {
  const code = (culture ?? '').slice(0, 2).toLowerCase();
  return (TEMPLATE_LANGUAGES as readonly string[]).includes(code) ? (code as TemplateLanguage) : 'en';
}

/** A text in `language`, English when that translation is empty; `fallback` says the English was used instead. */
export function textIn(text: LocalText, language: TemplateLanguage): { text: string; fallback: boolean } {
  const own = text[language].trim();
  if (own !== '' || language === 'en') return { text: own, fallback: false };
  return { text: text.en.trim(), fallback: text.en.trim() !== '' };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readText(value: unknown): LocalText {
  if (typeof value === 'string') return { en: value, fr: '', es: '' };
  if (!isRecord(value)) return emptyText();
  const pick = (k: TemplateLanguage): string => (typeof value[k] === 'string' ? (value[k] as string) : '');
  return { en: pick('en'), fr: pick('fr'), es: pick('es') };
}

function readNumber(value: unknown, fallback: number): number {
  return typeof value === 'number' && isFinite(value) ? value : fallback;
}

function readQuestion(raw: unknown): TemplateQuestion | undefined {
  if (!isRecord(raw) || typeof raw.id !== 'string') return undefined;
  const answerType: AnswerType = raw.answerType === 'scale' ? 'scale' : 'yesNo';
  const levels = Array.isArray(raw.levels) ? raw.levels.map(readText) : [];
  const category = (RISK_CATEGORIES as readonly string[]).includes(raw.category as string) ? (raw.category as RiskCategory) : 'Regulatory compliance';
  return {
    id: raw.id,
    text: readText(raw.text),
    guidance: readText(raw.guidance),
    answerType,
    levels: answerType === 'scale' ? levels : [],
    // A missing weight is 1 (equal weights); a stored 0, negative or non-number is kept so validation reports it.
    weight: raw.weight === undefined ? 1 : typeof raw.weight === 'number' ? raw.weight : NaN,
    evidenceRequired: raw.evidenceRequired === true,
    frameworkRefs: Array.isArray(raw.frameworkRefs) ? raw.frameworkRefs.filter((r): r is string => typeof r === 'string') : [],
    category,
    likelihood: readNumber(raw.likelihood, 3),
    impact: readNumber(raw.impact, 3)
  };
}

/**
 * Reads a Body column. Undefined when it is not JSON of the shape `{ sections: [{ id, questions: [...] }] }` (the
 * list's cross-field rule refuses such a value); entries that are not objects with a string id are dropped.
 */
export function parseTemplateBody(json: string | undefined): TemplateBody | undefined {
  if (json === undefined || json.trim() === '') return { sections: [], includeAIActObligations: false };
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (!isRecord(parsed) || !Array.isArray(parsed.sections)) return undefined;
  const sections: TemplateSection[] = [];
  for (const raw of parsed.sections) {
    if (!isRecord(raw) || typeof raw.id !== 'string' || !Array.isArray(raw.questions)) return undefined;
    sections.push({
      id: raw.id,
      title: readText(raw.title),
      weight: raw.weight === undefined ? 1 : typeof raw.weight === 'number' ? raw.weight : NaN,
      questions: raw.questions.map(readQuestion).filter((q): q is TemplateQuestion => q !== undefined)
    });
  }
  return { sections, includeAIActObligations: parsed.includeAIActObligations === true };
}

/** Writes a Body column (stable key order; empty guidance and levels of yes/no questions left out). */
export function serializeTemplateBody(body: TemplateBody): JsonText {
  const text = (t: LocalText): LocalText => ({ en: t.en, fr: t.fr, es: t.es });
  const hasText = (t: LocalText): boolean => t.en !== '' || t.fr !== '' || t.es !== '';
  return JSON.stringify({
    sections: body.sections.map((s) => ({
      id: s.id,
      title: text(s.title),
      weight: s.weight,
      questions: s.questions.map((q) => ({
        id: q.id,
        text: text(q.text),
        ...(hasText(q.guidance) ? { guidance: text(q.guidance) } : {}),
        answerType: q.answerType,
        ...(q.answerType === 'scale' ? { levels: q.levels.map(text) } : {}),
        weight: q.weight,
        ...(q.evidenceRequired ? { evidenceRequired: true } : {}),
        ...(q.frameworkRefs.some((r) => r.trim() !== '') ? { frameworkRefs: q.frameworkRefs.map((r) => r.trim()).filter((r) => r !== '') } : {}),
        category: q.category,
        likelihood: q.likelihood,
        impact: q.impact
      }))
    })),
    ...(body.includeAIActObligations ? { includeAIActObligations: true } : {})
  });
}

/** The list item of a template version. */
export function toTemplateRecord(template: TemplateVersion): AssessmentTemplateRecord {
  return {
    title: template.title.en,
    titleFr: template.title.fr || undefined,
    titleEs: template.title.es || undefined,
    templateKey: template.key,
    templateVersion: template.version,
    state: template.state,
    targetList: template.targetList,
    description: template.description.en || undefined,
    descriptionFr: template.description.fr || undefined,
    descriptionEs: template.description.es || undefined,
    body: serializeTemplateBody(template.body)
  };
}

/** A list item as a template version; an unreadable body reads as no sections (validation then says so). */
export function fromTemplateRecord(record: AssessmentTemplateRecord): TemplateVersion {
  const state = (TEMPLATE_STATES as readonly string[]).includes(record.state) ? record.state : 'Draft';
  const targetList = (ASSESSMENT_TARGET_LISTS as readonly string[]).includes(record.targetList) ? record.targetList : 'dataAssets';
  return {
    key: record.templateKey,
    version: record.templateVersion,
    state,
    title: { en: record.title ?? '', fr: record.titleFr ?? '', es: record.titleEs ?? '' },
    description: { en: record.description ?? '', fr: record.descriptionFr ?? '', es: record.descriptionEs ?? '' },
    targetList,
    body: parseTemplateBody(record.body) ?? { sections: [], includeAIActObligations: false }
  };
}
