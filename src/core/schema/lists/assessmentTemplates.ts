import type { AssessmentTemplateRecord } from '../../assessments/templateModel';
import { TEMPLATE_STATES } from '../../assessments/templateModel';
import { ASSESSMENT_TARGET_LISTS } from '../../models/assessment';
import type { ListDefinition } from '../types';

/**
 * AssessmentTemplates (issue 18, part 1): one item per version of a checklist or maturity template. Titles and
 * descriptions in English, French and Spanish; the sections and questions as JSON in `Body` (read and written only
 * through `parseTemplateBody` / `serializeTemplateBody`, checked by the list's cross-field rule), so a version is one
 * item and the whole catalogue is one read. Publishing a new version adds an item and keeps the old one, which the
 * assessments started on it keep reading. Governance leads maintain it (`leadsWrite`): a template decides what an
 * assessment asks and which risks its gaps raise.
 */
export const ASSESSMENT_TEMPLATES_LIST: ListDefinition<AssessmentTemplateRecord> = {
  key: 'assessmentTemplates',
  title: 'AssessmentTemplates',
  description: 'Assessment templates (checklists and maturity scales) in English, French and Spanish, one item per version.',
  majorVersionLimit: 100,
  access: 'leadsWrite',
  fields: [
    { internalName: 'Title', property: 'title', displayName: 'Title (English)', type: 'Text', required: true, maxLength: 255, builtIn: true, indexed: true, group: 'identity' },
    { internalName: 'TemplateKey', property: 'templateKey', displayName: 'Template key', type: 'Text', required: true, maxLength: 60, indexed: true, group: 'identity' },
    { internalName: 'TemplateVersion', property: 'templateVersion', displayName: 'Version', type: 'Number', integer: true, min: 1, max: 100000, required: true, indexed: true, group: 'identity' },
    { internalName: 'State', property: 'state', displayName: 'State', type: 'Choice', choices: TEMPLATE_STATES, required: true, defaultValue: 'Draft', indexed: true, group: 'identity' },
    { internalName: 'TargetList', property: 'targetList', displayName: 'Runs against', type: 'Choice', choices: ASSESSMENT_TARGET_LISTS, required: true, group: 'identity' },
    { internalName: 'TitleFr', property: 'titleFr', displayName: 'Title (French)', type: 'Text', maxLength: 255, group: 'texts' },
    { internalName: 'TitleEs', property: 'titleEs', displayName: 'Title (Spanish)', type: 'Text', maxLength: 255, group: 'texts' },
    { internalName: 'Description', property: 'description', displayName: 'Description (English)', type: 'Note', maxLength: 2000, group: 'texts' },
    { internalName: 'DescriptionFr', property: 'descriptionFr', displayName: 'Description (French)', type: 'Note', maxLength: 2000, group: 'texts' },
    { internalName: 'DescriptionEs', property: 'descriptionEs', displayName: 'Description (Spanish)', type: 'Note', maxLength: 2000, group: 'texts' },
    { internalName: 'Body', property: 'body', displayName: 'Sections and questions (JSON)', type: 'Note', maxLength: 200000, group: 'body' }
  ]
};
