/** The emulator's KQL subset: how queries parse, so search answers as SharePoint's would. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { KqlSyntaxError, parseKql } from '../search/kql';

describe('KQL parser', () => {
  it('ANDs adjacent terms; quoted phrases and trailing * are prefix terms', () => {
    assert.deepEqual(parseKql('payroll "salary pay*"'), { type: 'and', items: [
      { type: 'text', words: ['payroll'], prefix: false }, { type: 'text', words: ['salary', 'pay'], prefix: true }] });
    assert.deepEqual(parseKql('"fin"*'), { type: 'text', words: ['fin'], prefix: true });
  });

  it('reads operators only in uppercase, with OR binding looser than AND', () => {
    assert.deepEqual(parseKql('a b OR c'), { type: 'or', items: [
      { type: 'and', items: [{ type: 'text', words: ['a'], prefix: false }, { type: 'text', words: ['b'], prefix: false }] },
      { type: 'text', words: ['c'], prefix: false }] });
    assert.equal(parseKql('a or c').type, 'and');
    assert.deepEqual(parseKql('NOT a'), { type: 'not', item: { type: 'text', words: ['a'], prefix: false } });
    assert.deepEqual(parseKql('-a'), { type: 'not', item: { type: 'text', words: ['a'], prefix: false } });
  });

  it('reads property restrictions, quoted or not, and keeps KQL inside quotes as text', () => {
    assert.deepEqual(parseKql('Path:"http://x/Lists/A*"'), { type: 'property', name: 'Path', op: ':', value: 'http://x/Lists/A', prefix: true });
    assert.deepEqual(parseKql('ListId:{abc}'), { type: 'property', name: 'ListId', op: ':', value: '{abc}', prefix: false });
    assert.deepEqual(parseKql('"Title:x OR y*"'), { type: 'text', words: ['title', 'x', 'or', 'y'], prefix: true });
  });

  it('refuses empty queries, operators alone and unbalanced parentheses', () => {
    for (const query of ['', '   ', 'AND', '(a', 'a)', 'NOT']) assert.throws(() => parseKql(query), KqlSyntaxError, query);
  });
});
