import { GovernanceError } from '../../core/errors';

/** A value a filter compares with. Dates become `datetime'…'`, booleans 1/0 (SharePoint's form). */
export type ODataValue = string | number | boolean | Date;

/** Comparison operators SharePoint REST supports in `$filter`. */
export type ComparisonOperator = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge';

/**
 * An OData `$filter` expression built only from escaped values and checked field names. Repositories accept this
 * type, never a raw string, so user input cannot reach `$filter` unescaped. `fields` lists the internal names the
 * expression touches (repositories check them against the schema and its indexes).
 */
export class ODataFilter {
  private constructor(public readonly text: string, public readonly fields: readonly string[]) {}

  /** @internal Used by the builder functions below only. */
  public static of(text: string, fields: readonly string[]): ODataFilter {
    return new ODataFilter(text, fields);
  }

  public toString(): string {
    return this.text;
  }
}

/** `Title`, `OwnerId`, `Owner/Title`: an internal name, optionally one projected property. Nothing else passes. */
const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_]*(\/[A-Za-z_][A-Za-z0-9_]*)?$/;

function invalid(message: string): GovernanceError {
  return new GovernanceError('Validation', message, { issues: [{ field: '$filter', code: 'invalidFilter', message }] });
}

function checkField(field: string): string {
  if (!FIELD_NAME.test(field)) {
    throw invalid(`"${field}" is not a field internal name.`);
  }
  return field;
}

/** A string literal: single quotes doubled, the only escape OData v3 string literals have. */
export function quote(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** Formats one value as an OData literal; rejects non-finite numbers and invalid dates. */
export function literal(value: ODataValue): string {
  if (typeof value === 'string') {
    return quote(value);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      throw invalid(`${String(value)} cannot be used in a filter.`);
    }
    return String(value);
  }
  if (typeof value === 'boolean') {
    return value ? '1' : '0';
  }
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    return `datetime'${value.toISOString()}'`;
  }
  throw invalid('Unsupported filter value.');
}

/** `field op value`, e.g. `compare('Region', 'eq', "O'Brien")` gives `Region eq 'O''Brien'`. */
export function compare(field: string, operator: ComparisonOperator, value: ODataValue): ODataFilter {
  return ODataFilter.of(`${checkField(field)} ${operator} ${literal(value)}`, [field]);
}

/** `field eq value`. */
export const eq = (field: string, value: ODataValue): ODataFilter => compare(field, 'eq', value);
/** `field ne value`. */
export const ne = (field: string, value: ODataValue): ODataFilter => compare(field, 'ne', value);
/** `field lt value`. */
export const lt = (field: string, value: ODataValue): ODataFilter => compare(field, 'lt', value);
/** `field le value`. */
export const le = (field: string, value: ODataValue): ODataFilter => compare(field, 'le', value);
/** `field gt value`. */
export const gt = (field: string, value: ODataValue): ODataFilter => compare(field, 'gt', value);
/** `field ge value`. */
export const ge = (field: string, value: ODataValue): ODataFilter => compare(field, 'ge', value);

/** `field eq null`: the field is empty. */
export function isNull(field: string): ODataFilter {
  return ODataFilter.of(`${checkField(field)} eq null`, [field]);
}

/** `field ne null`: the field has a value. */
export function isNotNull(field: string): ODataFilter {
  return ODataFilter.of(`${checkField(field)} ne null`, [field]);
}

/** `startswith(field,'prefix')`. */
export function startsWith(field: string, prefix: string): ODataFilter {
  return ODataFilter.of(`startswith(${checkField(field)},${quote(prefix)})`, [field]);
}

/** `substringof('text',field)`: the field contains the text (OData v3 argument order). */
export function substringOf(text: string, field: string): ODataFilter {
  return ODataFilter.of(`substringof(${quote(text)},${checkField(field)})`, [field]);
}

function join(operator: 'and' | 'or', filters: readonly ODataFilter[]): ODataFilter {
  if (filters.length === 0) {
    throw invalid(`"${operator}" needs at least one condition.`);
  }
  if (filters.length === 1) {
    return filters[0];
  }
  // Every operand is parenthesised so precedence never depends on how the operands were built.
  const text = filters.map((f) => `(${f.text})`).join(` ${operator} `);
  return ODataFilter.of(text, filters.reduce<string[]>((all, f) => all.concat(f.fields), []));
}

/** All conditions: `(a) and (b) and …`. */
export function and(...filters: readonly ODataFilter[]): ODataFilter {
  return join('and', filters);
}

/** Any condition: `(a) or (b) or …`. */
export function or(...filters: readonly ODataFilter[]): ODataFilter {
  return join('or', filters);
}
