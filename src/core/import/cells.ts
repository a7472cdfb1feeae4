/**
 * One cell to one domain value (import) and back (export). Spreadsheet cells are text here: the adapters in
 * src/data/spreadsheet turn numbers, booleans and dates into text first. Formula injection: a value starting with
 * `=`, `+`, `-`, `@`, tab or carriage return is never evaluated by the suite and is stored as typed; on export it is
 * written with a leading apostrophe so a spreadsheet shows it as text, and that apostrophe is removed on re-import.
 */
import type { FieldIssue } from '../errors';
import type { LinkValue, PersonRef } from '../models/common';
import type { FieldDefinition } from '../schema/types';
import { fieldIssue } from '../validation/fieldRules';
import { parseDateCell } from './dates';
import type { DateOrder } from './types';

const FORMULA_START = /^[=+\-@\t\r]/;

/** True when a spreadsheet would read the text as a formula. */
export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/** Export: text a spreadsheet would evaluate gets a leading apostrophe (shown as text, never run). */
export function escapeFormula(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}

/** Import: undoes `escapeFormula` (only an apostrophe before a formula character), so a round trip is exact. */
export function unescapeFormula(text: string): string {
  return text.length > 1 && text[0] === "'" && looksLikeFormula(text.slice(1)) ? text.slice(1) : text;
}

/** Multi-choice cells separate values with semicolons or line breaks (choices themselves may contain commas). */
export function splitMulti(text: string): string[] {
  return text.split(/[;\n\r]+/).map((v) => v.trim()).filter((v) => v.length > 0);
}

const TRUE_WORDS = ['yes', 'y', 'true', '1', 'oui', 'vrai', 'si', 'sí', 'verdadero', 'x'];
const FALSE_WORDS = ['no', 'n', 'false', '0', 'non', 'faux', 'falso'];

/** People cells are matched on their trimmed, lower-cased text (an e-mail, a login or a display name). */
export function personKey(text: string): string {
  return text.trim().toLowerCase();
}

/** The result of reading one cell: a value (undefined = empty) or an issue, plus a person still to resolve. */
export interface CellResult {
  readonly value?: unknown;
  readonly issue?: FieldIssue;
}

function choiceMatch(choices: readonly string[], text: string): string | undefined {
  const wanted = text.trim().toLowerCase();
  return choices.find((c) => c.toLowerCase() === wanted);
}

function invalidChoice(field: FieldDefinition, values: string[], choices: readonly string[]): FieldIssue {
  const allowed = choices.join(', ');
  return fieldIssue(field.property, 'invalidChoice', `${field.displayName} does not accept ${values.map((v) => `"${v}"`).join(', ')}. Choose from: ${allowed}.`, {
    allowed,
    value: values.join(', ')
  });
}

/** Parses a number typed with a dot or a comma as decimal separator (no thousands separators). */
export function parseNumberCell(text: string): number | undefined {
  const normalised = text.trim().replace(',', '.');
  return /^[+-]?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : undefined;
}

/**
 * Converts one non-empty cell for `field`. People come back unresolved (a `personKey`): the caller resolves them
 * against site users. Limits (length, URL safety, ranges) are left to `validateRecord`, the suite's one rule book.
 */
export function parseCell(field: FieldDefinition, raw: string, dateOrder: DateOrder, people: ReadonlyMap<string, PersonRef | undefined>): CellResult {
  const text = unescapeFormula(raw.trim() === '' ? '' : raw);
  if (text.trim() === '') return {};
  switch (field.type) {
    case 'Text':
    case 'Note':
      // Kept as typed (line breaks included); only surrounding spaces go. Formula-like text stays text.
      return { value: text.trim() };
    case 'Choice': {
      const match = choiceMatch(field.choices, text);
      return match !== undefined ? { value: match } : { issue: invalidChoice(field, [text.trim()], field.choices) };
    }
    case 'MultiChoice': {
      const parts = splitMulti(text);
      const matched = parts.map((p) => choiceMatch(field.choices, p));
      const unknown = parts.filter((_, i) => matched[i] === undefined);
      if (unknown.length > 0) return { issue: invalidChoice(field, unknown, field.choices) };
      return { value: Array.from(new Set(matched as string[])) };
    }
    case 'Boolean': {
      const word = text.trim().toLowerCase();
      if (TRUE_WORDS.indexOf(word) >= 0) return { value: true };
      if (FALSE_WORDS.indexOf(word) >= 0) return { value: false };
      return { issue: fieldIssue(field.property, 'invalidBoolean', `${field.displayName} must be Yes or No ("${text.trim()}" is neither).`, { value: text.trim() }) };
    }
    case 'Number': {
      const n = parseNumberCell(text);
      return n !== undefined ? { value: n } : { issue: fieldIssue(field.property, 'invalidType', `${field.displayName} must be a number.`, { expected: 'a number' }) };
    }
    case 'DateTime': {
      const iso = parseDateCell(text, dateOrder);
      return iso !== undefined
        ? { value: iso }
        : { issue: fieldIssue(field.property, 'invalidDate', `${field.displayName} must be a real date, as YYYY-MM-DD or in your usual date format ("${text.trim()}" is not).`, { value: text.trim() }) };
    }
    case 'URL': {
      const link: LinkValue = { url: text.trim() };
      return { value: link };
    }
    case 'User':
    case 'UserMulti': {
      const person = people.get(personKey(text));
      return person
        ? { value: person }
        : { issue: fieldIssue(field.property, 'unknownPerson', `${field.displayName}: no one on this site or in the organisation's directory matches "${text.trim()}". Use their e-mail address.`, { value: text.trim() }) };
    }
    default:
      return { issue: fieldIssue(field.property, 'notImportable', `${field.displayName} cannot be imported.`) };
  }
}

/** Export: one domain value as cell text (people by e-mail, links by address, multi-choices joined with "; "). */
export function formatCell(field: FieldDefinition, value: unknown): string | number | boolean | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  switch (field.type) {
    case 'MultiChoice':
      return Array.isArray(value) ? escapeFormula(value.join('; ')) : undefined;
    case 'Boolean':
      return value === true ? 'Yes' : 'No';
    case 'Number':
      return typeof value === 'number' ? value : undefined;
    case 'DateTime':
      return typeof value === 'string' ? value.slice(0, 10) : undefined;
    case 'URL':
      return escapeFormula((value as LinkValue).url ?? '');
    case 'User':
    case 'UserMulti': {
      const person = value as PersonRef;
      return escapeFormula(person.email ?? person.loginName ?? person.title);
    }
    default:
      return typeof value === 'string' ? escapeFormula(value) : String(value);
  }
}
