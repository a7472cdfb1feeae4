/**
 * Tokenizer for OData v3 `$filter` expressions as SharePoint accepts them. Produces a flat token list for the
 * recursive-descent parser; string literals are decoded here (`''` is an escaped quote), so no later stage ever
 * re-splits raw text.
 */
import { invalidQuery } from '../errors';

/** A token of a $filter expression. */
export type Token =
  | { readonly kind: 'ident'; readonly text: string; readonly pos: number }
  | { readonly kind: 'string'; readonly value: string; readonly pos: number }
  | { readonly kind: 'number'; readonly value: number; readonly pos: number }
  | { readonly kind: 'datetime'; readonly value: string; readonly pos: number }
  | { readonly kind: 'punct'; readonly text: '(' | ')' | ','; readonly pos: number }
  | { readonly kind: 'end'; readonly pos: number };

const isIdentStart = (c: string): boolean => /[A-Za-z_]/.test(c);
const isIdentPart = (c: string): boolean => /[A-Za-z0-9_]/.test(c);

/** Splits `source` into tokens; throws SharePoint's InvalidClientQueryException (400) on bad input. */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const fail = (what: string): never => {
    throw invalidQuery(`The expression "${source}" is not valid: ${what} at position ${i}.`);
  };
  const readString = (): string => {
    // Opening quote at source[i]; '' inside the literal is one quote.
    i++;
    let out = '';
    for (;;) {
      if (i >= source.length) fail('unterminated string literal');
      const c = source[i];
      if (c === "'") {
        if (source[i + 1] === "'") { out += "'"; i += 2; continue; }
        i++;
        return out;
      }
      out += c;
      i++;
    }
  };
  while (i < source.length) {
    const c = source[i];
    const pos = i;
    if (/\s/.test(c)) { i++; continue; }
    if (c === '(' || c === ')' || c === ',') { tokens.push({ kind: 'punct', text: c, pos }); i++; continue; }
    if (c === "'") { tokens.push({ kind: 'string', value: readString(), pos }); continue; }
    if (/[0-9]/.test(c) || (c === '-' && /[0-9]/.test(source[i + 1] ?? ''))) {
      let j = i + 1;
      while (j < source.length && /[0-9.]/.test(source[j])) j++;
      // OData type suffixes (5L, 1.5d, 2.0m) are accepted and ignored.
      if (/[LlDdMmFf]/.test(source[j] ?? '') && !isIdentPart(source[j + 1] ?? '')) j++;
      const text = source.slice(i, j).replace(/[LlDdMmFf]$/, '');
      const value = Number(text);
      if (!Number.isFinite(value)) fail(`invalid number '${text}'`);
      tokens.push({ kind: 'number', value, pos });
      i = j;
      continue;
    }
    if (isIdentStart(c)) {
      let j = i + 1;
      // Property paths such as Owner/Title are one identifier token.
      while (j < source.length && (isIdentPart(source[j]) || (source[j] === '/' && isIdentStart(source[j + 1] ?? '')))) j++;
      const text = source.slice(i, j);
      i = j;
      if ((text.toLowerCase() === 'datetime' || text.toLowerCase() === 'datetimeoffset') && source[i] === "'") {
        tokens.push({ kind: 'datetime', value: readString(), pos });
      } else if (text.toLowerCase() === 'guid' && source[i] === "'") {
        tokens.push({ kind: 'string', value: readString(), pos });
      } else {
        tokens.push({ kind: 'ident', text, pos });
      }
      continue;
    }
    fail(`unexpected character '${c}'`);
  }
  tokens.push({ kind: 'end', pos: source.length });
  return tokens;
}
