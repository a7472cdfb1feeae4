/**
 * Recursive-descent parser from $filter tokens to an AST.
 *
 *   expr       := and ('or' and)*
 *   and        := unary ('and' unary)*
 *   unary      := 'not' unary | comparison
 *   comparison := primary (('eq'|'ne'|'lt'|'le'|'gt'|'ge') primary)?
 *   primary    := '(' expr ')' | ident '(' args ')' | literal | property
 */
import { invalidQuery } from '../errors';
import { tokenize, type Token } from './filterLexer';

/** Comparison operators. */
export type CompareOp = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge';

/** A literal value. `datetime` keeps its text; the binder decides how to compare it. */
export type Literal =
  | { readonly type: 'string'; readonly value: string }
  | { readonly type: 'number'; readonly value: number }
  | { readonly type: 'boolean'; readonly value: boolean }
  | { readonly type: 'datetime'; readonly value: string }
  | { readonly type: 'null' };

/** $filter AST. */
export type FilterNode =
  | { readonly type: 'and' | 'or'; readonly left: FilterNode; readonly right: FilterNode }
  | { readonly type: 'not'; readonly operand: FilterNode }
  | { readonly type: 'compare'; readonly op: CompareOp; readonly left: FilterNode; readonly right: FilterNode }
  | { readonly type: 'call'; readonly name: 'startswith' | 'substringof' | 'endswith'; readonly args: readonly FilterNode[] }
  | { readonly type: 'literal'; readonly literal: Literal }
  | { readonly type: 'property'; readonly path: string };

const COMPARE_OPS: ReadonlySet<string> = new Set(['eq', 'ne', 'lt', 'le', 'gt', 'ge']);
const FUNCTIONS: ReadonlySet<string> = new Set(['startswith', 'substringof', 'endswith']);

/** Parses a $filter string; throws 400 InvalidClientQueryException when malformed. */
export function parseFilter(source: string): FilterNode {
  const tokens = tokenize(source);
  let index = 0;
  const peek = (): Token => tokens[index];
  const fail = (what: string): never => {
    throw invalidQuery(`The expression "${source}" is not valid: ${what} at position ${peek().pos}.`);
  };
  const isKeyword = (word: string): boolean => {
    const t = peek();
    return t.kind === 'ident' && t.text.toLowerCase() === word;
  };
  const expectPunct = (text: '(' | ')' | ','): void => {
    const t = peek();
    if (t.kind !== 'punct' || t.text !== text) fail(`expected '${text}'`);
    index++;
  };

  function parseOr(): FilterNode {
    let left = parseAnd();
    while (isKeyword('or')) { index++; left = { type: 'or', left, right: parseAnd() }; }
    return left;
  }
  function parseAnd(): FilterNode {
    let left = parseUnary();
    while (isKeyword('and')) { index++; left = { type: 'and', left, right: parseUnary() }; }
    return left;
  }
  function parseUnary(): FilterNode {
    if (isKeyword('not')) { index++; return { type: 'not', operand: parseUnary() }; }
    const left = parsePrimary();
    const t = peek();
    if (t.kind === 'ident' && COMPARE_OPS.has(t.text.toLowerCase())) {
      index++;
      return { type: 'compare', op: t.text.toLowerCase() as CompareOp, left, right: parsePrimary() };
    }
    return left;
  }
  function parsePrimary(): FilterNode {
    const t = peek();
    switch (t.kind) {
      case 'punct': {
        if (t.text !== '(') return fail(`unexpected '${t.text}'`);
        index++;
        const inner = parseOr();
        expectPunct(')');
        return inner;
      }
      case 'string': index++; return { type: 'literal', literal: { type: 'string', value: t.value } };
      case 'number': index++; return { type: 'literal', literal: { type: 'number', value: t.value } };
      case 'datetime': index++; return { type: 'literal', literal: { type: 'datetime', value: t.value } };
      case 'end': return fail('unexpected end of expression');
      case 'ident': {
        const word = t.text.toLowerCase();
        index++;
        if (word === 'true' || word === 'false') return { type: 'literal', literal: { type: 'boolean', value: word === 'true' } };
        if (word === 'null') return { type: 'literal', literal: { type: 'null' } };
        if (COMPARE_OPS.has(word) || word === 'and' || word === 'or' || word === 'not') return fail(`unexpected '${t.text}'`);
        const next = peek();
        if (next.kind === 'punct' && next.text === '(') {
          if (!FUNCTIONS.has(word)) return fail(`unknown function '${t.text}'`);
          index++;
          const args: FilterNode[] = [parseOr()];
          while (peek().kind === 'punct' && (peek() as { text: string }).text === ',') { index++; args.push(parseOr()); }
          expectPunct(')');
          if (args.length !== 2) fail(`${word} takes two arguments`);
          return { type: 'call', name: word as 'startswith' | 'substringof' | 'endswith', args };
        }
        return { type: 'property', path: t.text };
      }
    }
  }

  const ast = parseOr();
  if (peek().kind !== 'end') fail('unexpected token');
  return ast;
}

/** Every property path an AST references (for the list view threshold check). */
export function referencedProperties(node: FilterNode): string[] {
  switch (node.type) {
    case 'and': case 'or': case 'compare': return [...referencedProperties(node.left), ...referencedProperties(node.right)];
    case 'not': return referencedProperties(node.operand);
    case 'call': return node.args.flatMap(referencedProperties);
    case 'property': return [node.path];
    case 'literal': return [];
  }
}
