/**
 * Turning what a user typed into KQL that cannot change the query's structure. Each word becomes a quoted prefix
 * term (`"fin*"`): inside quotes, AND / OR / NOT, `:` (property restrictions), parentheses and `-` are plain text,
 * so user text can only ever add more words to match (KQL has no escape for a quote inside a phrase, so quotes
 * are dropped, and `*` is dropped so only the suite decides where prefix matching applies).
 * Source: "Keyword Query Language (KQL) syntax reference" (learn.microsoft.com): operators are uppercase keywords,
 * property restrictions are `name:value`, phrases are in double quotes, `*` at the end of a term is prefix matching.
 */

/** Longest user text turned into terms: KQL queries are limited to 4,096 characters by default. */
export const MAX_SEARCH_TEXT = 255;

/** Characters with a meaning in KQL that never reach a term. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must not reach the query
const DROPPED = /["*\u0000-\u001f]/g;

/** The user's words as quoted prefix terms joined by spaces (implicit AND); undefined when nothing is left to search. */
export function kqlTerms(text: string): string | undefined {
  const terms = text.slice(0, MAX_SEARCH_TEXT).replace(DROPPED, ' ').split(/\s+/)
    // A word needs a letter or digit to match anything; "-" or "(" alone would only be noise.
    .filter((word) => /[\p{L}\p{N}]/u.test(word))
    .map((word) => `"${word}*"`);
  return terms.length === 0 ? undefined : terms.join(' ');
}

/** A list GUID as a `ListId:` restriction; anything but a GUID is refused, so it cannot carry KQL. */
export function listIdRestriction(listId: string): string {
  const id = listId.replace(/[{}]/g, '');
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) throw new Error(`"${listId}" is not a list id.`);
  return `ListId:${id}`;
}

/**
 * The whole query: the list, its items (content type Item and its children, `0x0100`; folders are `0x0120`), and
 * the user's terms in parentheses so they can only narrow.
 */
export function listSearchQuery(listId: string, terms: string): string {
  return `${listIdRestriction(listId)} ContentTypeId:0x0100* (${terms})`;
}
