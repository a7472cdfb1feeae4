import { DATA_ASSETS_LIST } from '../../core/schema/lists/dataAssets';
import { GovernanceError } from '../../core/errors';
import { and, eq, filterField, ge, gt, isNotNull, isNull, le, literal, lt, ne, or, quote, startsWith, substringOf } from './index';

describe('odata filter builder', () => {
  it('doubles single quotes so a value matches only itself', () => {
    expect(eq('Title', "O'Brien").text).toBe("Title eq 'O''Brien'");
    expect(eq('Title', "' or 1 eq 1").text).toBe("Title eq ''' or 1 eq 1'");
    expect(quote("''")).toBe("''''''");
  });

  it('formats numbers, booleans and dates the way SharePoint reads them', () => {
    expect(eq('ReviewCycleMonths', 12).text).toBe('ReviewCycleMonths eq 12');
    expect(gt('Likelihood', -1.5).text).toBe('Likelihood gt -1.5');
    expect(eq('ContainsPersonalData', true).text).toBe('ContainsPersonalData eq 1');
    expect(ne('ContainsPersonalData', false).text).toBe('ContainsPersonalData ne 0');
    expect(ge('LastReviewed', new Date('2024-03-01T00:00:00Z')).text).toBe("LastReviewed ge datetime'2024-03-01T00:00:00.000Z'");
    expect(lt('Id', 10).text).toBe('Id lt 10');
    expect(le('Id', 10).text).toBe('Id le 10');
  });

  it('rejects values that have no safe literal', () => {
    expect(() => literal(Number.NaN)).toThrow(GovernanceError);
    expect(() => literal(Number.POSITIVE_INFINITY)).toThrow(GovernanceError);
    expect(() => literal(new Date('not a date'))).toThrow(GovernanceError);
  });

  it('rejects field names that are not internal names', () => {
    expect(() => eq('Title eq 1 or Title', 'x')).toThrow(GovernanceError);
    expect(() => eq("Title'", 'x')).toThrow(GovernanceError);
    expect(eq('Owner/Title', 'Ada').text).toBe("Owner/Title eq 'Ada'");
  });

  it('writes null checks, startswith and substringof', () => {
    expect(isNull('Custodian').text).toBe('Custodian eq null');
    expect(isNotNull('CustodianId').text).toBe('CustodianId ne null');
    expect(startsWith('Title', "Bob's").text).toBe("startswith(Title,'Bob''s')");
    expect(substringOf("it's", 'Title').text).toBe("substringof('it''s',Title)");
  });

  it('parenthesises every operand of and/or and records the fields used', () => {
    const filter = and(eq('Region', 'Africa'), or(eq('Mission', 'Kenya'), eq('Mission', 'Chad')));
    expect(filter.text).toBe("(Region eq 'Africa') and ((Mission eq 'Kenya') or (Mission eq 'Chad'))");
    expect(filter.fields).toEqual(['Region', 'Mission', 'Mission']);
    expect(and(eq('Title', 'a')).text).toBe("Title eq 'a'");
    expect(() => or()).toThrow(GovernanceError);
  });

  it('resolves domain properties to internal names, person fields by id', () => {
    expect(filterField(DATA_ASSETS_LIST, 'title')).toBe('Title');
    expect(filterField(DATA_ASSETS_LIST, 'owner')).toBe('OwnerId');
    expect(() => filterField(DATA_ASSETS_LIST, 'nope' as 'title')).toThrow(GovernanceError);
  });
});
