/**
 * What makes a template version sound (issue 18, "Bad input"). Each problem is a stable code with where it is (the
 * section and question by position, the field and language), which the editor shows beside the field in the user's
 * language. Drafts may be incomplete (translations, even the English text, and no questions yet); publishing needs
 * everything.
 *
 * Weights are relative: each question's weight counts within its section and each section's weight within the
 * template, so a section of three questions weighted 2, 1, 1 gives the first half the section. Every weight must be a
 * positive number (at most 1,000); there is no total to reach, so adding a question never forces re-weighting the
 * others.
 */
import { seedCrosswalk } from '../frameworks/seed';
import { controlKey } from '../frameworks/types';
import { SCALE_LEVELS, TEMPLATE_LANGUAGES, type LocalText, type TemplateLanguage, type TemplateVersion } from './templateModel';

export const TEMPLATE_ISSUE_CODES = [
  'templateKeyInvalid',
  'templateNoQuestions',
  'templateSectionEmpty',
  'templateSectionIdDuplicate',
  'templateQuestionIdInvalid',
  'templateQuestionIdDuplicate',
  'templateWeightInvalid',
  'templateSectionWeightInvalid',
  'templateTextRequired',
  'templateTranslationMissing',
  'templateLevelsIncomplete',
  'templateRiskScoreInvalid',
  'templateFrameworkRefUnknown'
] as const;
export type TemplateIssueCode = (typeof TEMPLATE_ISSUE_CODES)[number];

/** The fields an issue can sit on. */
export type TemplateField = 'key' | 'title' | 'description' | 'sectionId' | 'sectionTitle' | 'sectionWeight' | 'questions' | 'questionId' | 'text' | 'guidance' | 'levels' | 'weight' | 'risk' | 'frameworkRefs';

export interface TemplateIssue {
  readonly code: TemplateIssueCode;
  readonly field: TemplateField;
  /** Position of the section (0-based), when the issue is in one. */
  readonly section?: number;
  /** Position of the question within its section (0-based). */
  readonly question?: number;
  readonly language?: TemplateLanguage;
  /** Level (1-5) of a scale question's missing level text. */
  readonly level?: number;
  /** The offending value (duplicate id, unknown control key). */
  readonly value?: string;
}

export interface TemplateValidationOptions {
  /** Publishing: every text in every language, at least one question. */
  readonly publishing: boolean;
  /** Control keys of the crosswalk (`euAiAct:Art. 9`); the seed crosswalk's when absent. */
  readonly knownControls?: ReadonlySet<string>;
}

let seedControlKeys: ReadonlySet<string> | undefined;

/** The control keys of the crosswalk the suite ships (FrameworkControls is seeded from it). */
export function seedControlKeySet(): ReadonlySet<string> {
  if (!seedControlKeys) seedControlKeys = new Set(seedCrosswalk().controls.map(controlKey));
  return seedControlKeys;
}

const KEY_PATTERN = /^[a-z0-9][a-z0-9-]{0,59}$/;
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9:._-]{0,79}$/;

function validWeight(weight: number): boolean {
  return typeof weight === 'number' && isFinite(weight) && weight > 0 && weight <= 1000;
}

function validScore(n: number): boolean {
  return Number.isInteger(n) && n >= 1 && n <= 5;
}

/** Every problem of a template version, in reading order (template fields, then each section and its questions). */
export function validateTemplate(template: TemplateVersion, options: TemplateValidationOptions): TemplateIssue[] {
  const issues: TemplateIssue[] = [];
  const known = options.knownControls ?? seedControlKeySet();
  /** A text: English required when publishing; French and Spanish required when publishing (translations). */
  const checkText = (text: LocalText, where: Omit<TemplateIssue, 'code' | 'language'>, optional = false): void => {
    if (!options.publishing) return;
    const filled = TEMPLATE_LANGUAGES.filter((l) => text[l].trim() !== '');
    if (optional && filled.length === 0) return;
    for (const language of TEMPLATE_LANGUAGES) {
      if (text[language].trim() !== '') continue;
      issues.push({ ...where, code: language === 'en' ? 'templateTextRequired' : 'templateTranslationMissing', language });
    }
  };

  if (!KEY_PATTERN.test(template.key)) issues.push({ code: 'templateKeyInvalid', field: 'key', value: template.key });
  checkText(template.title, { field: 'title' });
  checkText(template.description, { field: 'description' });

  const questionCount = template.body.sections.reduce((n, s) => n + s.questions.length, 0);
  if (questionCount === 0 && options.publishing) issues.push({ code: 'templateNoQuestions', field: 'questions' });

  const sectionIds = new Set<string>();
  const questionIds = new Set<string>();
  template.body.sections.forEach((section, s) => {
    if (!ID_PATTERN.test(section.id)) issues.push({ code: 'templateQuestionIdInvalid', field: 'sectionId', section: s, value: section.id });
    else if (sectionIds.has(section.id)) issues.push({ code: 'templateSectionIdDuplicate', field: 'sectionId', section: s, value: section.id });
    sectionIds.add(section.id);
    checkText(section.title, { field: 'sectionTitle', section: s });
    if (!validWeight(section.weight)) issues.push({ code: 'templateSectionWeightInvalid', field: 'sectionWeight', section: s, value: String(section.weight) });
    if (section.questions.length === 0 && options.publishing) issues.push({ code: 'templateSectionEmpty', field: 'questions', section: s });

    section.questions.forEach((q, i) => {
      const at = { section: s, question: i };
      if (!ID_PATTERN.test(q.id)) issues.push({ ...at, code: 'templateQuestionIdInvalid', field: 'questionId', value: q.id });
      else if (questionIds.has(q.id)) issues.push({ ...at, code: 'templateQuestionIdDuplicate', field: 'questionId', value: q.id });
      questionIds.add(q.id);
      checkText(q.text, { ...at, field: 'text' });
      checkText(q.guidance, { ...at, field: 'guidance' }, true);
      if (!validWeight(q.weight)) issues.push({ ...at, code: 'templateWeightInvalid', field: 'weight', value: String(q.weight) });
      if (q.answerType === 'scale') {
        if (q.levels.length !== SCALE_LEVELS) issues.push({ ...at, code: 'templateLevelsIncomplete', field: 'levels', value: String(q.levels.length) });
        else q.levels.forEach((level, l) => checkText(level, { ...at, field: 'levels', level: l + 1 }));
      } else if (!validScore(q.likelihood) || !validScore(q.impact)) {
        issues.push({ ...at, code: 'templateRiskScoreInvalid', field: 'risk' });
      }
      for (const ref of q.frameworkRefs) {
        // A blank line in the editor is no reference (the body is saved without it).
        if (ref.trim() !== '' && !known.has(ref.trim())) issues.push({ ...at, code: 'templateFrameworkRefUnknown', field: 'frameworkRefs', value: ref.trim() });
      }
    });
  });
  return issues;
}
