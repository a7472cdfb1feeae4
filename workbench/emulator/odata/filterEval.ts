/**
 * Compiles a $filter AST into a predicate. Property paths are bound once (unknown names fail with a 400 before
 * any row is read) and literals are coerced once to the bound property's kind, so evaluating tens of thousands
 * of rows per page is a tight loop of closures. Text compares case-insensitively, as SharePoint's collation does.
 */
import { invalidQuery } from '../errors';
import type { CompareOp, FilterNode, Literal } from './filterParser';

/** How a bound property's values compare. `multi` means "eq is contains"; `date` getters return epoch millis. */
export type ValueKind = 'text' | 'number' | 'boolean' | 'date' | 'multi' | 'any';

/** A bound property: its kind and a getter for one row. */
export interface Binding<T> {
  readonly kind: ValueKind;
  get(row: T): unknown;
}

/** Resolves a property path (throws a 400 SpError for unknown names). */
export type Binder<T> = (path: string) => Binding<T>;

interface Compiled<T> {
  readonly kind: ValueKind | 'literal' | 'bool';
  readonly literal?: Literal;
  eval(row: T): unknown;
}

const isNullish = (v: unknown): boolean => v === null || v === undefined || (Array.isArray(v) && v.length === 0);

function order(a: unknown, b: unknown): number {
  if (typeof a === 'string' && typeof b === 'string') {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return order(String(a), String(b));
}

/** Compares two already-coerced values with OData semantics (null only equals null; arrays mean "contains"). */
export function compareValues(a: unknown, b: unknown, op: CompareOp): boolean {
  const aNull = isNullish(a);
  const bNull = isNullish(b);
  if (aNull || bNull) {
    if (op === 'eq') return aNull && bNull;
    if (op === 'ne') return aNull !== bNull;
    return false;
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    const [list, item] = Array.isArray(a) ? [a, b] : [b as unknown[], a];
    const has = list.some((x) => order(x, item) === 0);
    if (op === 'eq') return has;
    if (op === 'ne') return !has;
    return false;
  }
  const c = order(a, b);
  switch (op) {
    case 'eq': return c === 0;
    case 'ne': return c !== 0;
    case 'lt': return c < 0;
    case 'le': return c <= 0;
    case 'gt': return c > 0;
    case 'ge': return c >= 0;
  }
}

/** Parses a date literal (`datetime'...'` or a plain ISO string) to epoch millis. */
export function parseDateLiteral(text: string): number {
  const millis = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text);
  if (Number.isNaN(millis)) throw invalidQuery(`The value '${text}' is not a valid date.`);
  return millis;
}

/** Coerces a literal to the kind of the property it is compared with. */
function coerceLiteral(literal: Literal, kind: ValueKind): unknown {
  if (literal.type === 'null') return null;
  switch (kind) {
    case 'date':
      if (literal.type === 'datetime' || literal.type === 'string') return parseDateLiteral(literal.value);
      throw invalidQuery('A date can only be compared with a datetime literal.');
    case 'boolean':
      if (literal.type === 'boolean') return literal.value;
      if (literal.type === 'number' && (literal.value === 0 || literal.value === 1)) return literal.value === 1;
      if (literal.type === 'string' && /^(true|false|0|1)$/i.test(literal.value)) return /^(true|1)$/i.test(literal.value);
      throw invalidQuery('A Boolean can only be compared with true, false, 1 or 0.');
    case 'number':
      if (literal.type === 'number') return literal.value;
      if (literal.type === 'string' && literal.value.trim() !== '' && Number.isFinite(Number(literal.value))) return Number(literal.value);
      throw invalidQuery(`The value '${String(literal.value)}' is not a valid number.`);
    case 'text':
      return literal.type === 'datetime' ? literal.value : String(literal.value);
    default:
      return literal.value;
  }
}

/** Compiles `ast` against `binder` into a row predicate. */
export function compileFilter<T>(ast: FilterNode, binder: Binder<T>): (row: T) => boolean {
  const compile = (node: FilterNode): Compiled<T> => {
    switch (node.type) {
      case 'and': {
        const l = compile(node.left), r = compile(node.right);
        return { kind: 'bool', eval: (row) => l.eval(row) === true && r.eval(row) === true };
      }
      case 'or': {
        const l = compile(node.left), r = compile(node.right);
        return { kind: 'bool', eval: (row) => l.eval(row) === true || r.eval(row) === true };
      }
      case 'not': {
        const o = compile(node.operand);
        return { kind: 'bool', eval: (row) => o.eval(row) !== true };
      }
      case 'literal':
        return { kind: 'literal', literal: node.literal, eval: () => (node.literal.type === 'null' ? null : node.literal.value) };
      case 'property': {
        const binding = binder(node.path);
        return { kind: binding.kind, eval: (row) => binding.get(row) };
      }
      case 'call': return compileCall(node.name, node.args.map(compile));
      case 'compare': return compileCompare(node.op, compile(node.left), compile(node.right));
    }
  };
  const root = compile(ast);
  if (root.kind === 'literal' || (root.kind !== 'bool' && root.kind !== 'boolean' && root.kind !== 'any')) {
    throw invalidQuery('The $filter expression must evaluate to a Boolean.');
  }
  return (row) => root.eval(row) === true;
}

function compileCompare<T>(op: CompareOp, left: Compiled<T>, right: Compiled<T>): Compiled<T> {
  // Coerce a literal side once, to the other side's kind.
  const side = (mine: Compiled<T>, other: Compiled<T>): ((row: T) => unknown) => {
    if (mine.kind !== 'literal' || !mine.literal) return (row) => mine.eval(row);
    if (other.kind === 'multi' || other.kind === 'any') {
      const lit = mine.literal;
      if (lit.type === 'datetime') {
        // Untyped properties (list/user JSON) compared with a datetime literal: compare as dates.
        const millis = parseDateLiteral(lit.value);
        return () => millis;
      }
      return () => (lit.type === 'null' ? null : lit.value);
    }
    const value = coerceLiteral(mine.literal, other.kind === 'literal' || other.kind === 'bool' ? 'any' : other.kind);
    return () => value;
  };
  const l = side(left, right);
  const r = side(right, left);
  const anyDate = (left.kind === 'any' && right.literal?.type === 'datetime') || (right.kind === 'any' && left.literal?.type === 'datetime');
  if (anyDate) {
    const toMillis = (v: unknown): unknown => (typeof v === 'string' ? Date.parse(v) : v);
    return { kind: 'bool', eval: (row) => compareValues(toMillis(l(row)), toMillis(r(row)), op) };
  }
  return { kind: 'bool', eval: (row) => compareValues(l(row), r(row), op) };
}

function compileCall<T>(name: 'startswith' | 'substringof' | 'endswith', args: Compiled<T>[]): Compiled<T> {
  // substringof(needle, haystack) has its arguments the other way round from startswith(haystack, prefix).
  const [hay, needle] = name === 'substringof' ? [args[1], args[0]] : [args[0], args[1]];
  const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v).toLowerCase());
  const test = name === 'startswith' ? (h: string, n: string) => h.startsWith(n)
    : name === 'endswith' ? (h: string, n: string) => h.endsWith(n) : (h: string, n: string) => h.includes(n);
  return {
    kind: 'bool',
    eval: (row) => {
      const h = hay.eval(row);
      if (h === null || h === undefined) return false;
      return test(text(h), text(needle.eval(row)));
    }
  };
}
