/**
 * AssessmentTemplates' rule across fields: the Body column must be readable as sections of questions. Whether the
 * template is complete enough to publish is `validateTemplate`'s question (drafts may be incomplete), asked by the
 * template store before it saves, with every problem located for the editor.
 */
import type { FieldIssue } from '../errors';
import { fieldIssue, isEmptyValue } from '../validation/fieldRules';
import { parseTemplateBody } from './templateModel';

export function assessmentTemplateIssues(values: Readonly<Record<string, unknown>>): FieldIssue[] {
  const { body } = values;
  if (typeof body === 'string' && !isEmptyValue(body) && parseTemplateBody(body) === undefined) {
    return [fieldIssue('body', 'templateBodyUnreadable', 'The template body must be JSON of the form { "sections": [{ "id": "...", "questions": [...] }] }.')];
  }
  return [];
}
