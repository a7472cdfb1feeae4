/** Compliance assessments (issue 10; templates as SharePoint data, issue 18 part 1): templates, checklists, evaluation, raising risks. */
export { ANSWER_VALUES } from './types';
export type { AnswerValue, AssessmentAnswer, AssessmentAnswers, AssessmentEvaluation, AssessmentFinding, AssessmentQuestion, AssessmentTemplate } from './types';
export { AI_ACT_DEPLOYER_TEMPLATE, ASSESSMENT_TEMPLATES, DATA_PROTECTION_TEMPLATE, MISSION_BASELINE_TEMPLATE, findTemplate } from './templates';
export { buildChecklist, obligationQuestionId, obligationsFromClassification } from './checklist';
export type { ChecklistContext } from './checklist';
export { evaluateAssessment, parseAnswers, parseFindings } from './evaluate';
export { riskFromFinding } from './raiseRisk';
export type { AssessmentTargetRef } from './raiseRisk';
export { SCALE_ANSWER_VALUES } from './types';
export type { MaturityResult, ScaleAnswerValue } from './types';
export {
  ANSWER_TYPES, SCALE_LEVELS, TEMPLATE_LANGUAGES, TEMPLATE_STATES, emptyText, fromTemplateRecord, parseTemplateBody, serializeTemplateBody,
  templateLanguageOf, textIn, toTemplateRecord
} from './templateModel';
export type { AnswerType, AssessmentTemplateRecord, StoredTemplateVersion, LocalText, TemplateBody, TemplateLanguage, TemplateQuestion, TemplateSection, TemplateState, TemplateVersion } from './templateModel';
export { TEMPLATE_ISSUE_CODES, seedControlKeySet, validateTemplate } from './templateValidation';
export type { TemplateField, TemplateIssue, TemplateIssueCode, TemplateValidationOptions } from './templateValidation';
export { findVersion, localiseTemplate, nextVersionNumber, openDraft, recordedVersion, startableTemplates, startableVersion, versionsOf } from './templateVersions';
export type { LocalisedTemplate } from './templateVersions';
export { dmbokMaturityTemplate, seedTemplateVersion, seedTemplates } from './templateSeed';
export { INFORMATION_SYSTEM_TEMPLATE_KEY, informationSystemTemplate } from './informationSystemTemplate';
export { recordFitsTemplate, requiredAssetType } from './templateTargetRules';
