import type { Assessment } from '../../models/assessment';
import { ASSESSMENT_STATUSES, ASSESSMENT_TARGET_LISTS } from '../../models/assessment';
import type { ListDefinition } from '../types';

/** Assessments: compliance checklist runs against a data asset, AI system or risk. */
export const ASSESSMENTS_LIST: ListDefinition<Assessment> = {
  key: 'assessments',
  title: 'Assessments',
  description: 'Compliance checklist runs: template, target record, answers, findings, assessor and date.',
  majorVersionLimit: 500,
  fields: [
    { internalName: 'Title', property: 'title', displayName: 'Title', type: 'Text', required: true, maxLength: 255, builtIn: true, indexed: true, group: 'identity' },
    { internalName: 'Template', property: 'template', displayName: 'Template', type: 'Text', required: true, maxLength: 100, indexed: true, group: 'identity' },
    // Target is list + item id rather than a lookup because one assessment list serves several target lists.
    // The template version the run started with (issue 18): it keeps answering against it after later versions or a
    // retirement. Not indexed: "is this version in use" filters on the indexed Template first (a key's runs).
    { internalName: 'TemplateVersion', property: 'templateVersion', displayName: 'Template version', type: 'Number', integer: true, min: 1, max: 100000, group: 'identity' },
    { internalName: 'TargetList', property: 'targetList', displayName: 'Target list', type: 'Choice', choices: ASSESSMENT_TARGET_LISTS, required: true, indexed: true, group: 'identity' },
    { internalName: 'TargetId', property: 'targetId', displayName: 'Target item id', type: 'Number', integer: true, min: 1, required: true, indexed: true, group: 'identity' },
    { internalName: 'Answers', property: 'answers', displayName: 'Answers (JSON)', type: 'Note', maxLength: 50000, group: 'content' },
    { internalName: 'Findings', property: 'findings', displayName: 'Findings (JSON)', type: 'Note', maxLength: 50000, group: 'content' },
    { internalName: 'Assessor', property: 'assessor', displayName: 'Assessor', type: 'User', indexed: true, group: 'content' },
    { internalName: 'AssessmentDate', property: 'assessmentDate', displayName: 'Assessment date', type: 'DateTime', dateOnly: true, indexed: true, group: 'content' },
    { internalName: 'Status', property: 'status', displayName: 'Status', type: 'Choice', choices: ASSESSMENT_STATUSES, required: true, defaultValue: 'Draft', indexed: true, group: 'content' }
  ]
};
