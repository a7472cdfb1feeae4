/** Compliance assessments (issue 10): templates as data, checklists, evaluation into findings, raising risks. */
export { ANSWER_VALUES } from './types';
export type { AnswerValue, AssessmentAnswer, AssessmentAnswers, AssessmentEvaluation, AssessmentFinding, AssessmentQuestion, AssessmentTemplate } from './types';
export { AI_ACT_DEPLOYER_TEMPLATE, ASSESSMENT_TEMPLATES, DATA_PROTECTION_TEMPLATE, MISSION_BASELINE_TEMPLATE, findTemplate } from './templates';
export { buildChecklist, obligationQuestionId, obligationsFromClassification } from './checklist';
export type { ChecklistContext } from './checklist';
export { evaluateAssessment, parseAnswers, parseFindings } from './evaluate';
export { riskFromFinding } from './raiseRisk';
export type { AssessmentTargetRef } from './raiseRisk';
