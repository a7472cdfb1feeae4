import { SCORE_BANDS } from '../scoring/types';
import { NOW, scored, TEST_MISSIONS, withScore } from './__fixtures__/scored';
import { aggregateScorecard } from './aggregate';
import { DEFAULT_DRILL_DOWN_LIMIT, drillDown } from './drillDown';
import type { DrillFigure } from './drillDown';
import type { ScoredAssetInput } from './types';
import { COVERAGE_KEYS } from './types';

describe('drillDown', () => {
  const assets: ScoredAssetInput[] = [
    withScore(30, { id: 101, mission: 'Bangladesh' }, { ownership: 0 }),
    withScore(45, { id: 102, mission: 'Nepal', ownershipStatus: 'Pending' }, { ownership: 0.5 }),
    withScore(45, { id: 103, mission: 'Kenya' }, { freshness: 0 }),
    withScore(95, { id: 104, mission: 'Bangladesh', region: 'Wrong region' }),
    withScore(10, { id: 105, mission: 'Bangladesh', lifecycle: 'Archived' }, { ownership: 0 })
  ];
  const list = (kind: 'organisation' | 'region' | 'mission', value: string, figure: DrillFigure, limit?: number): ReturnType<typeof drillDown> =>
    drillDown(assets, { kind, value, figure, missions: TEST_MISSIONS, limit });

  it('lists a scope\'s assets in a band, worst first, ties by id, archived left out', () => {
    expect(list('organisation', '', { type: 'band', band: 'At risk' })).toEqual({ ids: [101, 102, 103], total: 3 });
    expect(list('region', 'Asia and the Pacific', { type: 'band', band: 'At risk' })).toEqual({ ids: [101, 102], total: 2 });
    expect(list('mission', 'Bangladesh', { type: 'all' })).toEqual({ ids: [101, 104], total: 2 });
  });

  it('resolves regions the way the aggregate does', () => {
    expect(list('region', 'Asia and the Pacific', { type: 'all' }).ids).toContain(104);
    expect(list('region', 'Wrong region', { type: 'all' }).total).toBe(0);
  });

  it('lists the assets lacking or having a coverage figure', () => {
    expect(list('organisation', '', { type: 'coverage', coverage: 'confirmedCustodian', has: false })).toEqual({ ids: [102], total: 1 });
    expect(list('organisation', '', { type: 'coverage', coverage: 'confirmedCustodian', has: true }).total).toBe(3);
  });

  it('lists the assets a dimension pulls down, those losing most first', () => {
    expect(list('organisation', '', { type: 'dimension', dimension: 'ownership' })).toEqual({ ids: [101, 102], total: 2 });
    expect(list('organisation', '', { type: 'dimension', dimension: 'freshness' })).toEqual({ ids: [103], total: 1 });
    expect(list('organisation', '', { type: 'dimension', dimension: 'location' })).toEqual({ ids: [], total: 0 });
  });

  it('lists the assets whose score reports a missing code, such as the overshared ones', () => {
    const labelled = [scored({ id: 201 }, { overshared: true }), scored({ id: 202 }, { labelRank: 1 }), scored({ id: 203 })];
    expect(drillDown(labelled, { kind: 'organisation', value: '', figure: { type: 'missing', code: 'overshared' }, missions: TEST_MISSIONS })).toEqual({ ids: [201], total: 1 });
    expect(drillDown(labelled, { kind: 'organisation', value: '', figure: { type: 'missing', code: 'underLabelled' }, missions: TEST_MISSIONS })).toEqual({ ids: [202], total: 1 });
  });

  it('is bounded by the limit but reports the full total', () => {
    expect(list('organisation', '', { type: 'all' }, 2)).toEqual({ ids: [101, 102], total: 4 });
    expect(list('organisation', '', { type: 'all' }, 0)).toEqual({ ids: [], total: 4 });
    const many = Array.from({ length: DEFAULT_DRILL_DOWN_LIMIT + 5 }, () => withScore(20));
    expect(drillDown(many, { kind: 'organisation', value: '', figure: { type: 'all' }, missions: TEST_MISSIONS })).toMatchObject({ total: DEFAULT_DRILL_DOWN_LIMIT + 5 });
    expect(drillDown(many, { kind: 'organisation', value: '', figure: { type: 'all' }, missions: TEST_MISSIONS }).ids).toHaveLength(DEFAULT_DRILL_DOWN_LIMIT);
  });

  it('always agrees with the aggregate\'s figures', () => {
    const mixed = [
      ...assets,
      scored({ mission: 'Kenya' }, { labelRank: 1 }),
      scored({ mission: 'Atlantis', region: 'Oceans', declaredSensitivity: undefined }),
      scored({ department: undefined, lastReviewed: '2020-01-01' })
    ];
    const aggregate = aggregateScorecard(mixed, { missions: TEST_MISSIONS, now: NOW });
    for (const scope of aggregate.scopes) {
      const query = { kind: scope.kind, value: scope.value, missions: TEST_MISSIONS, limit: 0 };
      expect(drillDown(mixed, { ...query, figure: { type: 'all' } }).total).toBe(scope.count);
      for (const band of SCORE_BANDS) {
        expect(drillDown(mixed, { ...query, figure: { type: 'band', band } }).total).toBe(scope.bands[band]);
      }
      for (const coverage of COVERAGE_KEYS) {
        expect(drillDown(mixed, { ...query, figure: { type: 'coverage', coverage, has: true } }).total).toBe(scope.coverage[coverage].numerator);
      }
    }
  });
});
