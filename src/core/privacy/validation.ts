/**
 * The privacy register's rules across fields (Art. 30(1) and (2), Art. 9(2), Chapter V). Each problem is a
 * `FieldIssue` with a stable code the UI maps to a localised message; the English text is for logs and callers
 * without strings. Registered as the ProcessingActivities list's cross-field rule, so the form, the repository and
 * the seed refuse the same records and nothing is saved half-way.
 */
import type { FieldIssue } from '../errors';
import { fieldIssue, isEmptyValue } from '../validation/fieldRules';
import type { ProcessingActivity } from './model';

type Property = Extract<keyof ProcessingActivity, string>;

/** Art. 30(1): what a controller's record must state (besides the title, role and security measures, required for both). */
export const CONTROLLER_REQUIRED: readonly Property[] = ['controller', 'purposes', 'dataSubjectCategories', 'personalDataCategories', 'recipients', 'legalBasis'];

/** Art. 30(2): what a processor's record must state. */
export const PROCESSOR_REQUIRED: readonly Property[] = ['processorControllers', 'processingCategories'];

/**
 * The rules. They read only the properties present: a partial update that does not name the role or the transfer
 * is not checked against them (the privacy register's service always validates the whole record before sending).
 */
export function processingActivityIssues(values: Readonly<Record<string, unknown>>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const empty = (property: Property): boolean => isEmptyValue(values[property]);
  if (values.role === 'Controller' || values.role === 'Processor') {
    const role = values.role;
    const required = role === 'Controller' ? CONTROLLER_REQUIRED : PROCESSOR_REQUIRED;
    const code = role === 'Controller' ? 'privacyControllerRequired' : 'privacyProcessorRequired';
    for (const property of required) {
      if (empty(property)) {
        issues.push(fieldIssue(property, code, `${property} is required in a ${role.toLowerCase()}'s record of processing (Art. 30(${role === 'Controller' ? 1 : 2})).`, { field: property }));
      }
    }
  }
  if (values.internationalTransfers === true) {
    if (empty('transferSafeguard')) {
      issues.push(fieldIssue('transferSafeguard', 'privacyTransferWithoutSafeguard', 'A transfer to a third country or an international organisation needs its safeguard (Art. 45, 46, 47 or 49).'));
    }
    if (empty('transferDestinations')) {
      issues.push(fieldIssue('transferDestinations', 'privacyTransferWithoutDestination', 'Name the third countries or international organisations the data is transferred to.'));
    }
  }
  if (Array.isArray(values.specialCategories) && values.specialCategories.length > 0 && empty('art9Condition')) {
    issues.push(fieldIssue('art9Condition', 'privacySpecialWithoutCondition', 'Special categories of data (Art. 9(1)) are processed: choose the Art. 9(2) condition that allows it.'));
  }
  if (empty('retentionPeriod') && (!empty('retentionUnit') || !empty('retentionTrigger'))) {
    issues.push(fieldIssue('retentionPeriod', 'privacyRetentionWithoutPeriod', 'A retention rule needs its period (a number of months or years).'));
  }
  return issues;
}
