import { isGovernanceError } from '../../core/errors';
import { AI_SYSTEMS_LIST, ASSESSMENTS_LIST, DATA_ASSETS_LIST } from '../../core/schema';
import { eq, isNull, ne, substringOf } from '../odata/filter';
import { decodeRangeCursor, encodeRangeCursor, isRangeContinuation } from './continuation';
import { planFilter } from './planFilter';
import { clauseRank, ClauseRank } from './selectivity';
import { sortPasses } from './sortPasses';
import { checkQuery } from '../repositories/queryGuard';

describe('query planner: clause order', () => {
  it('puts the mission first, then the other indexed clauses in the caller\'s order, then what no index serves', () => {
    const filter = planFilter(DATA_ASSETS_LIST, [
      eq('Region', 'Africa'), substringOf('budget', 'Title'), eq('Department', 'Finance'), eq('Mission', "Côte d'Ivoire"), eq('Overshared', true)
    ]);
    expect(filter?.text).toBe("(Mission eq 'Côte d''Ivoire') and (Region eq 'Africa') and (Department eq 'Finance') and (substringof('budget',Title)) and (Overshared eq 1)");
  });

  it('ranks owners and custodians (by id) as narrowing, like the mission', () => {
    expect(clauseRank(DATA_ASSETS_LIST, eq('CustodianId', 12))).toBe(ClauseRank.Narrowing);
    expect(clauseRank(DATA_ASSETS_LIST, eq('OwnerId', 3))).toBe(ClauseRank.Narrowing);
    expect(planFilter(DATA_ASSETS_LIST, [eq('Domain', 'Health'), eq('CustodianId', 12)])?.text).toBe('(CustodianId eq 12) and (Domain eq \'Health\')');
  });

  it('never leads with ne, a null test, a function or a column the schema does not index', () => {
    expect(clauseRank(DATA_ASSETS_LIST, ne('Mission', 'X'))).toBe(ClauseRank.Scan);
    expect(clauseRank(DATA_ASSETS_LIST, isNull('Mission'))).toBe(ClauseRank.Scan);
    expect(clauseRank(DATA_ASSETS_LIST, substringOf('x', 'Title'))).toBe(ClauseRank.Scan);
    expect(clauseRank(DATA_ASSETS_LIST, eq('LabelDrift', 'aligned'))).toBe(ClauseRank.Scan);
    expect(clauseRank(DATA_ASSETS_LIST, eq('Region', 'Africa'))).toBe(ClauseRank.Indexed);
  });

  it('leads an assessment lookup with the record id rather than the target list', () => {
    expect(planFilter(ASSESSMENTS_LIST, [eq('TargetList', 'dataAssets'), eq('TargetId', 7)])?.text).toBe("(TargetId eq 7) and (TargetList eq 'dataAssets')");
  });

  it('gives no filter for no clauses and the clause itself for one', () => {
    expect(planFilter(DATA_ASSETS_LIST, [])).toBeUndefined();
    expect(planFilter(DATA_ASSETS_LIST, [eq('Region', 'Africa')])?.text).toBe("Region eq 'Africa'");
  });
});

describe('query planner: continuations', () => {
  it('round-trips a range cursor and tells it from SharePoint\'s nextLink', () => {
    const token = encodeRangeCursor({ cursor: 95001, top: 100000, bucket: 2 });
    expect(token).toBe('idrange:95001.100000.2');
    expect(isRangeContinuation(token)).toBe(true);
    expect(isRangeContinuation("https://contoso.sharepoint.com/_api/web/lists/getByTitle('DataAssets')/items?%24skiptoken=Paged%3dTRUE")).toBe(false);
    expect(isRangeContinuation(undefined)).toBe(false);
    expect(decodeRangeCursor(token)).toEqual({ cursor: 95001, top: 100000, bucket: 2 });
  });

  it('refuses a tampered cursor as Validation', () => {
    for (const bad of ['idrange:1.2', 'idrange:1.2.3) or (1 eq 1', 'idrange:-1.2.3', 'idrange:a.b.c']) {
      expect(() => decodeRangeCursor(bad)).toThrow();
      try {
        decodeRangeCursor(bad);
      } catch (error) {
        expect(isGovernanceError(error, 'Validation')).toBe(true);
      }
    }
  });
});

describe('query planner: sorts served through ID ranges', () => {
  it('serves an ID sort (or none) in one pass', () => {
    expect(sortPasses(DATA_ASSETS_LIST, [{ field: 'id', ascending: false }])).toEqual({ passes: [undefined], ascending: false });
    expect(sortPasses(DATA_ASSETS_LIST, undefined)).toEqual({ passes: [undefined], ascending: true });
  });

  it('serves a Choice sort one value at a time, alphabetically as SharePoint sorts, empty values first ascending', () => {
    const asc = sortPasses(DATA_ASSETS_LIST, [{ field: 'declaredSensitivity', ascending: true }]);
    expect(asc.passes.map((p) => p?.text)).toEqual([
      'DeclaredSensitivity eq null', "DeclaredSensitivity eq 'Confidential'", "DeclaredSensitivity eq 'Highly Confidential'",
      "DeclaredSensitivity eq 'Internal'", "DeclaredSensitivity eq 'Public'"
    ]);
    const desc = sortPasses(DATA_ASSETS_LIST, [{ field: 'declaredSensitivity', ascending: false }]);
    expect(desc.passes[desc.passes.length - 1]?.text).toBe('DeclaredSensitivity eq null');
  });

  it('takes the values of a numeric sort from the caller, and the ID order from a secondary ID key', () => {
    const passes = sortPasses(AI_SYSTEMS_LIST, [{ field: 'reviewPriority', ascending: true }, { field: 'id', ascending: false }], [0, 1, 10]);
    expect(passes.passes.map((p) => p?.text)).toEqual(['ReviewPriority eq null', 'ReviewPriority eq 0', 'ReviewPriority eq 1', 'ReviewPriority eq 10']);
    expect(passes.ascending).toBe(false);
  });

  it('refuses a sort on open-ended values with a clear ThresholdExceeded', () => {
    expect(() => sortPasses(DATA_ASSETS_LIST, [{ field: 'title', ascending: true }])).toThrow(/Sorting DataAssets by title needs a filter that narrows/);
    try {
      sortPasses(DATA_ASSETS_LIST, [{ field: 'lastReviewed', ascending: true }]);
    } catch (error) {
      expect(isGovernanceError(error, 'ThresholdExceeded') && error.issues[0].code).toBe('sortNeedsNarrowingFilter');
    }
  });

  it('sorts by the indexed health score (the grid\'s worst first); a large list needs a mission for it too', () => {
    expect(checkQuery(DATA_ASSETS_LIST, { filter: eq('Mission', 'Chile'), orderBy: [{ field: 'healthScore', ascending: true }] })).toEqual({
      orderBy: [{ field: 'HealthScore', ascending: true }],
      notIndexed: []
    });
    expect(() => sortPasses(DATA_ASSETS_LIST, [{ field: 'healthScore', ascending: true }])).toThrow(/Sorting DataAssets by healthScore needs a filter that narrows/);
  });
});
