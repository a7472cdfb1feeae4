import { NOW, TEST_MISSIONS, withScore } from './__fixtures__/scored';
import { aggregateScorecard, findScope } from './aggregate';
import { MATURITY_LEVEL_NAMES, maturityLevel } from './maturity';
import type { ScoredAssetInput } from './types';

const ALL_CONFIRMED = { numerator: 10, denominator: 10 };

describe('maturityLevel', () => {
  it.each([
    [0, 1],
    [19.9, 1],
    [20, 2],
    [49.9, 2],
    [50, 3],
    [69.9, 3],
    [70, 4],
    [84.9, 4],
    [85, 5],
    [100, 5]
  ] as const)('mean %d with every custodian confirmed is level %d', (mean, level) => {
    expect(maturityLevel(mean, ALL_CONFIRMED)).toBe(level);
  });

  it('needs at least 90% confirmed custodians for Optimised, else Managed', () => {
    expect(maturityLevel(85, { numerator: 90, denominator: 100 })).toBe(5);
    expect(maturityLevel(85, { numerator: 89, denominator: 100 })).toBe(4);
    expect(maturityLevel(100, { numerator: 9, denominator: 10 })).toBe(5);
    expect(maturityLevel(100, { numerator: 0, denominator: 0 })).toBe(4);
    // The custodian share matters only at 85 and above.
    expect(maturityLevel(84.9, { numerator: 0, denominator: 10 })).toBe(4);
  });

  it('has no level without a score', () => {
    expect(maturityLevel(undefined, ALL_CONFIRMED)).toBeUndefined();
    expect(maturityLevel(NaN, ALL_CONFIRMED)).toBeUndefined();
  });

  it('names the levels', () => {
    expect(Object.values(MATURITY_LEVEL_NAMES)).toEqual(['Initial', 'Developing', 'Defined', 'Managed', 'Optimised']);
  });
});

describe('maturity in the aggregate', () => {
  /** `count` assets scoring `score`, the first `confirmed` of them with a confirmed custodian. */
  function scopeOf(score: number, count: number, confirmed: number): ScoredAssetInput[] {
    return Array.from({ length: count }, (_, i) => withScore(score, { ownershipStatus: i < confirmed ? 'Confirmed' : 'Pending' }));
  }
  function levelOf(assets: ScoredAssetInput[]): number | undefined {
    return findScope(aggregateScorecard(assets, { missions: TEST_MISSIONS, now: NOW }), 'organisation')?.maturity;
  }

  it.each([
    [19.9, 1],
    [20, 2],
    [49.9, 2],
    [50, 3],
    [69.9, 3],
    [70, 4],
    [84.9, 4]
  ] as const)('mean %d gives level %d', (score, level) => {
    expect(levelOf(scopeOf(score, 2, 2))).toBe(level);
  });

  it('at 85 is Optimised with 90% confirmed custodians and Managed with 89%', () => {
    expect(levelOf(scopeOf(85, 10, 9))).toBe(5);
    expect(levelOf(scopeOf(85, 100, 89))).toBe(4);
  });

  it('uses the rounded mean: 84.95 shows as 85.0 and is level 5', () => {
    expect(levelOf([withScore(84.9), withScore(85)])).toBe(5);
  });

  it('has no maturity for an empty scope', () => {
    const result = aggregateScorecard([withScore(90)], { missions: TEST_MISSIONS, now: NOW });
    expect(findScope(result, 'mission', 'Peru')?.maturity).toBeUndefined();
    expect(findScope(result, 'mission', 'Bangladesh')?.maturity).toBe(5);
  });
});
