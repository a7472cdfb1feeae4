/**
 * Schema-driven validation of domain values: the one place the suite's input rules live. Forms, bulk import and
 * the data layer all call `validateRecord`, so a rule changed here changes everywhere at once.
 */
import type { FieldIssue } from '../errors';
import type { ListDefinition } from '../schema/types';
import { CROSS_FIELD_RULES } from './crossField';
import { checkFieldValue, isEmptyValue, requiredIssue } from './fieldRules';

export type ValidationMode = 'create' | 'update';

export { CROSS_FIELD_RULES, residualNotAboveInherent } from './crossField';
export type { CrossFieldRule } from './crossField';
export { DEFAULT_TEXT_MAX_LENGTH, URL_MAX_LENGTH, checkFieldValue, isEmptyValue } from './fieldRules';
export { addUtcMonths, daysInMonth, isValidIsoDate, parseIsoDate, utcDayNumber } from './isoDate';
export { isDangerousUrl, isSafeHttpUrl } from './url';

/**
 * Validates domain values against a list's schema. `create` checks required fields; `update` checks only the
 * properties present in `values` (a required one fails only when present and emptied). Computed fields are set by
 * the suite, so they are never required here and only their type is checked. Then the list's cross-field rules run
 * on the values whose own checks passed. Returns every problem found (empty when valid); never throws.
 */
export function validateRecord<T>(list: ListDefinition<T>, values: Partial<T>, mode: ValidationMode): FieldIssue[] {
  const record: Readonly<Record<string, unknown>> = typeof values === 'object' && values !== null ? (values as Record<string, unknown>) : {};
  const issues: FieldIssue[] = [];
  const failed = new Set<string>();

  for (const field of list.fields) {
    const value = record[field.property];
    const present = value !== undefined;
    if (mode === 'update' && !present) {
      continue;
    }
    let fieldIssues: FieldIssue[];
    if (isEmptyValue(value)) {
      fieldIssues = field.required === true && field.computed !== true ? [requiredIssue(field)] : [];
    } else {
      fieldIssues = checkFieldValue(field, value, field.computed !== true);
    }
    if (fieldIssues.length > 0) {
      failed.add(field.property);
      issues.push(...fieldIssues);
    }
  }

  // Cross-field rules see only values that passed their own checks, so they never repeat a field's problem.
  const checked: Record<string, unknown> = {};
  for (const key of Object.keys(record)) {
    if (!failed.has(key)) {
      checked[key] = record[key];
    }
  }
  for (const rule of CROSS_FIELD_RULES[list.key] ?? []) {
    issues.push(...rule(checked));
  }
  return issues;
}
