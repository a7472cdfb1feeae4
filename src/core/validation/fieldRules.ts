/**
 * Checks one value against one field definition. Pure and total: every unexpected shape becomes an issue, never an
 * exception, because values come from forms, spreadsheets and raw REST payloads alike.
 */
import type { FieldIssue } from '../errors';
import type { ChoiceFieldDefinition, FieldDefinition, NumberFieldDefinition } from '../schema/types';
import { isValidIsoDate } from './isoDate';
import { isDangerousUrl, isSafeHttpUrl } from './url';

/** SharePoint's single-line text limit, used when a Text field sets no maxLength. */
export const DEFAULT_TEXT_MAX_LENGTH = 255;

/** SharePoint's limit for a Hyperlink field's URL and its description. */
export const URL_MAX_LENGTH = 255;

/** Builds an issue; `params` carries the placeholders a localised message needs. */
export function fieldIssue(field: string, code: string, message: string, params?: Record<string, string | number>): FieldIssue {
  return params === undefined ? { field, code, message } : { field, code, message, params };
}

/** True for values that count as "not filled": null, undefined, blank text and empty arrays. Zero and false are values. */
export function isEmptyValue(value: unknown): boolean {
  if (value === undefined || value === null) {
    return true;
  }
  if (typeof value === 'string') {
    return value.trim().length === 0;
  }
  return Array.isArray(value) && value.length === 0;
}

/** What a required-field message asks the user to do, by field type. */
function requiredHint(field: FieldDefinition): string {
  switch (field.type) {
    case 'Choice':
    case 'MultiChoice':
      return 'Choose a value.';
    case 'User':
    case 'UserMulti':
      return 'Choose a person.';
    case 'Lookup':
    case 'LookupMulti':
      return 'Choose an item.';
    case 'DateTime':
      return 'Enter a date.';
    case 'URL':
      return 'Enter a web address starting with https://.';
    default:
      return 'Enter a value.';
  }
}

/** The `required` issue for a field. */
export function requiredIssue(field: FieldDefinition): FieldIssue {
  return fieldIssue(field.property, 'required', `${field.displayName} is required. ${requiredHint(field)}`);
}

/** The `invalidType` issue: the value has the wrong JavaScript type for the field. */
function typeIssue(field: FieldDefinition, expected: string): FieldIssue {
  return fieldIssue(field.property, 'invalidType', `${field.displayName} must be ${expected}.`, { expected });
}

function isPositiveInteger(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value > 0;
}

function hasPositiveId(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && isPositiveInteger((value as { id?: unknown }).id);
}

function checkText(field: FieldDefinition, value: unknown, maxLength: number | undefined, enforceLimits: boolean): FieldIssue[] {
  if (typeof value !== 'string') {
    return [typeIssue(field, 'text')];
  }
  if (enforceLimits && maxLength !== undefined && value.length > maxLength) {
    return [
      fieldIssue(
        field.property,
        'tooLong',
        `${field.displayName} is too long (${value.length} characters). Shorten it to at most ${maxLength} characters.`,
        { max: maxLength, actual: value.length }
      )
    ];
  }
  return [];
}

function checkChoice(field: ChoiceFieldDefinition, value: unknown, enforceLimits: boolean): FieldIssue[] {
  const multi = field.type === 'MultiChoice';
  const values: unknown[] = multi && Array.isArray(value) ? value : [value];
  if ((multi && !Array.isArray(value)) || values.some((v) => typeof v !== 'string')) {
    return [typeIssue(field, multi ? 'a list of choices' : 'one of its choices (text)')];
  }
  const unknown = enforceLimits ? (values as string[]).filter((v) => field.choices.indexOf(v) === -1) : [];
  if (unknown.length === 0) {
    return [];
  }
  const allowed = field.choices.join(', ');
  const shown = unknown.map((v) => `"${v}"`).join(', ');
  return [
    fieldIssue(
      field.property,
      'invalidChoice',
      `${field.displayName} does not accept ${shown}. Choose ${multi ? 'from' : 'one of'}: ${allowed}.`,
      { allowed, value: unknown.join(', ') }
    )
  ];
}

function checkNumber(field: NumberFieldDefinition, value: unknown, enforceLimits: boolean): FieldIssue[] {
  if (typeof value !== 'number' || !isFinite(value)) {
    return [typeIssue(field, 'a number')];
  }
  if (!enforceLimits) {
    return [];
  }
  if (field.integer === true && !Number.isInteger(value)) {
    return [fieldIssue(field.property, 'notInteger', `${field.displayName} must be a whole number (got ${value}).`)];
  }
  const { min, max } = field;
  if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
    const params: Record<string, number> = {};
    if (min !== undefined) {
      params.min = min;
    }
    if (max !== undefined) {
      params.max = max;
    }
    const range =
      min !== undefined && max !== undefined ? `between ${min} and ${max}` : min !== undefined ? `at least ${min}` : `at most ${max}`;
    return [fieldIssue(field.property, 'outOfRange', `${field.displayName} must be ${range} (got ${value}).`, params)];
  }
  return [];
}

function checkUrl(field: FieldDefinition, value: unknown, enforceLimits: boolean): FieldIssue[] {
  const url = typeof value === 'object' && value !== null ? (value as { url?: unknown }).url : undefined;
  const description = typeof value === 'object' && value !== null ? (value as { description?: unknown }).description : undefined;
  if (typeof url !== 'string' || (description !== undefined && description !== null && typeof description !== 'string')) {
    return [typeIssue(field, 'a link with a web address')];
  }
  if (isDangerousUrl(url)) {
    return [
      fieldIssue(field.property, 'unsafeUrl', `${field.displayName} uses a kind of link that is not allowed. Enter a web address starting with https:// or http://.`)
    ];
  }
  if (!isSafeHttpUrl(url)) {
    return [fieldIssue(field.property, 'invalidUrl', `${field.displayName} must be a full web address starting with https:// or http://.`)];
  }
  if (enforceLimits && url.length > URL_MAX_LENGTH) {
    return [
      fieldIssue(field.property, 'tooLong', `${field.displayName} is too long (${url.length} characters). Use a web address of at most ${URL_MAX_LENGTH} characters.`, {
        max: URL_MAX_LENGTH,
        actual: url.length
      })
    ];
  }
  if (enforceLimits && typeof description === 'string' && description.length > URL_MAX_LENGTH) {
    return [
      fieldIssue(field.property, 'tooLong', `${field.displayName}'s description is too long. Shorten it to at most ${URL_MAX_LENGTH} characters.`, {
        max: URL_MAX_LENGTH,
        actual: description.length
      })
    ];
  }
  return [];
}

function checkReferences(field: FieldDefinition, value: unknown, multi: boolean, code: 'invalidPerson' | 'invalidLookup'): FieldIssue[] {
  const values = multi && Array.isArray(value) ? value : [value];
  if ((multi && !Array.isArray(value)) || !values.every(hasPositiveId)) {
    const message =
      code === 'invalidPerson'
        ? `${field.displayName} must be ${multi ? 'people' : 'a person'} chosen from the directory.`
        : `${field.displayName} must reference ${multi ? 'existing items' : 'an existing item'}. Choose ${multi ? 'them' : 'it'} from the list.`;
    return [fieldIssue(field.property, code, message)];
  }
  return [];
}

/**
 * Checks a filled value (the caller handles empty values and `required`). `enforceLimits` is false for computed
 * fields: the suite sets them, so only their type is checked, not the limits a form user must respect.
 */
export function checkFieldValue(field: FieldDefinition, value: unknown, enforceLimits: boolean): FieldIssue[] {
  switch (field.type) {
    case 'Text':
      return checkText(field, value, field.maxLength ?? DEFAULT_TEXT_MAX_LENGTH, enforceLimits);
    case 'Note':
      return checkText(field, value, field.maxLength, enforceLimits);
    case 'Choice':
    case 'MultiChoice':
      return checkChoice(field, value, enforceLimits);
    case 'Number':
      return checkNumber(field, value, enforceLimits);
    case 'Boolean':
      return typeof value === 'boolean' ? [] : [typeIssue(field, 'yes or no (true or false)')];
    case 'DateTime':
      if (typeof value !== 'string') {
        return [typeIssue(field, 'a date')];
      }
      return isValidIsoDate(value)
        ? []
        : [fieldIssue(field.property, 'invalidDate', `${field.displayName} must be a real date in the form YYYY-MM-DD ("${value}" is not).`, { value })];
    case 'URL':
      return checkUrl(field, value, enforceLimits);
    case 'User':
    case 'UserMulti':
      return checkReferences(field, value, field.type === 'UserMulti', 'invalidPerson');
    case 'Lookup':
    case 'LookupMulti':
      return checkReferences(field, value, field.type === 'LookupMulti', 'invalidLookup');
  }
}
