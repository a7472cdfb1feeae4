/**
 * A subset of the Keyword Query Language (KQL) as SharePoint Search parses it: free-text words and "quoted phrases"
 * (a trailing `*` asks for prefix matching), property restrictions `Name:value` / `Name=value` (value quoted or
 * not), the operators AND, OR, NOT (case-sensitive: lowercase `and` is a word), `+` / `-` prefixes, parentheses,
 * and implicit AND between terms.
 *
 * Sources: "Keyword Query Language (KQL) syntax reference" (learn.microsoft.com, sharepoint/dev/general-development):
 * operators are uppercase, KQL is otherwise case-insensitive, a query of only operators is invalid, terms next to each
 * other are ANDed, `*` at the end of a term is prefix matching; [MS-KQL] 2 Structures (property operators `:` `=`
 * `<>` `<` `>` ...); [MS-SEARCH] 2.2.11.7 (`-restriction` is NOT, `+restriction` the restriction itself).
 * Not modelled: NEAR, ONEAR, XRANK, WORDS, ranges, date math; these parse as plain words.
 */

/** A parsed query. */
export type KqlNode =
  | { readonly type: 'text'; readonly words: readonly string[]; readonly prefix: boolean }
  | { readonly type: 'property'; readonly name: string; readonly op: ':' | '=' | '<>'; readonly value: string; readonly prefix: boolean }
  | { readonly type: 'and' | 'or'; readonly items: readonly KqlNode[] }
  | { readonly type: 'not'; readonly item: KqlNode };

/** Raised for a query SharePoint refuses as invalid (empty, only operators, unbalanced). */
export class KqlSyntaxError extends Error {}

type Token =
  | { readonly kind: 'word'; readonly text: string; readonly quoted: boolean }
  | { readonly kind: 'op'; readonly text: 'AND' | 'OR' | 'NOT' | '(' | ')' | '+' | '-' }
  | { readonly kind: 'prop'; readonly name: string; readonly op: ':' | '=' | '<>'; readonly value: string; readonly quoted: boolean };

const PROPERTY = /^([A-Za-z][A-Za-z0-9_]*)(:|=|<>)/;

/** Reads a quoted string starting at `i` (the opening quote); returns its text and the index after it. */
function readQuoted(text: string, i: number): [string, number] {
  const end = text.indexOf('"', i + 1);
  if (end < 0) return [text.slice(i + 1), text.length];
  return [text.slice(i + 1, end), end + 1];
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (/\s/.test(c)) { i++; continue; }
    if (c === '(' || c === ')') { tokens.push({ kind: 'op', text: c }); i++; continue; }
    if ((c === '+' || c === '-') && i + 1 < text.length && !/\s/.test(text[i + 1])) { tokens.push({ kind: 'op', text: c }); i++; continue; }
    if (c === '"') {
      const [phrase, next] = readQuoted(text, i);
      const star = text[next] === '*';
      tokens.push({ kind: 'word', text: phrase + (star ? '*' : ''), quoted: true });
      i = next + (star ? 1 : 0);
      continue;
    }
    const property = PROPERTY.exec(text.slice(i));
    if (property) {
      const at = i + property[0].length;
      const op = property[2] as ':' | '=' | '<>';
      if (text[at] === '"') {
        const [value, next] = readQuoted(text, at);
        const star = text[next] === '*';
        tokens.push({ kind: 'prop', name: property[1], op, value: value + (star ? '*' : ''), quoted: true });
        i = next + (star ? 1 : 0);
      } else {
        let end = at;
        while (end < text.length && !/[\s()]/.test(text[end])) end++;
        tokens.push({ kind: 'prop', name: property[1], op, value: text.slice(at, end), quoted: false });
        i = end;
      }
      continue;
    }
    let end = i;
    while (end < text.length && !/[\s()"]/.test(text[end])) end++;
    const word = text.slice(i, end);
    if (word === 'AND' || word === 'OR' || word === 'NOT') tokens.push({ kind: 'op', text: word });
    else tokens.push({ kind: 'word', text: word, quoted: false });
    i = end;
  }
  return tokens;
}

/** Lower-cased words of a text as the index splits them (letters and digits in any script). */
export function words(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
}

function textNode(raw: string): KqlNode | undefined {
  const prefix = raw.endsWith('*');
  const parts = words(prefix ? raw.slice(0, -1) : raw);
  return parts.length === 0 ? undefined : { type: 'text', words: parts, prefix };
}

/** Parses a KQL query; throws {@link KqlSyntaxError} for what SharePoint refuses. */
export function parseKql(query: string): KqlNode {
  const tokens = tokenize(query);
  let pos = 0;
  const peek = (): Token | undefined => tokens[pos];
  const isOp = (t: Token | undefined, text: string): boolean => t?.kind === 'op' && t.text === text;

  function primary(): KqlNode | undefined {
    const token = tokens[pos++];
    if (!token) throw new KqlSyntaxError('The query ends after an operator.');
    if (token.kind === 'op') {
      if (token.text === '(') {
        const inner = orExpr();
        if (!isOp(peek(), ')')) throw new KqlSyntaxError('A parenthesis is not closed.');
        pos++;
        return inner;
      }
      if (token.text === 'NOT' || token.text === '-') {
        const item = primary();
        return item ? { type: 'not', item } : undefined;
      }
      if (token.text === '+') return primary();
      throw new KqlSyntaxError(`Unexpected '${token.text}'.`);
    }
    if (token.kind === 'prop') {
      const prefix = token.value.endsWith('*');
      return { type: 'property', name: token.name, op: token.op, value: prefix ? token.value.slice(0, -1) : token.value, prefix };
    }
    return textNode(token.text);
  }

  function andExpr(): KqlNode | undefined {
    const items: KqlNode[] = [];
    for (;;) {
      const next = peek();
      if (!next || isOp(next, ')') || isOp(next, 'OR')) break;
      if (isOp(next, 'AND')) { pos++; continue; }
      const item = primary();
      if (item) items.push(item);
    }
    return items.length === 0 ? undefined : items.length === 1 ? items[0] : { type: 'and', items };
  }

  function orExpr(): KqlNode | undefined {
    const items: KqlNode[] = [];
    for (;;) {
      const item = andExpr();
      if (item) items.push(item);
      if (!isOp(peek(), 'OR')) break;
      pos++;
    }
    return items.length === 0 ? undefined : items.length === 1 ? items[0] : { type: 'or', items };
  }

  const root = orExpr();
  if (pos < tokens.length) throw new KqlSyntaxError('A parenthesis is not opened.');
  if (!root) throw new KqlSyntaxError('The query has no terms.');
  return root;
}
