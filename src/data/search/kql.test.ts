import { kqlTerms, listIdRestriction, listSearchQuery, MAX_SEARCH_TEXT } from './kql';

describe('KQL from user text', () => {
  it('makes each word a quoted prefix term, joined by implicit AND', () => {
    expect(kqlTerms('payroll ledger')).toBe('"payroll*" "ledger*"');
    expect(kqlTerms('  Ämter  ')).toBe('"Ämter*"');
  });

  it('keeps operators, property restrictions and parentheses inside quotes, where they are plain words', () => {
    expect(kqlTerms('a OR b')).toBe('"a*" "OR*" "b*"');
    expect(kqlTerms('NOT x')).toBe('"NOT*" "x*"');
    expect(kqlTerms('Title:secret')).toBe('"Title:secret*"');
    expect(kqlTerms('ListId:abc) OR (x')).toBe('"ListId:abc)*" "OR*" "(x*"');
  });

  it('drops quotes and asterisks (no way out of a phrase, no wildcard but the suite\'s) and words without letters', () => {
    expect(kqlTerms('pay"roll" OR "x')).toBe('"pay*" "roll*" "OR*" "x*"');
    expect(kqlTerms('a*b')).toBe('"a*" "b*"');
    expect(kqlTerms('* ( ) - " :')).toBeUndefined();
    expect(kqlTerms('')).toBeUndefined();
    expect(kqlTerms('line\u0000break\nnext')).toBe('"line*" "break*" "next*"');
  });

  it('caps the text it reads', () => {
    const terms = kqlTerms('x'.repeat(MAX_SEARCH_TEXT + 100)) ?? '';
    expect(terms.length).toBe(MAX_SEARCH_TEXT + 3);
  });

  it('restricts to the list by a GUID only and to list items by content type', () => {
    const id = '0a1b2c3d-0000-4000-8000-00000000abcd';
    expect(listIdRestriction(`{${id}}`)).toBe(`ListId:${id}`);
    expect(() => listIdRestriction(`${id} OR x`)).toThrow();
    expect(listSearchQuery(id, '"a*"')).toBe(`ListId:${id} ContentTypeId:0x0100* ("a*")`);
  });
});
