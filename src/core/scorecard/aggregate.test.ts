import type { ScorecardScopeType } from '../models/scorecardSnapshot';
import { SCORECARD_SCOPE_TYPES } from '../models/scorecardSnapshot';
import { NOW, scored, TEST_MISSIONS, withScore } from './__fixtures__/scored';
import { aggregateScorecard, dimensionsByPointsLost, findScope } from './aggregate';
import type { ScopeAggregate, ScoredAssetInput, ScorecardAggregate } from './types';

function aggregate(assets: readonly ScoredAssetInput[], scopes?: ScorecardScopeType[]): ScorecardAggregate {
  return aggregateScorecard(assets, { missions: TEST_MISSIONS, now: NOW, scopes });
}

function scope(result: ScorecardAggregate, kind: ScorecardScopeType, value: string = ''): ScopeAggregate {
  const found = findScope(result, kind, value);
  if (found === undefined) {
    throw new Error(`no scope ${kind}:${value}`);
  }
  return found;
}

describe('aggregateScorecard', () => {
  describe('empty input', () => {
    const result = aggregate([]);
    const org = scope(result, 'organisation');

    it('gives the organisation no score and no maturity, not zero', () => {
      expect(org.count).toBe(0);
      expect(org.meanScore).toBeUndefined();
      expect(org.maturity).toBeUndefined();
      expect('meanScore' in org).toBe(false);
      expect(org.bands).toEqual({ Healthy: 0, 'Needs attention': 0, 'At risk': 0 });
      expect(org.dimensions).toEqual([{ key: 'ownership' }, { key: 'sensitivity' }, { key: 'location' }, { key: 'documentation' }, { key: 'freshness' }]);
    });

    it('gives every coverage 0 of 0 with no rate', () => {
      for (const rate of Object.values(org.coverage)) {
        expect(rate).toEqual({ numerator: 0, denominator: 0 });
      }
    });

    it('still lists every reference region and mission, empty; no departments or domains', () => {
      expect(result.scopes.filter((s) => s.kind === 'region').map((s) => s.value)).toEqual(['Asia and the Pacific', 'East and Horn of Africa', 'South America']);
      expect(result.scopes.filter((s) => s.kind === 'mission').map((s) => s.value)).toEqual(['Bangladesh', 'Nepal', 'Kenya', 'Somalia', 'Peru']);
      expect(result.scopes.every((s) => s.count === 0 && s.meanScore === undefined && s.maturity === undefined)).toBe(true);
      expect(result.scopes.some((s) => s.kind === 'department' || s.kind === 'domain')).toBe(false);
      expect(result.computedAt).toBe(NOW.toISOString());
      expect(result.archivedExcluded).toBe(0);
    });
  });

  it('aggregates one asset to its own figures', () => {
    const one = withScore(63.4, {}, { ownership: 0.6, freshness: 0.5 });
    const org = scope(aggregate([one]), 'organisation');
    expect(org).toMatchObject({ count: 1, meanScore: 63.4, maturity: 3, bands: { Healthy: 0, 'Needs attention': 1, 'At risk': 0 } });
    expect(org.dimensions).toEqual([
      { key: 'ownership', meanValue: 0.6, meanPointsLost: 12 },
      { key: 'sensitivity', meanValue: 1, meanPointsLost: 0 },
      { key: 'location', meanValue: 1, meanPointsLost: 0 },
      { key: 'documentation', meanValue: 1, meanPointsLost: 0 },
      { key: 'freshness', meanValue: 0.5, meanPointsLost: 7.5 }
    ]);
  });

  it('rounds the mean score to one decimal', () => {
    // 30.2 / 3 = 10.0666...
    expect(scope(aggregate([withScore(10), withScore(10.1), withScore(10.1)]), 'organisation').meanScore).toBe(10.1);
    expect(scope(aggregate([withScore(0), withScore(0)]), 'organisation').meanScore).toBe(0);
  });

  it('counts bands on their edges', () => {
    const org = scope(aggregate([withScore(80), withScore(79.9), withScore(50), withScore(49.9), withScore(0)]), 'organisation');
    expect(org.bands).toEqual({ Healthy: 1, 'Needs attention': 2, 'At risk': 2 });
  });

  describe('coverage rates (exact numerators and denominators)', () => {
    const assets = [
      scored(), // the reference: confirmed, classified, labelled, reviewed, personal data
      scored({ ownershipStatus: 'Pending' }), // custodian named but not confirmed
      scored({ custodian: undefined }), // status Confirmed without a custodian
      scored({ declaredSensitivity: undefined, containsPersonalData: false }), // not classified, no personal data
      scored({}, { labelRank: 1 }), // Internal label on a Confidential asset: under-labelled
      scored({ lastReviewed: '2025-11-23' }), // exactly one 12-month cycle ago: still in cycle
      scored({ lastReviewed: '2025-11-22' }), // one day over: freshness 0.5, not in cycle
      scored({ declaredSensitivity: 'Top secret' }) // outside the taxonomy: the score counts it as not declared
    ];
    const coverage = scope(aggregate(assets), 'organisation').coverage;

    it('confirmed custodian needs status Confirmed and a custodian', () => {
      expect(coverage.confirmedCustodian).toEqual({ numerator: 6, denominator: 8, rate: 0.75 });
    });
    it('classified follows the score (a level outside the taxonomy is not a classification)', () => {
      expect(coverage.classified).toEqual({ numerator: 6, denominator: 8, rate: 0.75 });
    });
    it('under-labelled comes from the score\'s underLabelled code', () => {
      expect(coverage.underLabelled).toEqual({ numerator: 1, denominator: 8, rate: 0.125 });
    });
    it('reviewed in cycle is freshness == 1, boundary day included', () => {
      expect(coverage.reviewedInCycle).toEqual({ numerator: 7, denominator: 8, rate: 0.875 });
    });
    it('personal data share', () => {
      expect(coverage.personalData).toEqual({ numerator: 7, denominator: 8, rate: 0.875 });
    });
    it('rounds rates to four decimals', () => {
      const third = scope(aggregate([scored(), scored({ ownershipStatus: 'Pending' }), scored({ ownershipStatus: 'Expired' })]), 'organisation');
      expect(third.coverage.confirmedCustodian).toEqual({ numerator: 1, denominator: 3, rate: 0.3333 });
    });
  });

  describe('dimensions', () => {
    it('averages values and points lost, and sorts by points lost', () => {
      const org = scope(aggregate([withScore(70, {}, { ownership: 0.5, location: 0 }), withScore(100)]), 'organisation');
      expect(org.dimensions.map((d) => [d.key, d.meanValue, d.meanPointsLost])).toEqual([
        ['ownership', 0.75, 7.5],
        ['sensitivity', 1, 0],
        ['location', 0.5, 7.5],
        ['documentation', 1, 0],
        ['freshness', 1, 0]
      ]);
      // Ties keep the dimension order.
      expect(dimensionsByPointsLost(org).map((d) => d.key)).toEqual(['ownership', 'location', 'sensitivity', 'documentation', 'freshness']);
    });

    it('scales points lost when weights do not sum to 100', () => {
      const weights = { ownership: 3, sensitivity: 2.5, location: 1.5, documentation: 1.5, freshness: 1.5 };
      const org = scope(aggregate([scored({ custodian: undefined }, { weights })]), 'organisation');
      // Owner only: 0.3 of ownership, so 0.7 x 3 of 10 weight = 21 points of 100 lost.
      expect(org.dimensions[0]).toEqual({ key: 'ownership', meanValue: 0.3, meanPointsLost: 21 });
      expect(org.meanScore).toBe(79);
    });
  });

  it('excludes archived assets from every figure and counts them', () => {
    const result = aggregate([withScore(90), withScore(10, { lifecycle: 'Archived' }), withScore(10, { lifecycle: 'Archived', mission: 'Kenya' })]);
    expect(result.archivedExcluded).toBe(2);
    expect(scope(result, 'organisation')).toMatchObject({ count: 1, meanScore: 90 });
    expect(scope(result, 'mission', 'Kenya').count).toBe(0);
    expect(scope(result, 'organisation').rollout?.onboarded).toBe(1);
  });

  describe('scopes', () => {
    const assets = [
      withScore(90, { mission: 'Bangladesh', department: 'Protection', domain: 'Registration' }),
      withScore(60, { mission: 'Kenya', region: 'Asia and the Pacific', department: 'Health' }), // wrong region on the record
      withScore(30, { mission: ' nepal ', region: undefined, department: undefined, domain: undefined }),
      withScore(40, { mission: 'Atlantis', region: 'Oceans', department: 'Health' })
    ];
    const result = aggregate(assets);

    it('places a reference mission in its reference region, whatever the record says, spelled as the list spells it', () => {
      expect(scope(result, 'region', 'East and Horn of Africa')).toMatchObject({ count: 1, meanScore: 60 });
      expect(scope(result, 'region', 'Asia and the Pacific')).toMatchObject({ count: 2, meanScore: 60 });
      expect(scope(result, 'mission', 'Nepal')).toMatchObject({ count: 1, meanScore: 30 });
    });

    it('keeps an unknown mission in its record\'s region, and empty reference scopes without a score', () => {
      expect(scope(result, 'region', 'Oceans')).toMatchObject({ count: 1, meanScore: 40 });
      expect(scope(result, 'mission', 'Atlantis').count).toBe(1);
      expect(scope(result, 'region', 'South America')).toMatchObject({ count: 0 });
      expect(scope(result, 'region', 'South America').meanScore).toBeUndefined();
      expect(scope(result, 'mission', 'Somalia').maturity).toBeUndefined();
    });

    it('puts blank values in a last bucket so each kind adds up to the organisation', () => {
      expect(result.scopes.filter((s) => s.kind === 'department').map((s) => [s.value, s.count])).toEqual([['Health', 2], ['Protection', 1], ['', 1]]);
      expect(result.scopes.filter((s) => s.kind === 'domain').map((s) => [s.value, s.count])).toEqual([['Registration', 3], ['', 1]]);
      for (const kind of SCORECARD_SCOPE_TYPES) {
        expect(result.scopes.filter((s) => s.kind === kind).reduce((sum, s) => sum + s.count, 0)).toBe(4);
      }
    });

    it('orders kinds, then reference order, then others sorted', () => {
      expect(result.scopes.map((s) => s.kind).filter((kind, i, all) => all.indexOf(kind) === i)).toEqual([...SCORECARD_SCOPE_TYPES]);
      expect(result.scopes.filter((s) => s.kind === 'region').map((s) => s.value)).toEqual(['Asia and the Pacific', 'East and Horn of Africa', 'South America', 'Oceans']);
      expect(result.scopes.filter((s) => s.kind === 'mission').map((s) => s.value)).toEqual(['Bangladesh', 'Nepal', 'Kenya', 'Somalia', 'Peru', 'Atlantis']);
    });

    it('aggregates only the requested kinds, in the canonical order', () => {
      const only = aggregate(assets, ['domain', 'region', 'domain']);
      expect(Array.from(new Set(only.scopes.map((s) => s.kind)))).toEqual(['region', 'domain']);
      expect(findScope(only, 'organisation')).toBeUndefined();
      expect(findScope(only, 'region', 'Oceans')?.rollout?.unknownMissions).toEqual(['Atlantis']);
    });

    it('carries rollout on the organisation and regions only', () => {
      expect(result.scopes.filter((s) => s.rollout !== undefined).map((s) => s.kind).every((k) => k === 'organisation' || k === 'region')).toBe(true);
      expect(scope(result, 'mission', 'Kenya').rollout).toBeUndefined();
    });
  });

  describe('one pass', () => {
    it('iterates the input once and reads each asset and score once, whatever the number of scopes', () => {
      const source = [withScore(90), withScore(50, { mission: 'Kenya' }), withScore(20, { department: 'Health' })];
      let iterations = 0;
      let assetReads = 0;
      let scoreReads = 0;
      const instrumented: Iterable<ScoredAssetInput> = {
        [Symbol.iterator]: function* () {
          iterations++;
          for (const item of source) {
            yield {
              get asset() {
                assetReads++;
                return item.asset;
              },
              get score() {
                scoreReads++;
                return item.score;
              }
            };
          }
        }
      };
      const result = aggregateScorecard(instrumented, { missions: TEST_MISSIONS, now: NOW });
      expect([iterations, assetReads, scoreReads]).toEqual([1, 3, 3]);
      expect(findScope(result, 'organisation')?.count).toBe(3);
    });
  });
});
